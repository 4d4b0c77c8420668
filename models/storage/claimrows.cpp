// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimrows_p.h"

#include "actorstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dateline::ClaimRows
{

namespace
{

constexpr int ActorColumn = 17;

ClaimStatus statusOrDefault(const QString &name)
{
    return ClaimNames::statusFromName(name).value_or(ClaimStatus::Unverified);
}

} // namespace

QString claimColumns()
{
    // The link count is two lookups, one per index of claim_link, instead of one OR that walks
    // the table.
    return u"c.id, c.article_id, c.start_offset, c.end_offset, c.exact, c.prefix, c.suffix, c.anchored, c.status, "
           "c.note, c.author, c.created, c.updated, ar.title, o.name, ar.published, "
           "(SELECT count(*) FROM claim_link lf WHERE lf.from_claim_id = c.id) + "
           "(SELECT count(*) FROM claim_link lt WHERE lt.to_claim_id = c.id), %1"_s.arg(
               ActorStore::actorColumns(u"a"_s));
}

QString claimJoins()
{
    return u"FROM claim c JOIN article ar ON ar.id = c.article_id LEFT JOIN outlet o ON o.id = ar.outlet_id "
           "LEFT JOIN actor a ON a.id = c.claimant_actor_id"_s;
}

Claim readClaim(const QSqlQuery &query)
{
    Claim claim;
    claim.id = query.value(0).toLongLong();
    claim.articleId = query.value(1).toLongLong();
    claim.anchor.start = query.value(2).toLongLong();
    claim.anchor.end = query.value(3).toLongLong();
    claim.anchor.exact = query.value(4).toString();
    claim.anchor.prefix = query.value(5).toString();
    claim.anchor.suffix = query.value(6).toString();
    claim.anchored = query.value(7).toInt() != 0;
    claim.status = statusOrDefault(query.value(8).toString());
    claim.note = query.value(9).toString();
    claim.author = query.value(10).toString();
    claim.created = fromTimestamp(query.value(11).toString());
    claim.updated = fromTimestamp(query.value(12).toString());
    claim.articleTitle = query.value(13).toString();
    claim.outlet = query.value(14).toString();
    claim.published = QDate::fromString(query.value(15).toString(), Qt::ISODate);
    claim.linkCount = query.value(16).toInt();
    claim.claimant = ActorStore::readActor(query, ActorColumn);
    return claim;
}

Result<QList<Claim>> readClaims(const QSqlDatabase &db, const QString &where, const QString &orderBy,
    const QList<std::pair<QString, QVariant>> &bind, const QString &errorContext)
{
    using R = Result<QList<Claim>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&] { return R::failure(errorContext.arg(query.lastError().text())); };
    if (!query.prepare(u"SELECT %1 %2 WHERE %3 ORDER BY %4"_s.arg(claimColumns(), claimJoins(), where, orderBy))) {
        return failed();
    }
    for (const auto &[name, value] : bind) {
        query.bindValue(name, value);
    }
    if (!query.exec()) {
        return failed();
    }
    QList<Claim> claims;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        claims.append(readClaim(query));
        rowOf.insert(claims.constLast().id, claims.size() - 1);
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    if (claims.isEmpty()) {
        return claims;
    }
    // The tags of exactly these claims, in one query: the same condition, over claim_tag.
    if (!query.prepare(u"SELECT ct.claim_id, t.id, coalesce(t.parent_id, 0), t.name, coalesce(t.colour, '') "
                       "FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id IN (SELECT c.id %1 WHERE %2) "
                       "ORDER BY ct.claim_id, ct.position, t.name COLLATE NOCASE"_s.arg(claimJoins(), where))) {
        return failed();
    }
    for (const auto &[name, value] : bind) {
        query.bindValue(name, value);
    }
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row == rowOf.cend()) {
            continue;
        }
        Tag tag;
        tag.id = query.value(1).toLongLong();
        tag.parentId = query.value(2).toLongLong();
        tag.name = query.value(3).toString();
        tag.colour = query.value(4).toString();
        claims[row.value()].tags.append(tag);
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    return claims;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : time;
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QString idArray(const QList<qint64> &ids)
{
    QString json = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += QString::number(ids.at(i));
    }
    json += u']';
    return json;
}

} // namespace Dateline::ClaimRows
