// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include "codepoints.h"
#include "markedsnippet.h"
#include "storage/articlesearch.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cctype>

namespace Dateline
{

namespace
{

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue hashValue(const QByteArray &hash)
{
    if (hash.isEmpty()) {
        return QJsonValue::Null;
    }
    // The store may keep the digest as raw bytes or as hex; JSON always gets lowercase hex.
    const bool isHex =
        hash.size() == 64 && std::all_of(hash.cbegin(), hash.cend(), [](char c) { return std::isxdigit(uchar(c)); });
    return QString::fromLatin1(isHex ? hash.toLower() : hash.toHex());
}

} // namespace

QJsonObject ArticleJson::summary(const Article &article)
{
    return {
        { QStringLiteral("id"), article.id },
            { QStringLiteral("title"), article.title },
                { QStringLiteral("outlet"), stringOrNull(article.outletName) },
                    { QStringLiteral("place"), stringOrNull(article.place) },
                        { QStringLiteral("published"),
                              article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate))
                                                          : QJsonValue() },
                            { QStringLiteral("language"), stringOrNull(article.language) },
                                { QStringLiteral("url"), stringOrNull(article.url) },
                                    { QStringLiteral("source"),
                                          stringOrNull(QDir::toNativeSeparators(article.sourcePath)) },
                                        { QStringLiteral("hash"), hashValue(article.contentHash) },
                                            { QStringLiteral("fetched"),
                                                  article.fetched.isValid()
                                                      ? QJsonValue(article.fetched.toUTC().toString(Qt::ISODate))
                                                      : QJsonValue() },
                                                { QStringLiteral("read"), article.read },
                                                    { QStringLiteral("starred"), article.starred },
                                                };
}

QJsonObject ArticleJson::full(const Article &article)
{
    QJsonObject object = summary(article);
    object.insert(QStringLiteral("text"), article.text);
    return object;
}

QJsonObject ArticleJson::hit(const SearchHit &hit)
{
    QJsonObject object = summary(hit.article);
    const MarkedSnippet snippet = MarkedSnippet::parse(hit.snippet);
    QJsonArray matches;
    for (const MarkedSnippet::Match &match : snippet.matches) {
        matches.append(QJsonObject {
            { QStringLiteral("start"), codePointOffset(snippet.plain, match.start) },
                { QStringLiteral("end"), codePointOffset(snippet.plain, match.end) },
            });
    }
    object.insert(QStringLiteral("snippet"), snippet.plain);
    object.insert(QStringLiteral("matches"), matches);
    object.insert(QStringLiteral("score"), hit.score);
    return object;
}

void ArticleJson::write(QTextStream &out, const QJsonObject &document)
{
    out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace Dateline
