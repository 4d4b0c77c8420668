// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstore.h"

#include "actorstore.h"
#include "annotationstore.h"
#include "claimrows_p.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

using ClaimRows::idArray;
using ClaimRows::idOrNull;
using ClaimRows::nonNull;
using ClaimRows::timestamp;

namespace
{

QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

/// Who marks claims on this machine: the system user, so that a shared library shows whose they are.
QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user;
}

/// Writes the tags of a claim in order, replacing whatever it had.
Status writeTags(const QSqlDatabase &db, qint64 claimId, const QList<qint64> &tagIds, const QString &errorContext)
{
    QSqlQuery query(db);
    if (!query.prepare(u"DELETE FROM claim_tag WHERE claim_id = :claim"_s)) {
        return Status::failure(errorContext.arg(query.lastError().text()));
    }
    query.bindValue(u":claim"_s, claimId);
    if (!query.exec()) {
        return Status::failure(errorContext.arg(query.lastError().text()));
    }
    if (!query.prepare(u"INSERT OR IGNORE INTO claim_tag (claim_id, tag_id, position) VALUES (:claim, :tag, :position)"_s)) {
        return Status::failure(errorContext.arg(query.lastError().text()));
    }
    int position = 0;
    for (const qint64 tagId : tagIds) {
        query.bindValue(u":claim"_s, claimId);
        query.bindValue(u":tag"_s, tagId);
        query.bindValue(u":position"_s, position++);
        if (!query.exec()) {
            return Status::failure(errorContext.arg(query.lastError().text()));
        }
    }
    return {};
}

