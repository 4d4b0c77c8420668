// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/claimstore.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Dateline
{

class ClaimController;

/**
 * One change of claims or tags as a step of the window's undo stack.
 *
 * A step is two functions over the controller's stores, made by the factories below, which keep
 * what the store returned (a ClaimSnapshot, a TagMerge, a TagRemoval, ...) so that undo puts back
 * exactly what the change touched and redo gives rows their old ids again: later steps on the
 * stack name those ids. When the first redo (from QUndoStack::push) fails, the step reports why
 * and makes itself obsolete, so that the stack drops it.
 */
class ClaimCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimCommand)

public:
    using Step = std::function<Status(ClaimController *)>;
    enum class Scope { Claims, Tags };

    ClaimCommand(ClaimController *controller, const QString &text, Step redo, Step undo, Scope scope,
        QList<qint64> articleIds = {});
    ~ClaimCommand() override;

    void redo() override;
    void undo() override;

private:
    void notify() const;

    ClaimController *m_controller = nullptr;
    Step m_redo;
    Step m_undo;
    Scope m_scope = Scope::Claims;
    QList<qint64> m_articleIds;
    bool m_first = true;
};

/// The steps (free functions: each returns a command for QUndoStack::push). `createdId`, when
/// given, receives the id of the row a step creates once it ran.
namespace ClaimCommands
{
ClaimCommand *addClaim(ClaimController *controller, const NewClaim &claim, std::shared_ptr<qint64> createdId);
ClaimCommand *editClaim(ClaimController *controller, qint64 articleId, qint64 claimId, const ClaimFields &before,
    const ClaimFields &after);
ClaimCommand *deleteClaim(ClaimController *controller, qint64 articleId, qint64 claimId);
ClaimCommand *addTagToClaims(ClaimController *controller, const QList<qint64> &claimIds, qint64 tagId);
ClaimCommand *createTag(ClaimController *controller, const QString &name, qint64 parentId, const QString &colour,
    std::shared_ptr<qint64> createdId);
ClaimCommand *renameTag(ClaimController *controller, qint64 tagId, const QString &before, const QString &after);
ClaimCommand *recolourTag(ClaimController *controller, qint64 tagId, const QString &before, const QString &after);
ClaimCommand *moveTag(ClaimController *controller, qint64 tagId, qint64 fromParentId, qint64 toParentId);
ClaimCommand *mergeTags(ClaimController *controller, qint64 fromId, qint64 intoId, const QString &text);
ClaimCommand *deleteTag(ClaimController *controller, qint64 tagId, const QString &text);
} // namespace ClaimCommands

} // namespace Dateline
