// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QUndoCommand>

namespace Dateline
{

class AnnotationController;

/**
 * "New actor…" as a step of the undo stack: redo stores the reader's actor and, when a span of
 * the story was selected, a mention of it there; undo removes both (the actor with its mentions).
 */
class NewActorCommand : public QUndoCommand
{
public:
    NewActorCommand(AnnotationController *controller, Actor actor, qint64 articleId, qsizetype start, qsizetype end,
        const QString &text);
    ~NewActorCommand() override;

    void undo() override;
    void redo() override;

    [[nodiscard]] qint64 actorId() const { return m_actorId; }

private:
    AnnotationController *m_controller = nullptr;
    Actor m_actor;
    qint64 m_articleId = 0;
    qsizetype m_start = -1;
    qsizetype m_end = -1;
    qint64 m_actorId = 0;
};

} // namespace Dateline
