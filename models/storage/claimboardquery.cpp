// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimboardquery.h"

#include "articlepagequery.h"
#include "articlesearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The keys of an order, most significant first, and the column that ends every key (the id).
struct Keys {
    QStringList expressions;
    QString id;
};

Keys keysOf(ClaimSortColumn column)
{
    switch (column) {
    case ClaimSortColumn::Status:
        return { { u"c.status"_s }, u"c.id"_s };
    case ClaimSortColumn::Published:
        // The story's key, the story, the claim's place in it: the outer loop walks the article
        // index and the inner one claim_by_article (article_id, start_offset, id) for each story.
        return { { ArticlePageQuery::sortExpression(ArticleSortColumn::Published), u"a.id"_s, u"c.start_offset"_s },
            u"c.id"_s };
    case ClaimSortColumn::Outlet:
        return { { ArticlePageQuery::sortExpression(ArticleSortColumn::Outlet), u"a.id"_s, u"c.start_offset"_s },
            u"c.id"_s };
    case ClaimSortColumn::Thread:
        return { { u"bt.thread_id"_s }, u"bt.claim_id"_s };
    case ClaimSortColumn::Created:
        break;
    }
    return { { u"c.created"_s }, u"c.id"_s };
}

/// Rows after the cursor, written so that SQLite seeks the index to the first key (as in
/// ArticlePageQuery): `k0 >= :k0 AND (k0 > :k0 OR <the rest after>)`, nested for each key.
QString afterCondition(const Keys &keys, bool ascending)
{
    const QString beyond = ascending ? u">"_s : u"<"_s;
    QString rest = u"%1 %2 :id"_s.arg(keys.id, beyond);
    for (qsizetype i = keys.expressions.size() - 1; i >= 1; --i) {
        const QString &expr = keys.expressions.at(i);
        rest = u"%1 %2 :k%3 OR (%1 = :k%3 AND (%4))"_s.arg(expr, beyond).arg(i).arg(rest);
    }
    const QString &first = keys.expressions.first();
    return u"%1 %2= :k0 AND (%1 %3 :k0 OR %4)"_s.arg(first, beyond, beyond, rest);
}

QString fromClause(ClaimSortColumn column)
{
    // CROSS JOIN fixes the outer loop: the table whose index gives the order.
    switch (column) {
    case ClaimSortColumn::Published:
    case ClaimSortColumn::Outlet:
        return u"article a CROSS JOIN claim c ON c.article_id = a.id"_s;
    case ClaimSortColumn::Thread:
        return u"temp.board_thread bt CROSS JOIN claim c ON c.id = bt.claim_id "
               u"CROSS JOIN article a ON a.id = c.article_id"_s;
    case ClaimSortColumn::Status:
        return u"claim c INDEXED BY claim_by_status CROSS JOIN article a ON a.id = c.article_id"_s;
    case ClaimSortColumn::Created:
        break;
    }
    // INDEXED BY keeps the walk in the order's index even when a filter has an index of its own
    // (status, a tag's or a word's claims): otherwise SQLite reads every match and sorts them all
    // before the first page (270 ms for one status in seven at 100,000 claims, against a few ms for
    // walking until a page is full).
    return u"claim c INDEXED BY claim_by_created CROSS JOIN article a ON a.id = c.article_id"_s;
}

QString idsJson(const QList<Claim> &rows)
{
    QJsonArray ids;
    for (const Claim &claim : rows) {
        ids.append(claim.id);
    }
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

QDateTime utcFromText(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (value.isValid() && value.timeSpec() == Qt::LocalTime) {
        value.setTimeZone(QTimeZone::UTC);
    }
    return value;
}

constexpr int FirstKeyColumn = 15;

} // namespace

