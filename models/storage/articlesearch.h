// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"
#include "storage/articlestore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Dateline
{

struct SearchHit {
    Article article; ///< summary: every field but text and html
    QString snippet; ///< a few words around the match, matches between [ and ]
    double score = 0; ///< bm25: lower is better; 0 when ordered by date
};

/**
 * Full-text search over article titles and texts (FTS5, unicode61 with diacritics removed).
 *
 * Relevance orders by bm25; Newest returns the most recent matches without ranking, which is
 * immediate even for a word in every story, so a view can show those first and the ranked list
 * when it is ready. A malformed query is a failure with a readable message.
 */
class ArticleSearch
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ArticleSearch)

public:
    enum class Order { Relevance, Newest };

    explicit ArticleSearch(QSqlDatabase db);

    /// `query` is FTS5 syntax (words, "phrases", AND/OR/NOT, prefix*).
    Result<QList<SearchHit>> search(const QString &query, int limit, Order order = Order::Relevance) const;
    /// As above, only among the stories the filter lets through (the sidebar's outlet or language).
    Result<QList<SearchHit>> search(const QString &query, int limit, Order order, const ArticleFilter &filter) const;

    /// Turns what a person types into a safe FTS5 query: each word quoted, the last one a prefix,
    /// so that typing never produces a syntax error.
    [[nodiscard]] static QString queryForTyping(const QString &typed);

    /// Stops the query running on `db` (sqlite3_interrupt); callable from any thread while the
    /// connection's own thread runs a search, which then fails with "interrupted".
    static void interrupt(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
};

} // namespace Dateline