/// The tag ids of a claim in order.
Result<QList<qint64>> tagIdsOf(const QSqlDatabase &db, qint64 claimId, const QString &errorContext)
{
    using R = Result<QList<qint64>>;
    QSqlQuery query(db);
    if (!query.prepare(u"SELECT tag_id FROM claim_tag WHERE claim_id = :claim ORDER BY position, tag_id"_s)) {
        return R::failure(errorContext.arg(query.lastError().text()));
    }
    query.bindValue(u":claim"_s, claimId);
    if (!query.exec()) {
        return R::failure(errorContext.arg(query.lastError().text()));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

ClaimStore::ClaimStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Claim> ClaimStore::add(const NewClaim &claim)
{
    using R = Result<Claim>;
    const QString context = tr("The claim could not be stored: %1");
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT text FROM article WHERE id = :id"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, claim.articleId);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no story %1 in the library.").arg(claim.articleId));
    }
    const QString text = query.value(0).toString();
    query.finish();
    if (claim.start < 0 || claim.end > text.size() || claim.start > claim.end) {
        return R::failure(tr("The passage %1–%2 lies outside the story's text (%3 characters).")
                              .arg(claim.start)
                              .arg(claim.end)
                              .arg(text.size()));
    }
    if (claim.start == claim.end) {
        return R::failure(tr("A claim needs at least one character of the story."));
    }

    Transaction transaction(m_db);
    if (!transaction.status()) {
        return R::failure(transaction.status().error());
    }
    if (!query.prepare(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, prefix, suffix, anchored, "
                       "claimant_actor_id, status, note, author, created, updated) VALUES (:article, :start, :end, "
                       ":exact, :prefix, :suffix, 1, :claimant, :status, :note, :author, :created, :updated)"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    const QString created = now();
    const QString author = systemUser();
    query.bindValue(u":article"_s, claim.articleId);
    query.bindValue(u":start"_s, claim.start);
    query.bindValue(u":end"_s, claim.end);
    query.bindValue(u":exact"_s, nonNull(text.mid(claim.start, claim.end - claim.start)));
    query.bindValue(u":prefix"_s, nonNull(AnnotationStore::selectorPrefix(text, claim.start)));
    query.bindValue(u":suffix"_s, nonNull(AnnotationStore::selectorSuffix(text, claim.end)));
    query.bindValue(u":claimant"_s, idOrNull(claim.claimantActorId));
    query.bindValue(u":status"_s, ClaimNames::statusName(claim.status));
    query.bindValue(u":note"_s, nonNull(claim.note));
    query.bindValue(u":author"_s, author.isEmpty() ? QVariant() : QVariant(author));
    query.bindValue(u":created"_s, created);
    query.bindValue(u":updated"_s, created);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto tags = writeTags(m_db, id, claim.tagIds, context); !tags) {
        return R::failure(tags.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    return this->claim(id);
}

Result<Claim> ClaimStore::claim(qint64 id) const
{
    using R = Result<Claim>;
    auto claims = ClaimRows::readClaims(
        m_db, u"c.id = :id"_s, u"c.id"_s, { { u":id"_s, id } }, tr("The claim could not be read: %1"));
    if (!claims) {
        return R::failure(claims.error());
    }
    if (claims.value().isEmpty()) {
        return R::failure(tr("There is no claim %1 in the library.").arg(id));
    }
    return claims.value().constFirst();
}

Result<QList<Claim>> ClaimStore::claimsOfArticle(qint64 articleId) const
{
    return ClaimRows::readClaims(m_db, u"c.article_id = :article"_s, u"c.start_offset, c.end_offset, c.id"_s,
        { { u":article"_s, articleId } }, tr("The story's claims could not be read: %1"));
}

Result<QList<Claim>> ClaimStore::orphans() const
{
    return ClaimRows::readClaims(m_db, u"c.anchored = 0"_s, u"c.updated DESC, c.id DESC"_s, {},
        tr("The orphaned claims could not be read: %1"));
}

Result<QList<Claim>> ClaimStore::claimsById(const QList<qint64> &ids) const
{
    using R = Result<QList<Claim>>;
    if (ids.isEmpty()) {
        return QList<Claim>();
    }
    auto claims = ClaimRows::readClaims(m_db, u"c.id IN (SELECT value FROM json_each(:ids))"_s, u"c.id"_s,
        { { u":ids"_s, idArray(ids) } }, tr("The claims could not be read: %1"));
    if (!claims) {
        return claims;
    }
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < claims.value().size(); ++i) {
        rowOf.insert(claims.value().at(i).id, i);
    }
    QList<Claim> ordered;
    ordered.reserve(claims.value().size());
    for (const qint64 id : ids) {
        const auto row = rowOf.constFind(id);
        if (row != rowOf.cend()) {
            ordered.append(claims.value().at(row.value()));
        }
    }
    return R(ordered);
}

Result<QList<Claim>> ClaimStore::claims(const ClaimFilter &filter) const
{
    QStringList conditions { u"1"_s };
    QList<std::pair<QString, QVariant>> bind;
    if (filter.tagId != 0) {
        conditions.append(u"c.id IN (SELECT ct.claim_id FROM claim_tag ct WHERE ct.tag_id IN ("
                          "WITH RECURSIVE sub(id) AS (SELECT :tag UNION SELECT t.id FROM tag t JOIN sub ON t.parent_id = sub.id) "
                          "SELECT id FROM sub))"_s);
        bind.append({ u":tag"_s, filter.tagId });
    }
    if (filter.actorId != 0) {
        conditions.append(u"c.claimant_actor_id = :actor"_s);
        bind.append({ u":actor"_s, filter.actorId });
    }
    return ClaimRows::readClaims(m_db, conditions.join(u" AND "_s),
        u"ar.published IS NULL, ar.published, c.created, c.id"_s, bind, tr("The claims could not be read: %1"));
}

Result<ClaimFields> ClaimStore::fields(qint64 id) const
{
    using R = Result<ClaimFields>;
    const QString context = tr("The claim could not be read: %1");
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT coalesce(claimant_actor_id, 0), status, note FROM claim WHERE id = :id"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no claim %1 in the library.").arg(id));
    }
    ClaimFields fields;
    fields.claimantActorId = query.value(0).toLongLong();
    fields.status = ClaimNames::statusFromName(query.value(1).toString()).value_or(ClaimStatus::Unverified);
    fields.note = query.value(2).toString();
    auto tags = tagIdsOf(m_db, id, context);
    if (!tags) {
        return R::failure(tags.error());
    }
    fields.tagIds = tags.value();
    return fields;
}

Status ClaimStore::setFields(qint64 id, const ClaimFields &fields)
{
    const QString context = tr("The claim could not be changed: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return transaction.status();
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE claim SET claimant_actor_id = :claimant, status = :status, note = :note, "
                       "updated = :updated WHERE id = :id"_s)) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":claimant"_s, idOrNull(fields.claimantActorId));
    query.bindValue(u":status"_s, ClaimNames::statusName(fields.status));
    query.bindValue(u":note"_s, nonNull(fields.note));
    query.bindValue(u":updated"_s, now());
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no claim %1 in the library.").arg(id));
    }
    if (auto tags = writeTags(m_db, id, fields.tagIds, context); !tags) {
        return tags;
    }
    return transaction.commit();
}