ClaimBoardQuery::ClaimBoardQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void ClaimBoardQuery::setSort(ClaimSortColumn column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

Status ClaimBoardQuery::setThreads(const QHash<qint64, qint64> &threadIds)
{
    // One statement over a JSON object instead of one insert per claim; inside a savepoint so
    // that the table is never seen half filled. The temp schema is this connection's own memory
    // and file, so this writes nothing to the library and takes no lock on it.
    QJsonObject map;
    for (auto it = threadIds.cbegin(); it != threadIds.cend(); ++it) {
        map.insert(QString::number(it.key()), it.value());
    }
    QSqlQuery query(m_db);
    const auto fail = [&query, this](const QString &step) {
        const QString message = tr("Cannot group the claims by thread (%1): %2").arg(step, query.lastError().text());
        QSqlQuery rollback(m_db);
        if (rollback.exec(u"ROLLBACK TO board_threads"_s)) {
            (void)rollback.exec(u"RELEASE board_threads"_s);
        }
        return Status::failure(message);
    };
    if (!query.exec(u"SAVEPOINT board_threads"_s)) {
        return Status::failure(tr("Cannot group the claims by thread: %1").arg(query.lastError().text()));
    }
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS board_thread (thread_id INTEGER NOT NULL, "
                    u"claim_id INTEGER NOT NULL, PRIMARY KEY (thread_id, claim_id)) WITHOUT ROWID"_s)) {
        return fail(u"create"_s);
    }
    if (!query.exec(u"DELETE FROM temp.board_thread"_s)) {
        return fail(u"delete"_s);
    }
    if (!query.prepare(u"INSERT INTO temp.board_thread (thread_id, claim_id) "
                       u"SELECT value, CAST(key AS INTEGER) FROM json_each(:map)"_s)) {
        return fail(u"prepare"_s);
    }
    query.bindValue(u":map"_s, QString::fromUtf8(QJsonDocument(map).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return fail(u"insert"_s);
    }
    if (!query.exec(u"RELEASE board_threads"_s)) {
        return fail(u"release"_s);
    }
    return {};
}

QString ClaimBoardQuery::sql(const ClaimCursor &after) const
{
    const Keys keys = keysOf(m_column);
    const bool ascending = m_order == Qt::AscendingOrder;
    QStringList where;
    QString with;
    if (m_filter.tagId != 0) {
        with = u"WITH RECURSIVE tag_tree(id) AS (SELECT :tag UNION SELECT t.id FROM tag t "
               u"JOIN tag_tree tt ON t.parent_id = tt.id) "_s;
        // A set computed once (claim_tag_by_tag): SQLite may drive the loop from it for a rare tag
        // or probe it while walking the order's index for a common one.
        where << u"c.id IN (SELECT ct.claim_id FROM claim_tag ct WHERE ct.tag_id IN (SELECT id FROM tag_tree))"_s;
    }
    if (m_filter.actorId != 0) {
        // The actor's claims as one set, not a test per claim: claim_by_claimant, and
        // mention_by_actor with claim_by_article for the claims whose span holds a mention.
        where << u"c.id IN (SELECT id FROM claim WHERE claimant_actor_id = :actor UNION "
                 u"SELECT cm.id FROM mention m JOIN claim cm ON cm.article_id = m.article_id "
                 u"AND cm.start_offset <= m.start_offset AND cm.end_offset >= m.end_offset "
                 u"WHERE m.actor_id = :actor AND m.state <> 'rejected')"_s;
    }
    if (m_filter.outletId != 0) {
        where << u"a.outlet_id = :outlet"_s;
    }
    if (m_filter.status) {
        where << u"c.status = :status"_s;
    }
    if (m_filter.from.isValid()) {
        where << u"a.published >= :from"_s;
    }
    if (m_filter.to.isValid()) {
        where << u"a.published <= :to"_s;
    }
    if (!ArticleSearch::queryForTyping(m_filter.text).isEmpty()) {
        where << u"c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :fts)"_s;
    }
    if (!after.atStart) {
        where << afterCondition(keys, ascending);
    }
    QStringList keyColumns;
    for (const QString &expr : keys.expressions) {
        keyColumns << expr;
    }
    QString sql = with
        + u"SELECT c.id, c.article_id, c.start_offset, c.end_offset, c.exact, c.anchored, c.status, c.created, "
          u"c.updated, coalesce(c.claimant_actor_id, 0), coalesce(ac.name, ''), coalesce(ac.kind, ''), a.title, "
          u"a.outlet_sort, a.published, %1 FROM %2 LEFT JOIN actor ac ON ac.id = c.claimant_actor_id"_s.arg(
              keyColumns.join(u", "_s), fromClause(m_column));
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    const QString direction = ascending ? u" ASC"_s : u" DESC"_s;
    QStringList order;
    for (const QString &expr : keys.expressions) {
        order << expr + direction;
    }
    order << keys.id + direction;
    sql += u" ORDER BY "_s + order.join(u", "_s) + u" LIMIT :limit"_s;
    return sql;
}

QVariantMap ClaimBoardQuery::bindings(const ClaimCursor &after, int limit) const
{
    QVariantMap values;
    if (m_filter.tagId != 0) {
        values.insert(u":tag"_s, m_filter.tagId);
    }
    if (m_filter.actorId != 0) {
        values.insert(u":actor"_s, m_filter.actorId);
    }
    if (m_filter.outletId != 0) {
        values.insert(u":outlet"_s, m_filter.outletId);
    }
    if (m_filter.status) {
        values.insert(u":status"_s, ClaimNames::statusName(*m_filter.status));
    }
    if (m_filter.from.isValid()) {
        values.insert(u":from"_s, m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        values.insert(u":to"_s, m_filter.to.toString(Qt::ISODate));
    }
    if (const QString fts = ArticleSearch::queryForTyping(m_filter.text); !fts.isEmpty()) {
        values.insert(u":fts"_s, fts);
    }
    if (!after.atStart) {
        for (qsizetype i = 0; i < after.keys.size(); ++i) {
            values.insert(u":k%1"_s.arg(i), after.keys.at(i));
        }
        values.insert(u":id"_s, after.id);
    }
    values.insert(u":limit"_s, limit);
    return values;
}

Result<ClaimBoardPage> ClaimBoardQuery::page(const ClaimCursor &after, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql(after))) {
        return Result<ClaimBoardPage>::failure(tr("Cannot read the claims: %1").arg(query.lastError().text()));
    }
    const QVariantMap values = bindings(after, limit);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bindValue(it.key(), it.value());
    }
    if (!query.exec()) {
        return Result<ClaimBoardPage>::failure(tr("Cannot read the claims: %1").arg(query.lastError().text()));
    }
    const qsizetype keyCount = keysOf(m_column).expressions.size();
    ClaimBoardPage page;
    while (query.next()) {
        Claim claim;
        claim.id = query.value(0).toLongLong();
        claim.articleId = query.value(1).toLongLong();
        claim.anchor.start = query.value(2).toLongLong();
        claim.anchor.end = query.value(3).toLongLong();
        claim.anchor.exact = query.value(4).toString();
        claim.anchored = query.value(5).toInt() != 0;
        claim.status = ClaimNames::statusFromName(query.value(6).toString()).value_or(ClaimStatus::Unverified);
        claim.created = utcFromText(query.value(7).toString());
        claim.updated = utcFromText(query.value(8).toString());
        claim.claimant.id = query.value(9).toLongLong();
        claim.claimant.name = query.value(10).toString();
        if (claim.claimant.id != 0) {
            claim.claimant.kind = actorKindFromName(query.value(11).toString());
        }
        claim.articleTitle = query.value(12).toString();
        claim.outlet = query.value(13).toString();
        claim.published = QDate::fromString(query.value(14).toString(), Qt::ISODate);
        page.next.atStart = false;
        page.next.keys.clear();
        for (qsizetype i = 0; i < keyCount; ++i) {
            page.next.keys.append(query.value(int(FirstKeyColumn + i)));
        }
        page.next.id = claim.id;
        page.rows.append(std::move(claim));
    }
    if (query.lastError().isValid()) {
        return Result<ClaimBoardPage>::failure(tr("Cannot read the claims: %1").arg(query.lastError().text()));
    }
    page.atEnd = page.rows.size() < limit;
    if (page.rows.isEmpty()) {
        page.next = after;
        return page;
    }
    if (Status details = fillDetails(page.rows); !details) {
        return Result<ClaimBoardPage>::failure(details.error());
    }
    return page;
}

