// SPDX-License-Identifier: GPL-3.0-or-later
#include "aliascommand.h"

#include "annotationcontroller.h"
#include "storage/actorstore.h"

namespace Dateline
{

AliasCommand::AliasCommand(AnnotationController *controller, Alias alias, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_alias(std::move(alias))
{
}

AliasCommand::~AliasCommand() = default;

void AliasCommand::redo()
{
    ActorStore *actors = m_controller->actors();
    if (!actors) {
        return;
    }
    m_alias.id = 0;
    const auto stored = actors->addAlias(m_alias);
    if (!stored.ok()) {
        m_controller->reportError(stored.error());
        setObsolete(true);
        return;
    }
    m_alias.id = stored.value();
}

void AliasCommand::undo()
{
    ActorStore *actors = m_controller->actors();
    if (!actors || m_alias.id == 0) {
        return;
    }
    if (const Status status = actors->removeAlias(m_alias.id); !status.ok()) {
        m_controller->reportError(status.error());
    }
    m_alias.id = 0;
}

} // namespace Dateline
