// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeorphancommand.h"

#include "orphansview.h"

namespace Dateline
{

RemoveOrphanCommand::RemoveOrphanCommand(OrphansView *view, AnnotationSnapshot snapshot, const QString &text)
    : QUndoCommand(text)
    , m_view(view)
    , m_snapshot(std::move(snapshot))
{
}

RemoveOrphanCommand::~RemoveOrphanCommand() = default;

void RemoveOrphanCommand::undo()
{
    std::optional<RevisionStore> store = m_view->revisionStore();
    if (!store) {
        return;
    }
    if (const Status restored = store->restoreAnnotation(m_snapshot); !restored) {
        m_view->reportError(restored.error());
    }
    m_view->reload();
}

void RemoveOrphanCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    std::optional<RevisionStore> store = m_view->revisionStore();
    if (!store) {
        return;
    }
    auto removed = store->removeAnnotation(m_snapshot.kind, m_snapshot.id);
    if (!removed) {
        m_view->reportError(removed.error());
    } else {
        m_snapshot = std::move(removed).value();
    }
    m_view->reload();
}

} // namespace Dateline
