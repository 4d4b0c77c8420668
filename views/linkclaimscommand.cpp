// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkclaimscommand.h"

#include "storage/claimlinkstore.h"

namespace Dateline
{

LinkClaimsCommand::LinkClaimsCommand(
    QSqlDatabase db, Action action, const ClaimLink &link, const QString &text, ErrorHandler onError)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_action(action)
    , m_link(link)
    , m_onError(std::move(onError))
{
}

LinkClaimsCommand::~LinkClaimsCommand() = default;

Result<std::unique_ptr<LinkClaimsCommand>> LinkClaimsCommand::link(QSqlDatabase db, qint64 claimId,
    const LinkCandidate &target, ClaimRelation relation, bool fromClaim, const QString &note, ErrorHandler onError)
{
    using R = Result<std::unique_ptr<LinkClaimsCommand>>;
    ClaimStore claims(db);
    qint64 targetId = target.id;
    qint64 createdId = 0;
    if (target.kind == LinkCandidate::Kind::Quote) {
        // A claim already marked on exactly this span stands for the quotation.
        auto existing = claims.claimsOfArticle(target.articleId);
        if (!existing) {
            return R::failure(existing.error());
        }
        targetId = 0;
        for (const Claim &claim : std::as_const(existing.value())) {
            if (claim.anchored && claim.anchor.start == target.start && claim.anchor.end == target.end) {
                targetId = claim.id;
                break;
            }
        }
        if (targetId == 0) {
            NewClaim fresh;
            fresh.articleId = target.articleId;
            fresh.start = target.start;
            fresh.end = target.end;
            fresh.claimantActorId = target.speakerId;
            auto made = claims.add(fresh);
            if (!made) {
                return R::failure(made.error());
            }
            targetId = made.value().id;
            createdId = targetId;
        }
    }
    ClaimLinkStore links(db);
    auto added = fromClaim ? links.add(claimId, targetId, relation, note) : links.add(targetId, claimId, relation, note);
    if (!added) {
        // Leave no claim behind that nobody asked for.
        if (createdId != 0) {
            (void)claims.remove(createdId);
        }
        return R::failure(added.error());
    }
    //: Undo/redo text: linking two claims, with the relation ("Link claims (contradicts)")
    const QString text = tr("Link claims (%1)").arg(ClaimNames::relationPhrase(relation, true));
    std::unique_ptr<LinkClaimsCommand> command(
        new LinkClaimsCommand(std::move(db), Action::Link, added.value(), text, std::move(onError)));
    command->m_createdClaimId = createdId;
    return command;
}

Result<std::unique_ptr<LinkClaimsCommand>> LinkClaimsCommand::unlink(QSqlDatabase db, qint64 linkId, ErrorHandler onError)
{
    using R = Result<std::unique_ptr<LinkClaimsCommand>>;
    auto removed = ClaimLinkStore(db).remove(linkId);
    if (!removed) {
        return R::failure(removed.error());
    }
    //: Undo/redo text: removing the link between two claims
    const QString text = tr("Remove link (%1)").arg(ClaimNames::relationPhrase(removed.value().relation, true));
    return std::unique_ptr<LinkClaimsCommand>(
        new LinkClaimsCommand(std::move(db), Action::Unlink, removed.value(), text, std::move(onError)));
}

void LinkClaimsCommand::undo()
{
    if (m_action == Action::Link) {
        remove();
    } else {
        add();
    }
}

void LinkClaimsCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (m_action == Action::Link) {
        add();
    } else {
        remove();
    }
}

void LinkClaimsCommand::add()
{
    if (m_createdClaimId != 0) {
        if (const Status status = ClaimStore(m_db).restore(m_createdClaim); !status) {
            report(status.error());
            return;
        }
    }
    if (const Status status = ClaimLinkStore(m_db).restore(m_link); !status) {
        report(status.error());
    }
}

void LinkClaimsCommand::remove()
{
    if (auto removed = ClaimLinkStore(m_db).remove(m_link.id); !removed) {
        report(removed.error());
        return;
    }
    if (m_createdClaimId != 0) {
        // The link is gone first, so the snapshot holds the bare claim the quotation gave.
        auto removed = ClaimStore(m_db).remove(m_createdClaimId);
        if (!removed) {
            report(removed.error());
            return;
        }
        m_createdClaim = std::move(removed).value();
    }
}

void LinkClaimsCommand::report(const QString &message) const
{
    if (m_onError) {
        m_onError(message);
    }
}

} // namespace Dateline
