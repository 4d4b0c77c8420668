// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/claimboardquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <utility>

namespace Dateline
{

/**
 * The claim board: every claim of the library that the filter lets through, with its claimant,
 * outlet, story date, status, tags and link count.
 *
 * Lazy: canFetchMore/fetchMore read keyset pages (ClaimBoardQuery), so the first page of 100,000
 * claims shows at once. Sorting is offered only where an index gives the order (date, outlet,
 * status); any other column goes back to the default, newest claim first. Grouped by thread, the
 * rows come thread after thread (linked claims only), which ClaimThreadProxyModel shows as a tree.
 */
class ClaimBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ClaimantColumn, OutletColumn, DateColumn, StatusColumn, TagsColumn, LinksColumn, ColumnCount };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        ThreadIdRole, ///< the claim's thread (smallest claim id of its component), 0 when unlinked
        StatusRole, ///< the stored status name ("mostly_true")
        TagIdsRole, ///< QList<qint64>, in order
        AnchoredRole,
        PublishedRole, ///< QDate, invalid when unknown
        TitleRole, ///< the story's title
    };

    explicit ClaimBoardModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ClaimBoardModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Date, outlet and status sort through their indexes; another column restores the default.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] static bool isSortable(int column);

    void setFilter(const ClaimBoardFilter &filter);
    [[nodiscard]] ClaimBoardFilter filter() const { return m_query.filter(); }
    /// Thread after thread (only claims with links), or the flat list again.
    void setGroupedByThread(bool grouped);
    [[nodiscard]] bool isGroupedByThread() const { return m_grouped; }
    /// Reads the threads and the list again from the start (after claims or links changed).
    void reload();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    [[nodiscard]] Claim claimAt(int row) const;
    [[nodiscard]] int rowOfClaim(qint64 claimId) const;
    /// How many claims the thread has in the library (not only those the filter lets through).
    [[nodiscard]] int threadSize(qint64 threadId) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void reset();
    void readThreads();
    void setError(const QString &message);

    ClaimBoardQuery m_query;
    QSqlDatabase m_db;
    QList<Claim> m_rows;
    ClaimCursor m_cursor;
    /// The order of the flat list, kept while the rows are grouped by thread.
    std::pair<ClaimSortColumn, Qt::SortOrder> m_flatSort { ClaimSortColumn::Created, Qt::DescendingOrder };
    QHash<qint64, qint64> m_threadIds; ///< claim -> thread, linked claims only
    QHash<qint64, int> m_threadSizes;
    QString m_lastError;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_grouped = false;
    bool m_threadsRead = false;
    /// Set between begin and end of a reset or an insert: a slot of those signals (a view, the
    /// model tester) may call fetchMore, which must not change rows in the middle of a change.
    bool m_changing = false;
};

} // namespace Dateline
