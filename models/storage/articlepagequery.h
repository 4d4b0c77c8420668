// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include <QString>
#include <QVariantMap>

namespace Dateline
{

/**
 * The SQL of one keyset page of the article list.
 *
 * Each sort column has one expression, used alike in the WHERE, the ORDER BY and the index that
 * serves it (001_initial.sql): the page after (key, id) is `expr > key OR (expr = key AND id >
 * id)`, written as `expr >= key AND (expr > key OR id > id)` so that SQLite seeks the index to the
 * key instead of scanning from the start, which row values over expressions do not get.
 */
class ArticlePageQuery
{
public:
    [[nodiscard]] static QString sortExpression(ArticleSortColumn column);
    /// The statement and its bound values for `limit` rows after `after`.
    [[nodiscard]] static QString sql(const ArticleQuery &query, const ArticleCursor &after);
    [[nodiscard]] static QVariantMap bindings(const ArticleQuery &query, const ArticleCursor &after, int limit);
};

} // namespace Dateline
