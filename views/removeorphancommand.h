// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/revisionstore.h"

#include <QUndoCommand>

namespace Dateline
{

class OrphansView;

/**
 * Deleting an orphaned claim, quotation or mention, as one step of the undo stack. The view
 * deletes it before pushing the command (RevisionStore::removeAnnotation); undo puts the rows back
 * with their ids, tags, links and relay chain (restoreAnnotation), redo deletes them again.
 */
class RemoveOrphanCommand : public QUndoCommand
{
public:
    RemoveOrphanCommand(OrphansView *view, AnnotationSnapshot snapshot, const QString &text);
    ~RemoveOrphanCommand() override;

    void undo() override;
    void redo() override;

private:
    OrphansView *m_view = nullptr;
    AnnotationSnapshot m_snapshot;
    bool m_done = true; ///< the first redo() (from QUndoStack::push) finds the deletion made already
};

} // namespace Dateline