Result<ClaimSnapshot> ClaimStore::remove(qint64 id)
{
    using R = Result<ClaimSnapshot>;
    const QString context = tr("The claim could not be deleted: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return R::failure(transaction.status().error());
    }
    auto claim = this->claim(id);
    if (!claim) {
        return R::failure(claim.error());
    }
    ClaimSnapshot snapshot;
    snapshot.claim = claim.value();
    for (const Tag &tag : std::as_const(snapshot.claim.tags)) {
        snapshot.tagIds.append(tag.id);
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT id, from_claim_id, to_claim_id, relation, note, created FROM claim_link "
                       "WHERE from_claim_id = :from UNION ALL SELECT id, from_claim_id, to_claim_id, relation, note, "
                       "created FROM claim_link WHERE to_claim_id = :to ORDER BY 1"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":from"_s, id);
    query.bindValue(u":to"_s, id);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    while (query.next()) {
        ClaimLink link;
        link.id = query.value(0).toLongLong();
        link.fromClaimId = query.value(1).toLongLong();
        link.toClaimId = query.value(2).toLongLong();
        link.relation = ClaimNames::relationFromName(query.value(3).toString()).value_or(ClaimRelation::Same);
        link.note = query.value(4).toString();
        link.created = ClaimRows::fromTimestamp(query.value(5).toString());
        snapshot.links.append(link);
    }
    // The cascades of the foreign keys would do this; said here so that a connection without
    // them leaves nothing pointing at the deleted claim.
    const QString deletions[] = {
        u"DELETE FROM claim_tag WHERE claim_id = :id"_s,
        u"DELETE FROM claim_link WHERE from_claim_id = :id"_s,
        u"DELETE FROM claim_link WHERE to_claim_id = :id"_s,
        u"DELETE FROM claim WHERE id = :id"_s,
    };
    for (const QString &sql : deletions) {
        if (!query.prepare(sql)) {
            return R::failure(context.arg(query.lastError().text()));
        }
        query.bindValue(u":id"_s, id);
        if (!query.exec()) {
            return R::failure(context.arg(query.lastError().text()));
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    return snapshot;
}

Status ClaimStore::restore(const ClaimSnapshot &snapshot)
{
    const QString context = tr("The claim could not be put back: %1");
    const Claim &claim = snapshot.claim;
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return transaction.status();
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO claim (id, article_id, start_offset, end_offset, exact, prefix, suffix, anchored, "
                       "claimant_actor_id, status, note, author, created, updated) VALUES (:id, :article, :start, :end, "
                       ":exact, :prefix, :suffix, :anchored, :claimant, :status, :note, :author, :created, :updated)"_s)) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    const QString created = claim.created.isValid() ? timestamp(claim.created) : now();
    query.bindValue(u":id"_s, claim.id);
    query.bindValue(u":article"_s, claim.articleId);
    query.bindValue(u":start"_s, claim.anchor.start);
    query.bindValue(u":end"_s, claim.anchor.end);
    query.bindValue(u":exact"_s, nonNull(claim.anchor.exact));
    query.bindValue(u":prefix"_s, nonNull(claim.anchor.prefix));
    query.bindValue(u":suffix"_s, nonNull(claim.anchor.suffix));
    query.bindValue(u":anchored"_s, claim.anchored ? 1 : 0);
    query.bindValue(u":claimant"_s, idOrNull(claim.claimant.id));
    query.bindValue(u":status"_s, ClaimNames::statusName(claim.status));
    query.bindValue(u":note"_s, nonNull(claim.note));
    query.bindValue(u":author"_s, claim.author.isEmpty() ? QVariant() : QVariant(claim.author));
    query.bindValue(u":created"_s, created);
    query.bindValue(u":updated"_s, claim.updated.isValid() ? timestamp(claim.updated) : created);
    if (!query.exec()) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    if (auto tags = writeTags(m_db, claim.id, snapshot.tagIds, context); !tags) {
        return tags;
    }
    if (!query.prepare(u"INSERT OR IGNORE INTO claim_link (id, from_claim_id, to_claim_id, relation, note, created) "
                       "SELECT :id, :from, :to, :relation, :note, :created WHERE EXISTS (SELECT 1 FROM claim WHERE "
                       "id = :from2) AND EXISTS (SELECT 1 FROM claim WHERE id = :to2)"_s)) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    for (const ClaimLink &link : snapshot.links) {
        // A link whose other end was deleted meanwhile stays deleted; the claim comes back anyway.
        query.bindValue(u":id"_s, link.id);
        query.bindValue(u":from"_s, link.fromClaimId);
        query.bindValue(u":to"_s, link.toClaimId);
        query.bindValue(u":relation"_s, ClaimNames::relationName(link.relation));
        query.bindValue(u":note"_s, nonNull(link.note));
        query.bindValue(u":created"_s, link.created.isValid() ? timestamp(link.created) : now());
        query.bindValue(u":from2"_s, link.fromClaimId);
        query.bindValue(u":to2"_s, link.toClaimId);
        if (!query.exec()) {
            return Status::failure(context.arg(query.lastError().text()));
        }
    }
    return transaction.commit();
}

Result<BulkTagChange> ClaimStore::addTag(const QList<qint64> &claimIds, qint64 tagId)
{
    using R = Result<BulkTagChange>;
    const QString context = tr("The tag could not be added: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return R::failure(transaction.status().error());
    }
    BulkTagChange change;
    change.tagId = tagId;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT value FROM json_each(:ids) WHERE value IN (SELECT id FROM claim) AND value NOT IN "
                       "(SELECT claim_id FROM claim_tag WHERE tag_id = :tag)"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":ids"_s, idArray(claimIds));
    query.bindValue(u":tag"_s, tagId);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!change.claimIds.contains(id)) {
            change.claimIds.append(id);
        }
    }
    if (!query.prepare(u"INSERT INTO claim_tag (claim_id, tag_id, position) VALUES (:claim, :tag, "
                       "(SELECT coalesce(max(position), -1) + 1 FROM claim_tag WHERE claim_id = :claim2))"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    for (const qint64 id : std::as_const(change.claimIds)) {
        query.bindValue(u":claim"_s, id);
        query.bindValue(u":tag"_s, tagId);
        query.bindValue(u":claim2"_s, id);
        if (!query.exec()) {
            return R::failure(context.arg(query.lastError().text()));
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    return change;
}

Status ClaimStore::removeTag(const BulkTagChange &change)
{
    const QString context = tr("The tag could not be removed: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return transaction.status();
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM claim_tag WHERE tag_id = :tag AND claim_id IN (SELECT value FROM json_each(:ids))"_s)) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":tag"_s, change.tagId);
    query.bindValue(u":ids"_s, idArray(change.claimIds));
    if (!query.exec()) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    return transaction.commit();
}

Result<qint64> ClaimStore::defaultClaimant(qint64 articleId, qsizetype start, qsizetype end)
{
    using R = Result<qint64>;
    const QString context = tr("The claimant could not be found: %1");
    QSqlQuery query(m_db);
    // The innermost quotation around the passage: its speaker is the one who claims it.
    if (!query.prepare(u"SELECT speaker_actor_id FROM quote WHERE article_id = :article AND start_offset <= :start "
                       "AND end_offset >= :end AND state <> 'rejected' AND speaker_actor_id IS NOT NULL "
                       "ORDER BY end_offset - start_offset, id LIMIT 1"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":start"_s, start);
    query.bindValue(u":end"_s, end);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (query.next()) {
        return R(query.value(0).toLongLong());
    }
    if (!query.prepare(u"SELECT o.name FROM article ar JOIN outlet o ON o.id = ar.outlet_id WHERE ar.id = :article"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R(0);
    }
    const QString outlet = query.value(0).toString();
    query.finish();
    // The outlet as an actor: one the library knows by that name (a shipped news agency, or an
    // outlet actor made before), else a new one of kind outlet.
    if (!query.prepare(u"SELECT id FROM actor WHERE name = :name COLLATE NOCASE AND kind IN ('outlet', 'news_agency') "
                       "UNION ALL SELECT a.id FROM alias l JOIN actor a ON a.id = l.actor_id WHERE l.text = :alias "
                       "COLLATE NOCASE AND a.kind IN ('outlet', 'news_agency') LIMIT 1"_s)) {
        return R::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":name"_s, outlet);
    query.bindValue(u":alias"_s, outlet);
    if (!query.exec()) {
        return R::failure(context.arg(query.lastError().text()));
    }
    if (query.next()) {
        return R(query.value(0).toLongLong());
    }
    query.finish();
    Actor actor;
    actor.name = outlet;
    actor.kind = Actor::Kind::Outlet;
    ActorStore actors(m_db);
    return actors.ensure(actor);
}

Status ClaimStore::reanchor(qint64 id, const TextAnchor &anchor)
{
    const QString context = tr("The claim could not be moved: %1");
    if (anchor.start < 0 || anchor.end < anchor.start) {
        return Status::failure(tr("The passage %1–%2 is not a place in a story.").arg(anchor.start).arg(anchor.end));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE claim SET start_offset = :start, end_offset = :end, exact = :exact, prefix = :prefix, "
                       "suffix = :suffix, anchored = 1, updated = :updated WHERE id = :id"_s)) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    query.bindValue(u":start"_s, anchor.start);
    query.bindValue(u":end"_s, anchor.end);
    query.bindValue(u":exact"_s, nonNull(anchor.exact));
    query.bindValue(u":prefix"_s, nonNull(anchor.prefix));
    query.bindValue(u":suffix"_s, nonNull(anchor.suffix));
    query.bindValue(u":updated"_s, now());
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(context.arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no claim %1 in the library.").arg(id));
    }
    return {};
}

} // namespace Dateline
