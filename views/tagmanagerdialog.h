// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QTreeView;

namespace Dateline
{

class ClaimController;

/**
 * The tag manager: the library's tag tree with the number of claims carrying each tag, where a
 * tag is renamed (F2, in place), coloured, moved (drag it onto another tag, or "Move to…"),
 * merged into another tag, or deleted with its sub-tags, everywhere at once. Deleting asks first,
 * naming how many claims carry the tag. Every change is a step of the window's undo stack, and
 * Ctrl+Z in the dialog undoes it.
 */
class TagManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TagManagerDialog(ClaimController *controller, QWidget *parent = nullptr);
    ~TagManagerDialog() override;

    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    /// The tag chosen in the tree, 0 when none.
    [[nodiscard]] qint64 currentTagId() const;
    void selectTag(qint64 tagId);

    [[nodiscard]] QAction *newTagAction() const { return m_new; }
    [[nodiscard]] QAction *renameAction() const { return m_rename; }
    [[nodiscard]] QAction *colourAction() const { return m_colour; }
    [[nodiscard]] QAction *moveAction() const { return m_move; }
    [[nodiscard]] QAction *mergeAction() const { return m_merge; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }

private:
    void askForNewTag();
    void askForColour();
    void askForMoveTarget();
    void askForMergeTarget();
    void confirmDelete();
    void updateActions();
    [[nodiscard]] QStringList pathsExcept(qint64 tagId, bool withDescendants) const;

    ClaimController *m_controller = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_new = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_colour = nullptr;
    QAction *m_clearColour = nullptr;
    QAction *m_move = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    qint64 m_keepTagId = 0; ///< the tag chosen before the model was reset
};

} // namespace Dateline
