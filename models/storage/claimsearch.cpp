// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The columns both searches read, in the order readCandidate() expects; %1 is the passage's
/// alias, %2 its actor column, %3 the score expression.
const QString candidateColumns = u"%1.id, %1.article_id, %1.start_offset, %1.end_offset, %1.exact, a.title, o.name, "
                                 "a.published, %1.%2, p.name, %3"_s;

LinkCandidate readCandidate(const QSqlQuery &q, LinkCandidate::Kind kind)
{
    LinkCandidate c;
    c.kind = kind;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.start = q.value(2).toLongLong();
    c.end = q.value(3).toLongLong();
    c.text = q.value(4).toString();
    c.articleTitle = q.value(5).toString();
    c.outlet = q.value(6).toString();
    c.published = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.speakerId = q.value(8).toLongLong();
    c.speaker = q.value(9).toString();
    c.score = q.value(10).toDouble();
    return c;
}

/// The conditions of `filter` on a passage aliased `alias` whose actor column is `actorColumn`
/// (claimant or speaker), joined with article `a`; bind them with bindFilter().
QString filterSql(const ClaimSearchFilter &filter, const QString &alias, const QString &actorColumn)
{
    QString sql;
    if (filter.excludeArticleId != 0) {
        sql += u" AND %1.article_id <> :exclude"_s.arg(alias);
    }
    if (filter.outletId != 0) {
        sql += u" AND a.outlet_id = :outlet"_s;
    }
    if (filter.from.isValid()) {
        sql += u" AND a.published >= :from"_s;
    }
    if (filter.to.isValid()) {
        sql += u" AND a.published <= :to"_s;
    }
    if (filter.actorId != 0) {
        // The actor claims or says it, or is named inside the passage (mention_by_article).
        sql += u" AND (%1.%2 = :actor1 OR EXISTS (SELECT 1 FROM mention m WHERE m.article_id = %1.article_id "
               "AND m.start_offset >= %1.start_offset AND m.start_offset < %1.end_offset "
               "AND m.end_offset <= %1.end_offset AND (m.actor_id = :actor2 OR m.also_actor_id = :actor3) "
               "AND m.state <> 'rejected'))"_s.arg(alias, actorColumn);
    }
    if (filter.tagId != 0) {
        sql += u" AND EXISTS (SELECT 1 FROM claim_tag ct WHERE ct.claim_id = %1.id "
               "AND ct.tag_id IN (SELECT id FROM tagtree))"_s.arg(alias);
    }
    return sql;
}

void bindFilter(QSqlQuery &q, const ClaimSearchFilter &filter)
{
    if (filter.excludeArticleId != 0) {
        q.bindValue(u":exclude"_s, filter.excludeArticleId);
    }
    if (filter.outletId != 0) {
        q.bindValue(u":outlet"_s, filter.outletId);
    }
    if (filter.from.isValid()) {
        q.bindValue(u":from"_s, filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        q.bindValue(u":to"_s, filter.to.toString(Qt::ISODate));
    }
    if (filter.actorId != 0) {
        q.bindValue(u":actor1"_s, filter.actorId);
        q.bindValue(u":actor2"_s, filter.actorId);
        q.bindValue(u":actor3"_s, filter.actorId);
    }
    if (filter.tagId != 0) {
        q.bindValue(u":tag"_s, filter.tagId);
    }
}

} // namespace

ClaimSearch::ClaimSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ClaimSearch::failureText(const QSqlQuery &q)
{
    // FTS5 reports its own syntax errors as "fts5: ..."; an unbalanced quote as "unterminated string".
    const QString native = q.lastError().databaseText();
    if (native.contains(u"fts5"_s) || native.contains(u"unterminated string"_s) || native.contains(u"no such column"_s)) {
        return tr("The search could not be understood: %1").arg(native);
    }
    return tr("The claims and quotations could not be searched: %1").arg(q.lastError().text());
}

Result<QList<LinkCandidate>> ClaimSearch::search(
    const QString &ftsQuery, const ClaimSearchFilter &filter, int limit) const
{
    using R = Result<QList<LinkCandidate>>;
    const bool hasText = !ftsQuery.trimmed().isEmpty();
    if ((!hasText && !filter.narrows()) || limit <= 0) {
        return QList<LinkCandidate>();
    }
    // bm25 ranks every match before the first row comes back: for a word in half the library
    // ("the", or "y" while it is being typed) that takes longer than typing the next letter, so
    // such a query lists the newest matches instead.
    Order order = hasText ? Order::Relevance : Order::Newest;
    if (hasText) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT (SELECT count(*) FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :a LIMIT :capA)) "
                       "+ (SELECT count(*) FROM (SELECT rowid FROM quote_fts WHERE quote_fts MATCH :b LIMIT :capB))"_s)) {
            return R::failure(failureText(q));
        }
        q.bindValue(u":a"_s, ftsQuery);
        q.bindValue(u":b"_s, ftsQuery);
        q.bindValue(u":capA"_s, m_rankLimit + 1);
        q.bindValue(u":capB"_s, m_rankLimit + 1);
        if (!q.exec() || !q.next()) {
            return R::failure(failureText(q));
        }
        if (q.value(0).toLongLong() > m_rankLimit) {
            order = Order::Newest;
        }
    }
    QList<LinkCandidate> found;
    if (filter.claims) {
        auto claims = searchClaims(ftsQuery, filter, limit, order);
        if (!claims) {
            return claims;
        }
        found = std::move(claims).value();
    }
    // Quotations carry no tags: a tag filter lets none through.
    if (filter.quotes && filter.tagId == 0) {
        auto quotes = searchQuotes(ftsQuery, filter, limit, order);
        if (!quotes) {
            return quotes;
        }
        found += quotes.value();
    }
    // Both lists are in their final order already; merging by the same key keeps it. bm25 is
    // comparable enough between the two tables: both index short passages with one tokenizer.
    if (order == Order::Relevance) {
        std::stable_sort(found.begin(), found.end(),
            [](const LinkCandidate &a, const LinkCandidate &b) { return a.score < b.score; });
    } else {
        std::stable_sort(found.begin(), found.end(), [](const LinkCandidate &a, const LinkCandidate &b) {
            if (a.published != b.published) {
                // Unknown dates last, newest first.
                return !b.published.isValid() || (a.published.isValid() && a.published > b.published);
            }
            return a.id > b.id;
        });
    }
    if (found.size() > limit) {
        found.resize(limit);
    }
    return found;
}

