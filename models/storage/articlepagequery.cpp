// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepagequery.h"

#include "articlerow.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dateline
{

QString ArticlePageQuery::sortExpression(ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Title:
        return u"a.title COLLATE NOCASE"_s;
    case ArticleSortColumn::Outlet:
        return u"a.outlet_sort COLLATE NOCASE"_s;
    case ArticleSortColumn::Language:
        return u"a.language"_s;
    case ArticleSortColumn::Published:
        break;
    }
    // An unknown date is '' here: first going up, last going down.
    return u"coalesce(a.published, '')"_s;
}

QString ArticlePageQuery::sql(const ArticleQuery &query, const ArticleCursor &after)
{
    const QString expr = sortExpression(query.column);
    const bool ascending = query.order == Qt::AscendingOrder;
    QStringList where;
    if (query.filter.outletId != 0) {
        where << u"a.outlet_id = :outlet"_s;
    }
    if (!query.filter.language.isEmpty()) {
        where << u"a.language = :language"_s;
    }
    if (!after.atStart) {
        const QString orEqual = ascending ? u">="_s : u"<="_s;
        const QString beyond = ascending ? u">"_s : u"<"_s;
        where << u"%1 %2 :key AND (%1 %3 :key OR a.id %3 :id)"_s.arg(expr, orEqual, beyond);
    }
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QString sql = u"SELECT %1, %2 AS sort_key FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id"_s.arg(
        ArticleRow::columns(), expr);
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    sql += u" ORDER BY %1 %2, a.id %2 LIMIT :limit"_s.arg(expr, direction);
    return sql;
}

QVariantMap ArticlePageQuery::bindings(const ArticleQuery &query, const ArticleCursor &after, int limit)
{
    QVariantMap values;
    if (query.filter.outletId != 0) {
        values.insert(u":outlet"_s, query.filter.outletId);
    }
    if (!query.filter.language.isEmpty()) {
        values.insert(u":language"_s, query.filter.language);
    }
    if (!after.atStart) {
        // Every sort expression is text, never NULL: a null QString would bind as NULL and match
        // nothing, so an empty key (an unknown date, a story without outlet) is bound as ''.
        const QString key = after.key.toString();
        values.insert(u":key"_s, key.isNull() ? QString(u""_s) : key);
        values.insert(u":id"_s, after.id);
    }
    values.insert(u":limit"_s, limit);
    return values;
}

} // namespace Dateline
