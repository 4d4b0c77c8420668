// SPDX-License-Identifier: GPL-3.0-or-later
#include "acronymoffercommand.h"

#include "librarysession.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

QString commandText(AcronymOfferCommand::Decision decision, const AcronymOffer &offer)
{
    return decision == AcronymOfferCommand::Decision::Accept
        ? AcronymOfferCommand::tr("Accept acronym %1").arg(offer.acronym)
        : AcronymOfferCommand::tr("Dismiss acronym %1").arg(offer.acronym);
}

} // namespace

AcronymOfferCommand::AcronymOfferCommand(
    SessionProvider session, const AcronymOffer &offer, Decision decision, Listener changed)
    : QUndoCommand(commandText(decision, offer))
    , m_session(std::move(session))
    , m_offer(offer)
    , m_decision(decision)
    , m_changed(std::move(changed))
{
}

AcronymOfferCommand::~AcronymOfferCommand() = default;

AcronymOfferCommand *AcronymOfferCommand::perform(
    SessionProvider session, const AcronymOffer &offer, Decision decision, Listener changed, QString *error)
{
    auto command = std::unique_ptr<AcronymOfferCommand>(
        new AcronymOfferCommand(std::move(session), offer, decision, std::move(changed)));
    const Status status = command->apply();
    if (!status) {
        if (error) {
            *error = status.error();
        }
        return nullptr;
    }
    return command.release();
}

Status AcronymOfferCommand::apply()
{
    LibrarySession *session = m_session ? m_session() : nullptr;
    if (!session) {
        return Status::failure(tr("No library is open."));
    }
    ActorStore &actors = session->actors();
    if (m_decision == Decision::Dismiss) {
        return actors.dismissAcronym(m_offer.id);
    }
    const auto alias = actors.acceptAcronym(m_offer.id);
    if (!alias) {
        return Status::failure(alias.error());
    }
    m_aliasId = alias.value().id;
    m_createdActorId = m_offer.actorId == 0 ? alias.value().actorId : 0;
    return {};
}

Status AcronymOfferCommand::revert()
{
    LibrarySession *session = m_session ? m_session() : nullptr;
    if (!session) {
        return Status::failure(tr("No library is open."));
    }
    ActorStore &actors = session->actors();
    if (m_decision == Decision::Dismiss) {
        return actors.reofferAcronym(m_offer.id);
    }
    if (m_createdActorId == 0) {
        if (const Status removed = actors.removeAlias(m_aliasId); !removed) {
            return removed;
        }
        return actors.reofferAcronym(m_offer.id);
    }
    // The organisation the acceptance created goes with its alias, and its offer with it (the
    // offer names the actor, ON DELETE CASCADE): the same offer is made again, under a new id.
    if (const Status removed = actors.removeActor(m_createdActorId); !removed) {
        return removed;
    }
    if (const Status offered = actors.offerAcronym(m_offer); !offered) {
        return offered;
    }
    const auto waiting = actors.acronymOffers(m_offer.articleId);
    if (!waiting) {
        return Status::failure(waiting.error());
    }
    for (const AcronymOffer &offer : waiting.value()) {
        if (offer.acronym == m_offer.acronym && offer.actorId == 0 &&
            offer.expansion.compare(m_offer.expansion.simplified(), Qt::CaseInsensitive) == 0) {
            m_offer.id = offer.id;
            break;
        }
    }
    m_aliasId = 0;
    m_createdActorId = 0;
    return {};
}

void AcronymOfferCommand::undo()
{
    const Status status = revert();
    if (m_changed) {
        m_changed(status ? QString() : status.error());
    }
}

void AcronymOfferCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status status = apply();
    if (m_changed) {
        m_changed(status ? QString() : status.error());
    }
}

} // namespace Dateline
