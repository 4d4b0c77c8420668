// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Dateline
{

/// What the claim board lets through; every field left at its default lets everything through.
struct ClaimBoardFilter {
    qint64 tagId = 0; ///< the tag or any of its descendants
    qint64 actorId = 0; ///< the claimant, or an actor mentioned (not rejected) inside the claim's span
    qint64 outletId = 0; ///< the story's outlet
    std::optional<ClaimStatus> status;
    QDate from; ///< the story's published date, inclusive; invalid: open (stories without date then excluded)
    QDate to; ///< inclusive; invalid: open
    QString text; ///< words as typed, searched in the claim's text and note (claim_fts)

    friend bool operator==(const ClaimBoardFilter &, const ClaimBoardFilter &) = default;
};

/// The orders the board can read in keyset pages, each walking an index (see claimboardquery.cpp).
enum class ClaimSortColumn {
    Created, ///< claim_by_created: when the claim was marked
    Status, ///< claim_by_status
    Published, ///< the story's date: article_by_published, then claim_by_article inside each story
    Outlet, ///< the story's outlet: article_by_outlet, then claim_by_article
    Thread, ///< grouped: the thread table (thread id, claim id), filled by setThreads()
};

/// Where the next page starts: the sort keys of the last row read.
struct ClaimCursor {
    bool atStart = true;
    QVariantList keys;
    qint64 id = 0;
};

struct ClaimBoardPage {
    QList<Claim> rows; ///< with tags (in order), claimant, title, outlet, date and link count
    ClaimCursor next;
    bool atEnd = false;
};

/**
 * One keyset page of the claim board: claims with their story's title, outlet and date, filtered
 * in SQL with bound values (tag with its descendants, actor, outlet, status, date range, FTS5 text).
 *
 * Each order walks an index from the cursor (never OFFSET); tags and link counts are read for the
 * rows of a page only, in two statements over the page's ids. The grouped order reads a temporary
 * table of (thread, claim) that setThreads() fills from ClaimThreads::threadIds(): it lives in the
 * connection's temp schema and never touches the library file.
 */
class ClaimBoardQuery
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimBoardQuery)

public:
    explicit ClaimBoardQuery(QSqlDatabase db);

    void setFilter(const ClaimBoardFilter &filter) { m_filter = filter; }
    [[nodiscard]] const ClaimBoardFilter &filter() const { return m_filter; }
    void setSort(ClaimSortColumn column, Qt::SortOrder order);
    [[nodiscard]] ClaimSortColumn sortColumn() const { return m_column; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_order; }

    /// Replaces the thread table (claim id -> thread id) that the Thread order reads.
    Status setThreads(const QHash<qint64, qint64> &threadIds);

    /// `limit` rows after `after` in the current order.
    [[nodiscard]] Result<ClaimBoardPage> page(const ClaimCursor &after, int limit) const;

    /// The statement of a page and its values (for EXPLAIN QUERY PLAN in tests and benchmarks).
    [[nodiscard]] QString sql(const ClaimCursor &after) const;
    [[nodiscard]] QVariantMap bindings(const ClaimCursor &after, int limit) const;

private:
    Status fillDetails(QList<Claim> &rows) const;

    QSqlDatabase m_db;
    ClaimBoardFilter m_filter;
    ClaimSortColumn m_column = ClaimSortColumn::Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace Dateline
