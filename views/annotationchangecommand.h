// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/annotationstore.h"

#include <QList>
#include <QUndoCommand>

namespace Dateline
{

class AnnotationController;

/**
 * Confirm, reject or re-assign of mentions and quotations, as one step of the undo stack. The
 * decisions are taken by the store before the command is pushed; the command keeps what each
 * replaced (AnnotationChange), reverts them in reverse order on undo and applies them again on redo.
 */
class AnnotationChangeCommand : public QUndoCommand
{
public:
    AnnotationChangeCommand(AnnotationController *controller, QList<AnnotationChange> changes, const QString &text);
    ~AnnotationChangeCommand() override;

    void undo() override;
    void redo() override;

    [[nodiscard]] const QList<AnnotationChange> &changes() const { return m_changes; }

private:
    AnnotationController *m_controller = nullptr;
    QList<AnnotationChange> m_changes;
    bool m_done = true; ///< the first redo() (from QUndoStack::push) finds the change made already
};

} // namespace Dateline
