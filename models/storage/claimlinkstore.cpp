// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlinkstore.h"

#include "claimrows_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dateline
{

using ClaimRows::nonNull;

namespace
{

constexpr auto linkColumns = u"id, from_claim_id, to_claim_id, relation, note, created";

ClaimLink readLink(const QSqlQuery &query)
{
    ClaimLink link;
    link.id = query.value(0).toLongLong();
    link.fromClaimId = query.value(1).toLongLong();
    link.toClaimId = query.value(2).toLongLong();
    link.relation = ClaimNames::relationFromName(query.value(3).toString()).value_or(ClaimRelation::Same);
    link.note = query.value(4).toString();
    link.created = ClaimRows::fromTimestamp(query.value(5).toString());
    return link;
}

} // namespace

ClaimLinkStore::ClaimLinkStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ClaimLink> ClaimLinkStore::add(qint64 fromClaimId, qint64 toClaimId, ClaimRelation relation, const QString &note)
{
    using R = Result<ClaimLink>;
    const QString context = tr("The link could not be stored: %1");
    if (fromClaimId == toClaimId) {
        return R::failure(tr("A claim cannot be linked to itself."));
    }
    QSqlQuery query(m_db);
    // Readable refusals instead of the constraint messages of SQLite.
    if (!query.prepare(u"SELECT (SELECT count(*) FROM claim WHERE id = :from), (SELECT count(*) FROM claim WHERE id = :to), "
                       "(SELECT count(*) FROM claim_link WHERE from_claim_id = :from2 AND to_claim_id = :to2 "
                       "AND relation = :relation)"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":from"_s, fromClaimId);
    query.bindValue(u":to"_s, toClaimId);
    query.bindValue(u":from2"_s, fromClaimId);
    query.bindValue(u":to2"_s, toClaimId);
    query.bindValue(u":relation"_s, ClaimNames::relationName(relation));
    if (!query.exec() || !query.next()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (query.value(0).toInt() == 0) {
        return R::failure(tr("There is no claim %1 in the library.").arg(fromClaimId));
    }
    if (query.value(1).toInt() == 0) {
        return R::failure(tr("There is no claim %1 in the library.").arg(toClaimId));
    }
    if (query.value(2).toInt() != 0) {
        return R::failure(tr("Claim %1 is already linked to claim %2 as “%3”.")
                              .arg(fromClaimId)
                              .arg(toClaimId)
                              .arg(ClaimNames::relationPhrase(relation, true)));
    }
    query.finish();
    if (!query.prepare(u"INSERT INTO claim_link (from_claim_id, to_claim_id, relation, note, created) "
                       "VALUES (:from, :to, :relation, :note, :created)"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    ClaimLink link;
    link.fromClaimId = fromClaimId;
    link.toClaimId = toClaimId;
    link.relation = relation;
    link.note = note;
    link.created = QDateTime::currentDateTimeUtc();
    query.bindValue(u":from"_s, fromClaimId);
    query.bindValue(u":to"_s, toClaimId);
    query.bindValue(u":relation"_s, ClaimNames::relationName(relation));
    query.bindValue(u":note"_s, nonNull(note));
    query.bindValue(u":created"_s, ClaimRows::timestamp(link.created));
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    link.id = query.lastInsertId().toLongLong();
    // As it reads back: the stored time has whole seconds.
    link.created = ClaimRows::fromTimestamp(ClaimRows::timestamp(link.created));
    return link;
}

Result<ClaimLink> ClaimLinkStore::link(qint64 id) const
{
    using R = Result<ClaimLink>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1 FROM claim_link WHERE id = :id"_s.arg(QStringView(linkColumns)))) {
        return R::failure(tr("The link could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The link could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no link %1 in the library.").arg(id));
    }
    return readLink(query);
}

Result<ClaimLink> ClaimLinkStore::remove(qint64 id)
{
    using R = Result<ClaimLink>;
    auto existing = link(id);
    if (!existing) {
        return existing;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM claim_link WHERE id = :id"_s)) {
        return R::failure(tr("The link could not be deleted: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The link could not be deleted: %1").arg(query.lastError().text()));
    }
    return existing;
}

Status ClaimLinkStore::restore(const ClaimLink &link)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO claim_link (id, from_claim_id, to_claim_id, relation, note, created) "
                       "VALUES (:id, :from, :to, :relation, :note, :created)"_s)) {
        return Status::failure(tr("The link could not be put back: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, link.id != 0 ? QVariant(link.id) : QVariant());
    query.bindValue(u":from"_s, link.fromClaimId);
    query.bindValue(u":to"_s, link.toClaimId);
    query.bindValue(u":relation"_s, ClaimNames::relationName(link.relation));
    query.bindValue(u":note"_s, nonNull(link.note));
    query.bindValue(u":created"_s,
        ClaimRows::timestamp(link.created.isValid() ? link.created : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        return Status::failure(tr("The link could not be put back: %1").arg(query.lastError().text()));
    }
    return {};
}

Status ClaimLinkStore::setNote(qint64 id, const QString &note)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE claim_link SET note = :note WHERE id = :id"_s)) {
        return Status::failure(tr("The link's note could not be changed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":note"_s, nonNull(note));
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The link's note could not be changed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no link %1 in the library.").arg(id));
    }
    return {};
}

Result<QList<ClaimLink>> ClaimLinkStore::linksOf(qint64 claimId) const
{
    using R = Result<QList<ClaimLink>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Two lookups, one per index, instead of an OR that walks the table.
    if (!query.prepare(u"SELECT %1 FROM claim_link WHERE from_claim_id = :from UNION SELECT %1 FROM claim_link "
                       "WHERE to_claim_id = :to ORDER BY created, id"_s.arg(QStringView(linkColumns)))) {
        return R::failure(tr("The claim's links could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":from"_s, claimId);
    query.bindValue(u":to"_s, claimId);
    if (!query.exec()) {
        return R::failure(tr("The claim's links could not be read: %1").arg(query.lastError().text()));
    }
    QList<ClaimLink> links;
    while (query.next()) {
        links.append(readLink(query));
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The claim's links could not be read: %1").arg(query.lastError().text()));
    }
    return links;
}

Result<QList<ClaimLink>> ClaimLinkStore::allLinks() const
{
    using R = Result<QList<ClaimLink>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM claim_link ORDER BY id"_s.arg(QStringView(linkColumns)))) {
        return R::failure(tr("The links could not be read: %1").arg(query.lastError().text()));
    }
    QList<ClaimLink> links;
    while (query.next()) {
        links.append(readLink(query));
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The links could not be read: %1").arg(query.lastError().text()));
    }
    return links;
}

} // namespace Dateline
