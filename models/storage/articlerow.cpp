// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerow.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

QString ArticleRow::columns(bool full)
{
    QString columns = u"a.id, a.outlet_id, o.name, a.url, a.title, a.byline, a.place, a.published, a.fetched, "
                      "a.language, a.content_hash, a.source_path, a.read, a.starred"_s;
    if (full) {
        columns += u", a.text, a.html"_s;
    }
    return columns;
}

Article ArticleRow::read(const QSqlQuery &query, bool full)
{
    Article article;
    article.id = query.value(0).toLongLong();
    article.outletId = query.value(1).toLongLong();
    article.outletName = query.value(2).toString();
    article.url = query.value(3).toString();
    article.title = query.value(4).toString();
    article.byline = query.value(5).toString();
    article.place = query.value(6).toString();
    article.published = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    article.fetched = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    article.language = query.value(9).toString();
    article.contentHash = query.value(10).toByteArray();
    article.sourcePath = query.value(11).toString();
    article.read = query.value(12).toBool();
    article.starred = query.value(13).toBool();
    if (full) {
        article.text = query.value(14).toString();
        article.html = query.value(15).toString();
    }
    return article;
}

QVariant ArticleRow::publishedValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant ArticleRow::fetchedValue(const QDateTime &fetched)
{
    return fetched.isValid() ? QVariant(fetched.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant ArticleRow::optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace Dateline