Status ClaimBoardQuery::fillDetails(QList<Claim> &rows) const
{
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rowOf.insert(rows.at(i).id, i);
    }
    const QString ids = idsJson(rows);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT ct.claim_id, t.id, coalesce(t.parent_id, 0), t.name, coalesce(t.colour, '') "
                       u"FROM json_each(:ids) j JOIN claim_tag ct ON ct.claim_id = j.value "
                       u"JOIN tag t ON t.id = ct.tag_id ORDER BY ct.claim_id, ct.position, t.id"_s)) {
        return Status::failure(tr("Cannot read the tags of the claims: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":ids"_s, ids);
    if (!query.exec()) {
        return Status::failure(tr("Cannot read the tags of the claims: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        Tag tag;
        tag.id = query.value(1).toLongLong();
        tag.parentId = query.value(2).toLongLong();
        tag.name = query.value(3).toString();
        tag.colour = query.value(4).toString();
        rows[rowOf.value(query.value(0).toLongLong())].tags.append(tag);
    }
    if (!query.prepare(u"SELECT j.value, (SELECT count(*) FROM claim_link l WHERE l.from_claim_id = j.value) "
                       u"+ (SELECT count(*) FROM claim_link l WHERE l.to_claim_id = j.value) FROM json_each(:ids) j"_s)) {
        return Status::failure(tr("Cannot count the links of the claims: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":ids"_s, ids);
    if (!query.exec()) {
        return Status::failure(tr("Cannot count the links of the claims: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        rows[rowOf.value(query.value(0).toLongLong())].linkCount = query.value(1).toInt();
    }
    return {};
}

} // namespace Dateline
