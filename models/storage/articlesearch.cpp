// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesearch.h"

#include "articlerow.h"
#include "sqlitehandle_p.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// How often ArticleSearch::interrupt was called on each connection. SQLite's error code does not
/// tell whether a search was interrupted: an interrupt landing while FTS5 opens its table fails
/// the statement with "vtable constructor failed", or a pending one loses to an FTS5 syntax
/// error; and sqlite3_is_interrupted is cleared once no statement runs. So a search compares the
/// count before and after instead. Connections are few; their entries stay.
class InterruptLog
{
public:
    [[nodiscard]] quint64 count(const sqlite3 *handle) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_counts.value(handle);
    }
    void record(const sqlite3 *handle)
    {
        const QMutexLocker lock(&m_mutex);
        ++m_counts[handle];
    }

private:
    mutable QMutex m_mutex;
    QHash<const sqlite3 *, quint64> m_counts;
};

InterruptLog &interruptLog()
{
    static InterruptLog log;
    return log;
}

} // namespace

ArticleSearch::ArticleSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<SearchHit>> ArticleSearch::search(const QString &query, int limit, Order order) const
{
    return search(query, limit, order, ArticleFilter());
}

Result<QList<SearchHit>> ArticleSearch::search(
    const QString &ftsQuery, int limit, Order order, const ArticleFilter &filter) const
{
    using R = Result<QList<SearchHit>>;
    if (ftsQuery.trimmed().isEmpty()) {
        return QList<SearchHit>();
    }
    // Relevance: FTS5 sorts by its rank itself (bm25 with the title five times the text), so the
    // snippet is only made for the rows returned. Newest: rowid order straight from the index,
    // which stops after `limit` matches even when a word is in every story.
    const bool relevance = order == Order::Relevance;
    QString sql =
        u"SELECT %1, %2, snippet(article_fts, -1, '[', ']', '…', 12) FROM article_fts "
        "JOIN article a ON a.id = article_fts.rowid LEFT JOIN outlet o ON o.id = a.outlet_id "
        "WHERE article_fts MATCH :query"_s.arg(ArticleRow::columns(), relevance ? u"article_fts.rank"_s : u"0.0"_s);
    if (relevance) {
        sql += u" AND article_fts.rank MATCH 'bm25(5.0, 1.0)'"_s;
    }
    if (filter.outletId != 0) {
        sql += u" AND a.outlet_id = :outlet"_s;
    }
    if (!filter.language.isEmpty()) {
        sql += u" AND a.language = :language"_s;
    }
    sql +=
        relevance ? u" ORDER BY article_fts.rank LIMIT :limit"_s : u" ORDER BY article_fts.rowid DESC LIMIT :limit"_s;

    const sqlite3 *handle = sqliteHandle(m_db);
    const quint64 interruptsBefore = interruptLog().count(handle);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto failure = [&] {
        const QString error = q.lastError().text();
        const QString native = q.lastError().databaseText();
        if (q.lastError().nativeErrorCode() == QString::number(SQLITE_INTERRUPT) ||
            interruptLog().count(handle) != interruptsBefore) {
            return R::failure(tr("The search was interrupted."));
        }
        // FTS5 reports its own syntax errors as "fts5: ..."; "no such column" is a column filter
        // ("place: Kabul") naming a column the index does not have.
        static const QStringList syntaxErrors = { u"fts5"_s, u"no such column"_s, u"unknown special query"_s,
            u"unterminated string"_s };
        if (std::any_of(
                syntaxErrors.cbegin(), syntaxErrors.cend(), [&](const QString &e) { return native.contains(e); })) {
            return R::failure(tr("The search could not be understood: %1").arg(native));
        }
        return R::failure(tr("The search failed: %1").arg(error));
    };
    if (!q.prepare(sql)) {
        return failure();
    }
    q.bindValue(u":query"_s, ftsQuery);
    if (filter.outletId != 0) {
        q.bindValue(u":outlet"_s, filter.outletId);
    }
    if (!filter.language.isEmpty()) {
        q.bindValue(u":language"_s, filter.language);
    }
    q.bindValue(u":limit"_s, std::max(limit, 0));
    if (!q.exec()) {
        return failure();
    }
    QList<SearchHit> hits;
    const int scoreColumn = ArticleRow::columnCount();
    while (q.next()) {
        SearchHit hit;
        hit.article = ArticleRow::read(q);
        hit.score = q.value(scoreColumn).toDouble();
        hit.snippet = q.value(scoreColumn + 1).toString();
        hits.append(hit);
    }
    if (q.lastError().isValid()) {
        return failure();
    }
    return hits;
}

QString ArticleSearch::queryForTyping(const QString &typed)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList words;
    for (const QString &word : typed.split(whitespace, Qt::SkipEmptyParts)) {
        // A word with neither letter nor digit ("-", "“") has no token and would make an empty
        // phrase; leave it out.
        const bool hasToken = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasToken) {
            words.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"');
        }
    }
    if (words.isEmpty()) {
        return {};
    }
    // The last word is still being typed: match it as a prefix.
    words.last() += u'*';
    return words.join(u' ');
}

void ArticleSearch::interrupt(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        // Recorded first, so that a search failing from this interrupt finds the record.
        interruptLog().record(handle);
        sqlite3_interrupt(handle);
    }
}

} // namespace Dateline
