// SPDX-License-Identifier: GPL-3.0-or-later
#include "newactorcommand.h"

#include "annotationcontroller.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"

namespace Dateline
{

NewActorCommand::NewActorCommand(AnnotationController *controller, Actor actor, qint64 articleId, qsizetype start,
    qsizetype end, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_actor(std::move(actor))
    , m_articleId(articleId)
    , m_start(start)
    , m_end(end)
{
}

NewActorCommand::~NewActorCommand() = default;

void NewActorCommand::redo()
{
    ActorStore *actors = m_controller->actors();
    AnnotationStore *annotations = m_controller->annotations();
    if (!actors || !annotations) {
        return;
    }
    Actor fresh = m_actor;
    fresh.id = 0;
    fresh.key.clear();
    const auto added = actors->addActor(fresh);
    if (!added.ok()) {
        m_controller->reportError(added.error());
        setObsolete(true);
        return;
    }
    m_actorId = added.value().id;
    if (m_articleId != 0 && m_start >= 0 && m_end > m_start) {
        const auto mention = annotations->addUserMention(m_articleId, m_actorId, m_start, m_end);
        if (!mention.ok()) {
            m_controller->reportError(mention.error());
        }
        m_controller->annotationsChanged(m_articleId);
    }
}

void NewActorCommand::undo()
{
    ActorStore *actors = m_controller->actors();
    if (!actors || m_actorId == 0) {
        return;
    }
    // Removing the actor removes its aliases and mentions with it.
    if (const Status status = actors->removeActor(m_actorId); !status.ok()) {
        m_controller->reportError(status.error());
    }
    m_actorId = 0;
    if (m_articleId != 0) {
        m_controller->annotationsChanged(m_articleId);
    }
}

} // namespace Dateline
