// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommands.h"

#include "claimcontroller.h"
#include "storage/tagstore.h"

#include <optional>

namespace Dateline
{

ClaimCommand::ClaimCommand(ClaimController *controller, const QString &text, Step redo, Step undo, Scope scope,
    QList<qint64> articleIds)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_scope(scope)
    , m_articleIds(std::move(articleIds))
{
}

ClaimCommand::~ClaimCommand() = default;

void ClaimCommand::redo()
{
    const bool first = m_first;
    m_first = false;
    if (!m_controller->claims() || !m_controller->tags()) {
        setObsolete(first);
        return;
    }
    const Status status = m_redo(m_controller);
    if (!status.ok()) {
        m_controller->reportError(status.error());
        // Nothing changed: the stack drops a step that never happened.
        if (first) {
            setObsolete(true);
            return;
        }
    }
    notify();
}

void ClaimCommand::undo()
{
    if (!m_controller->claims() || !m_controller->tags()) {
        return;
    }
    if (const Status status = m_undo(m_controller); !status.ok()) {
        m_controller->reportError(status.error());
    }
    notify();
}

void ClaimCommand::notify() const
{
    // A tag's name or colour shows on every claim that carries it: tag steps refresh all claims.
    if (m_scope == Scope::Tags) {
        m_controller->notifyTagsChanged();
        m_controller->notifyClaimsChanged({});
    } else {
        m_controller->notifyClaimsChanged(m_articleIds);
        // Counts in the tag tree follow the claims.
        m_controller->notifyTagsChanged();
    }
}

namespace ClaimCommands
{

ClaimCommand *addClaim(ClaimController *controller, const NewClaim &claim, std::shared_ptr<qint64> createdId)
{
    struct State {
        NewClaim claim;
        qint64 id = 0;
        std::optional<ClaimSnapshot> removed;
        std::shared_ptr<qint64> out;
    };
    const auto state = std::make_shared<State>(State { claim, 0, std::nullopt, std::move(createdId) });
    const auto redo = [state](ClaimController *c) -> Status {
        if (state->removed) {
            // Back with its id: later steps (tags, links) name it.
            const Status status = c->claims()->restore(*state->removed);
            if (status.ok()) {
                state->removed.reset();
            }
            return status;
        }
        const auto added = c->claims()->add(state->claim);
        if (!added.ok()) {
            return Status::failure(added.error());
        }
        state->id = added.value().id;
        if (state->out) {
            *state->out = state->id;
        }
        return {};
    };
    const auto undo = [state](ClaimController *c) -> Status {
        auto removed = c->claims()->remove(state->id);
        if (!removed.ok()) {
            return Status::failure(removed.error());
        }
        state->removed = std::move(removed).value();
        return {};
    };
    return new ClaimCommand(
        controller, ClaimCommand::tr("Mark Claim"), redo, undo, ClaimCommand::Scope::Claims, { claim.articleId });
}

ClaimCommand *editClaim(ClaimController *controller, qint64 articleId, qint64 claimId, const ClaimFields &before,
    const ClaimFields &after)
{
    const auto redo = [claimId, after](ClaimController *c) { return c->claims()->setFields(claimId, after); };
    const auto undo = [claimId, before](ClaimController *c) { return c->claims()->setFields(claimId, before); };
    return new ClaimCommand(
        controller, ClaimCommand::tr("Edit Claim"), redo, undo, ClaimCommand::Scope::Claims, { articleId });
}

ClaimCommand *deleteClaim(ClaimController *controller, qint64 articleId, qint64 claimId)
{
    const auto snapshot = std::make_shared<ClaimSnapshot>();
    const auto redo = [claimId, snapshot](ClaimController *c) -> Status {
        auto removed = c->claims()->remove(claimId);
        if (!removed.ok()) {
            return Status::failure(removed.error());
        }
        *snapshot = std::move(removed).value();
        return {};
    };
    const auto undo = [snapshot](ClaimController *c) { return c->claims()->restore(*snapshot); };
    return new ClaimCommand(
        controller, ClaimCommand::tr("Delete Claim"), redo, undo, ClaimCommand::Scope::Claims, { articleId });
}

ClaimCommand *addTagToClaims(ClaimController *controller, const QList<qint64> &claimIds, qint64 tagId)
{
    const auto change = std::make_shared<BulkTagChange>();
    const auto redo = [claimIds, tagId, change](ClaimController *c) -> Status {
        auto added = c->claims()->addTag(claimIds, tagId);
        if (!added.ok()) {
            return Status::failure(added.error());
        }
        *change = std::move(added).value();
        return {};
    };
    const auto undo = [change](ClaimController *c) { return c->claims()->removeTag(*change); };
    return new ClaimCommand(controller,
        ClaimCommand::tr("Tag %n Claim(s) “%1”", nullptr, int(claimIds.size())).arg(controller->tagPath(tagId)), redo,
        undo, ClaimCommand::Scope::Claims);
}

ClaimCommand *createTag(ClaimController *controller, const QString &name, qint64 parentId, const QString &colour,
    std::shared_ptr<qint64> createdId)
{
    struct State {
        qint64 id = 0;
        std::optional<TagRemoval> removed;
        std::shared_ptr<qint64> out;
    };
    const auto state = std::make_shared<State>(State { 0, std::nullopt, std::move(createdId) });
    const auto redo = [state, name, parentId, colour](ClaimController *c) -> Status {
        if (state->removed) {
            const Status status = c->tags()->restore(*state->removed);
            if (status.ok()) {
                state->removed.reset();
            }
            return status;
        }
        const auto created = c->tags()->create(name, parentId, colour);
        if (!created.ok()) {
            return Status::failure(created.error());
        }
        state->id = created.value().id;
        if (state->out) {
            *state->out = state->id;
        }
        return {};
    };
    const auto undo = [state](ClaimController *c) -> Status {
        auto removed = c->tags()->remove(state->id);
        if (!removed.ok()) {
            return Status::failure(removed.error());
        }
        state->removed = std::move(removed).value();
        return {};
    };
    return new ClaimCommand(
        controller, ClaimCommand::tr("New Tag “%1”").arg(name), redo, undo, ClaimCommand::Scope::Tags);
}

ClaimCommand *renameTag(ClaimController *controller, qint64 tagId, const QString &before, const QString &after)
{
    const auto redo = [tagId, after](ClaimController *c) { return c->tags()->rename(tagId, after); };
    const auto undo = [tagId, before](ClaimController *c) { return c->tags()->rename(tagId, before); };
    return new ClaimCommand(controller, ClaimCommand::tr("Rename Tag “%1” to “%2”").arg(before, after), redo, undo,
        ClaimCommand::Scope::Tags);
}

ClaimCommand *recolourTag(ClaimController *controller, qint64 tagId, const QString &before, const QString &after)
{
    const auto redo = [tagId, after](ClaimController *c) { return c->tags()->setColour(tagId, after); };
    const auto undo = [tagId, before](ClaimController *c) { return c->tags()->setColour(tagId, before); };
    return new ClaimCommand(controller, ClaimCommand::tr("Colour Tag “%1”").arg(controller->tagPath(tagId)), redo,
        undo, ClaimCommand::Scope::Tags);
}

ClaimCommand *moveTag(ClaimController *controller, qint64 tagId, qint64 fromParentId, qint64 toParentId)
{
    const auto redo = [tagId, toParentId](ClaimController *c) { return c->tags()->move(tagId, toParentId); };
    const auto undo = [tagId, fromParentId](ClaimController *c) { return c->tags()->move(tagId, fromParentId); };
    return new ClaimCommand(controller, ClaimCommand::tr("Move Tag “%1”").arg(controller->tagPath(tagId)), redo, undo,
        ClaimCommand::Scope::Tags);
}

ClaimCommand *mergeTags(ClaimController *controller, qint64 fromId, qint64 intoId, const QString &text)
{
    const auto merge = std::make_shared<TagMerge>();
    const auto redo = [fromId, intoId, merge](ClaimController *c) -> Status {
        auto merged = c->tags()->merge(fromId, intoId);
        if (!merged.ok()) {
            return Status::failure(merged.error());
        }
        *merge = std::move(merged).value();
        return {};
    };
    const auto undo = [merge](ClaimController *c) { return c->tags()->unmerge(*merge); };
    return new ClaimCommand(controller, text, redo, undo, ClaimCommand::Scope::Tags);
}

ClaimCommand *deleteTag(ClaimController *controller, qint64 tagId, const QString &text)
{
    const auto removal = std::make_shared<TagRemoval>();
    const auto redo = [tagId, removal](ClaimController *c) -> Status {
        auto removed = c->tags()->remove(tagId);
        if (!removed.ok()) {
            return Status::failure(removed.error());
        }
        *removal = std::move(removed).value();
        return {};
    };
    const auto undo = [removal](ClaimController *c) { return c->tags()->restore(*removal); };
    return new ClaimCommand(controller, text, redo, undo, ClaimCommand::Scope::Tags);
}

} // namespace ClaimCommands

} // namespace Dateline
