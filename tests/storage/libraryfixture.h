// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the storage and item model tests: a fresh library in a temporary folder and
// generated stories with the awkward cases in them (unknown dates, equal keys, case variants,
// stories without outlet or language).

#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Dateline::Test
{

using namespace Qt::StringLiterals;

/// SHA-256 of a file's bytes: "untouched" means this is the same before and after.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline Article makeArticle(const QString &title, const QString &text, const QString &outlet = {},
    const QString &language = u"en"_s, QDate published = {})
{
    Article article;
    article.title = title;
    article.text = text;
    article.outletName = outlet;
    article.language = language;
    article.published = published;
    article.contentHash = QCryptographicHash::hash((title + u'\n' + text).toUtf8(), QCryptographicHash::Sha256);
    article.fetched = QDateTime(QDate(2025, 5, 3), QTime(8, 0), QTimeZone::UTC);
    return article;
}

/// `count` stories with repeated titles (in two cases), about a fifth without a date, some
/// without outlet or language, so that every sort meets equal keys and NULLs.
inline QList<Article> generatedArticles(int count, quint32 seed = 42)
{
    QRandomGenerator random(seed);
    const QStringList titles = { u"Alpha"_s, u"alpha"_s, u"Beta talks"_s, u"Ceasefire"_s, u"ceasefire"_s, u"Éclat"_s,
        u"Zebra"_s, u"Moscow and Kabul"_s, u""_s };
    const QStringList outlets = { u"Reuters"_s, u"Arrahmah.id"_s, u"KOMPAS.com"_s, u"bbc"_s, QString() };
    const QStringList languages = { u"en"_s, u"id"_s, u"ru"_s, QString() };
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        const QString title = titles.at(random.bounded(int(titles.size())));
        const QDate date = random.bounded(5) == 0 ? QDate() : QDate(2025, 1, 1).addDays(random.bounded(40));
        articles.append(makeArticle(title, u"Story number %1 about talks in Kabul."_s.arg(i),
            outlets.at(random.bounded(int(outlets.size()))), languages.at(random.bounded(int(languages.size()))),
            date));
    }
    return articles;
}

/// Inserts in one transaction; returns the ids, or an empty list with `error` set.
inline QList<qint64> insertAll(const QSqlDatabase &db, const QList<Article> &articles, QString *error)
{
    Transaction transaction(db);
    if (!transaction.status()) {
        *error = transaction.status().error();
        return {};
    }
    ArticleStore store(db);
    QList<qint64> ids;
    for (const Article &article : articles) {
        auto id = store.insert(article);
        if (!id) {
            *error = id.error();
            return {};
        }
        ids.append(id.value());
    }
    if (auto committed = transaction.commit(); !committed) {
        *error = committed.error();
        return {};
    }
    return ids;
}

/// One value of a single-row query, for checks; an invalid QVariant when it fails.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace Dateline::Test
