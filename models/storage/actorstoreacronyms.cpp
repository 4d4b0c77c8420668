// SPDX-License-Identifier: GPL-3.0-or-later
// ActorStore's acronym offers: what stories defined, offered to the reader, accepted as aliases
// or dismissed. A file of its own beside actorstore.cpp (actors, aliases, the library gazetteer).
#include "actorstore.h"

#include "actorstore_p.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

AcronymOffer::State offerState(const QString &name)
{
    if (name == u"accepted") {
        return AcronymOffer::State::Accepted;
    }
    if (name == u"dismissed") {
        return AcronymOffer::State::Dismissed;
    }
    return AcronymOffer::State::Offered;
}

} // namespace

Status ActorStore::offerAcronym(const AcronymOffer &offer)
{
    const QString acronym = offer.acronym.trimmed();
    if (acronym.isEmpty()) {
        return Status::failure(tr("An empty acronym cannot be offered."));
    }
    QSqlQuery query(m_db);
    // OR IGNORE: the unique index keeps one offer per acronym and actor, whatever became of it.
    // An acronym the actor has as a name already is no news.
    if (!query.prepare(u"INSERT OR IGNORE INTO acronym_offer (article_id, acronym, expansion, actor_id, language) "
                       "SELECT :article, :acronym, :expansion, :actor, :language WHERE NOT EXISTS "
                       "(SELECT 1 FROM alias WHERE actor_id = :actor2 AND text = :acronym2)"_s)) {
        return Status::failure(tr("The acronym %1 could not be offered: %2").arg(acronym, query.lastError().text()));
    }
    const QVariant actorId = offer.actorId != 0 ? QVariant(offer.actorId) : QVariant();
    query.bindValue(u":article"_s, offer.articleId != 0 ? QVariant(offer.articleId) : QVariant());
    query.bindValue(u":acronym"_s, acronym);
    query.bindValue(u":expansion"_s, nonNull(offer.expansion.simplified()));
    query.bindValue(u":actor"_s, actorId);
    query.bindValue(u":language"_s, nonNull(offer.language));
    query.bindValue(u":actor2"_s, actorId);
    query.bindValue(u":acronym2"_s, acronym);
    if (!query.exec()) {
        return Status::failure(tr("The acronym %1 could not be offered: %2").arg(acronym, query.lastError().text()));
    }
    return {};
}

Result<QList<AcronymOffer>> ActorStore::acronymOffers(qint64 articleId) const
{
    using R = Result<QList<AcronymOffer>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = u"SELECT id, coalesce(article_id, 0), acronym, expansion, coalesce(actor_id, 0), language, "
                        "state FROM acronym_offer WHERE state = 'offered' %1 ORDER BY id"_s;
    if (!query.prepare(sql.arg(articleId != 0 ? u"AND article_id = :article"_s : QString()))) {
        return R::failure(tr("The offered acronyms could not be read: %1").arg(query.lastError().text()));
    }
    if (articleId != 0) {
        query.bindValue(u":article"_s, articleId);
    }
    if (!query.exec()) {
        return R::failure(tr("The offered acronyms could not be read: %1").arg(query.lastError().text()));
    }
    QList<AcronymOffer> offers;
    while (query.next()) {
        AcronymOffer offer;
        offer.id = query.value(0).toLongLong();
        offer.articleId = query.value(1).toLongLong();
        offer.acronym = query.value(2).toString();
        offer.expansion = query.value(3).toString();
        offer.actorId = query.value(4).toLongLong();
        offer.language = query.value(5).toString();
        offer.state = offerState(query.value(6).toString());
        offers.append(offer);
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The offered acronyms could not be read: %1").arg(query.lastError().text()));
    }
    return offers;
}

Result<Alias> ActorStore::acceptAcronym(qint64 offerId)
{
    using R = Result<Alias>;
    auto transaction = beginUnlessOpen(m_db);
    if (transaction && !transaction->status()) {
        return R::failure(transaction->status().error());
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT acronym, expansion, actor_id FROM acronym_offer WHERE id = :id"_s)) {
        return R::failure(tr("The acronym could not be accepted: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, offerId);
    if (!query.exec()) {
        return R::failure(tr("The acronym could not be accepted: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no offered acronym %1 in the library.").arg(offerId));
    }
    Alias alias;
    alias.text = query.value(0).toString();
    alias.kind = Alias::Kind::Acronym;
    const QString expansion = query.value(1).toString();
    alias.actorId = query.value(2).toLongLong();
    query.finish();
    if (alias.actorId == 0) {
        Actor actor;
        actor.name = expansion.isEmpty() ? alias.text : expansion;
        actor.kind = Actor::Kind::Organisation;
        auto added = addActor(actor);
        if (!added) {
            return R::failure(added.error());
        }
        alias.actorId = added.value().id;
    }
    auto stored = this->actor(alias.actorId);
    if (!stored) {
        return R::failure(stored.error());
    }
    alias.actorKey = stored.value().key;
    auto id = addAlias(alias);
    if (!id) {
        return R::failure(id.error());
    }
    alias.id = id.value();
    if (!query.prepare(u"UPDATE acronym_offer SET state = 'accepted', actor_id = :actor WHERE id = :id"_s)) {
        return R::failure(tr("The acronym could not be accepted: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":actor"_s, alias.actorId);
    query.bindValue(u":id"_s, offerId);
    if (!query.exec()) {
        return R::failure(tr("The acronym could not be accepted: %1").arg(query.lastError().text()));
    }
    if (transaction) {
        if (auto committed = transaction->commit(); !committed) {
            return R::failure(committed.error());
        }
    }
    return alias;
}

Status ActorStore::dismissAcronym(qint64 offerId)
{
    return setAcronymOfferState(offerId, u"dismissed"_s, tr("The acronym could not be dismissed: %1"));
}

Status ActorStore::reofferAcronym(qint64 offerId)
{
    return setAcronymOfferState(offerId, u"offered"_s, tr("The acronym could not be offered again: %1"));
}

Status ActorStore::setAcronymOfferState(qint64 offerId, const QString &state, const QString &failure)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE acronym_offer SET state = :state WHERE id = :id"_s)) {
        return Status::failure(failure.arg(query.lastError().text()));
    }
    query.bindValue(u":state"_s, state);
    query.bindValue(u":id"_s, offerId);
    if (!query.exec()) {
        return Status::failure(failure.arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no offered acronym %1 in the library.").arg(offerId));
    }
    return {};
}

} // namespace Dateline