Result<QList<LinkCandidate>> ClaimSearch::searchClaims(
    const QString &ftsQuery, const ClaimSearchFilter &filter, int limit, Order order) const
{
    using R = Result<QList<LinkCandidate>>;
    const bool hasText = !ftsQuery.trimmed().isEmpty();
    QString sql;
    if (filter.tagId != 0) {
        sql += u"WITH RECURSIVE tagtree(id) AS (SELECT :tag UNION SELECT t.id FROM tag t JOIN tagtree ON t.parent_id = tagtree.id) "_s;
    }
    const QString joins =
        u" JOIN article a ON a.id = c.article_id LEFT JOIN outlet o ON o.id = a.outlet_id "
        "LEFT JOIN actor p ON p.id = c.claimant_actor_id"_s;
    if (hasText) {
        // The exact words count twice the note's.
        const bool ranked = order == Order::Relevance;
        sql += u"SELECT "_s + candidateColumns.arg(u"c"_s, u"claimant_actor_id"_s, ranked ? u"claim_fts.rank"_s : u"0.0"_s)
            + u" FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid"_s + joins + u" WHERE claim_fts MATCH :query"_s
            + (ranked ? u" AND claim_fts.rank MATCH 'bm25(1.0, 0.5)'"_s : QString())
            + filterSql(filter, u"c"_s, u"claimant_actor_id"_s)
            + (ranked ? u" ORDER BY claim_fts.rank LIMIT :limit"_s : u" ORDER BY claim_fts.rowid DESC LIMIT :limit"_s);
    } else {
        sql += u"SELECT "_s + candidateColumns.arg(u"c"_s, u"claimant_actor_id"_s, u"0.0"_s) + u" FROM claim c"_s + joins
            + u" WHERE 1"_s + filterSql(filter, u"c"_s, u"claimant_actor_id"_s) + u" ORDER BY c.id DESC LIMIT :limit"_s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return R::failure(tr("The claims could not be searched: %1").arg(q.lastError().text()));
    }
    if (hasText) {
        q.bindValue(u":query"_s, ftsQuery);
    }
    bindFilter(q, filter);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        return R::failure(failureText(q));
    }
    QList<LinkCandidate> found;
    while (q.next()) {
        found.append(readCandidate(q, LinkCandidate::Kind::Claim));
    }
    if (q.lastError().isValid()) {
        return R::failure(tr("The claims could not be searched: %1").arg(q.lastError().text()));
    }
    return found;
}

Result<QList<LinkCandidate>> ClaimSearch::searchQuotes(
    const QString &ftsQuery, const ClaimSearchFilter &filter, int limit, Order order) const
{
    using R = Result<QList<LinkCandidate>>;
    const bool hasText = !ftsQuery.trimmed().isEmpty();
    const QString joins =
        u" JOIN article a ON a.id = q.article_id LEFT JOIN outlet o ON o.id = a.outlet_id "
        "LEFT JOIN actor p ON p.id = q.speaker_actor_id"_s;
    // A claim on the same span stands for the quotation (claim_by_article).
    const QString own =
        u" AND q.state <> 'rejected' AND q.anchored = 1 AND NOT EXISTS (SELECT 1 FROM claim c2 "
        "WHERE c2.article_id = q.article_id AND c2.start_offset = q.start_offset AND c2.end_offset = q.end_offset)"_s;
    QString sql;
    if (hasText) {
        const bool ranked = order == Order::Relevance;
        sql = u"SELECT "_s + candidateColumns.arg(u"q"_s, u"speaker_actor_id"_s, ranked ? u"quote_fts.rank"_s : u"0.0"_s)
            + u" FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid"_s + joins + u" WHERE quote_fts MATCH :query"_s
            + own + filterSql(filter, u"q"_s, u"speaker_actor_id"_s)
            + (ranked ? u" ORDER BY quote_fts.rank LIMIT :limit"_s : u" ORDER BY quote_fts.rowid DESC LIMIT :limit"_s);
    } else {
        sql = u"SELECT "_s + candidateColumns.arg(u"q"_s, u"speaker_actor_id"_s, u"0.0"_s) + u" FROM quote q"_s + joins
            + u" WHERE 1"_s + own + filterSql(filter, u"q"_s, u"speaker_actor_id"_s)
            + u" ORDER BY q.id DESC LIMIT :limit"_s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return R::failure(tr("The quotations could not be searched: %1").arg(q.lastError().text()));
    }
    if (hasText) {
        q.bindValue(u":query"_s, ftsQuery);
    }
    bindFilter(q, filter);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        return R::failure(failureText(q));
    }
    QList<LinkCandidate> found;
    while (q.next()) {
        found.append(readCandidate(q, LinkCandidate::Kind::Quote));
    }
    if (q.lastError().isValid()) {
        return R::failure(tr("The quotations could not be searched: %1").arg(q.lastError().text()));
    }
    return found;
}

} // namespace Dateline
