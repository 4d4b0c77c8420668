// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/outlet.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

namespace Dateline
{

/// Which stories a list shows: all of them, one outlet's, or one language's.
struct ArticleFilter {
    qint64 outletId = 0; ///< 0: any outlet
    QString language; ///< empty: any language
    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

enum class ArticleSortColumn { Title, Outlet, Published, Language };

struct ArticleQuery {
    ArticleFilter filter;
    ArticleSortColumn column = ArticleSortColumn::Published;
    Qt::SortOrder order = Qt::DescendingOrder;
};

/// Where a keyset page starts: after the row with this sort key and id (never an OFFSET).
struct ArticleCursor {
    QVariant key;
    qint64 id = 0;
    bool atStart = true;
};

struct ArticlePage {
    QList<Article> rows; ///< summaries: every field but text and html
    ArticleCursor next; ///< pass back to get the following page
    bool atEnd = true;
};

/// Counts kept by triggers, so that reading them costs nothing at start.
struct LibraryCounts {
    qint64 articles = 0;
    qint64 outlets = 0;
    qint64 languages = 0;
};

struct LanguageCount {
    QString language;
    qint64 articles = 0;
};

/**
 * Articles and their outlets in one library connection.
 *
 * insert() writes inside the caller's transaction (an import commits in batches). Lists are
 * keyset-paged over indexed sort keys, so a page anywhere in a million stories costs the same.
 */
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ArticleStore)

public:
    explicit ArticleStore(QSqlDatabase db);

    /// Stores a new article; an outletName without outletId finds or creates that outlet.
    Result<qint64> insert(const Article &article);
    /// The article with this content hash, if the library has it.
    Result<std::optional<qint64>> idForHash(const QByteArray &contentHash) const;
    /// One article with its text.
    Result<Article> article(qint64 id) const;
    Result<ArticlePage> page(const ArticleQuery &query, const ArticleCursor &after, int limit) const;
    Status remove(qint64 id);
    Status setRead(qint64 id, bool read);

    Result<LibraryCounts> counts() const;
    /// Every outlet with its article count, by name.
    Result<QList<Outlet>> outlets() const;
    Result<QList<LanguageCount>> languages() const;

private:
    struct Statements;
    [[nodiscard]] Result<Statements *> statements();

    QSqlDatabase m_db;
    /// The insert statements, prepared once: preparing an insert into article compiles all of its
    /// triggers, which would cost as much as the insert itself. Shared by copies of the store.
    std::shared_ptr<Statements> m_statements;
};

} // namespace Dateline

Q_DECLARE_METATYPE(Dateline::ArticleFilter)
