// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QUndoCommand>

namespace Dateline
{

class AnnotationController;

/// "Add alias…" as a step of the undo stack: redo stores the alias, undo removes it again.
class AliasCommand : public QUndoCommand
{
public:
    AliasCommand(AnnotationController *controller, Alias alias, const QString &text);
    ~AliasCommand() override;

    void undo() override;
    void redo() override;

    /// The stored alias' row, 0 while undone or when storing failed.
    [[nodiscard]] qint64 aliasId() const { return m_alias.id; }

private:
    AnnotationController *m_controller = nullptr;
    Alias m_alias;
};

} // namespace Dateline
