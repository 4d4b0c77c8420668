// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/revisionstore.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QLabel;
class QTreeView;

namespace Dateline
{

class MainWindow;
class OrphansModel;
struct ImportReport;

/**
 * "Orphaned Annotations": a dock listing the claims, quotations and mentions that lost their
 * place when their story changed (OrphansModel), with the story and the old text. Double-click
 * (or Open Story) shows the story in the main window; Delete removes the selected orphan as an
 * undoable step on the window's QUndoStack.
 *
 * It belongs to the main window, which creates it once: the dock adds itself to the window (at
 * the bottom, hidden) and its toggle action to the View menu, reads the window's library when
 * shown, and reads it again after an import that revised stories, an undo or redo, or a change
 * of library.
 */
class OrphansView : public QDockWidget
{
    Q_OBJECT

public:
    explicit OrphansView(MainWindow *window);
    ~OrphansView() override;

    /// Reads the orphans again (when the dock is shown; otherwise when it is next shown).
    void reload();
    [[nodiscard]] OrphansModel *model() const { return m_model; }
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *openAction() const { return m_openAction; }

    /// The store over the window's open library; none while no library is open.
    [[nodiscard]] std::optional<RevisionStore> revisionStore() const;
    /// Shows a failure in the dock's status line.
    void reportError(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openCurrent();
    void deleteCurrent();
    void importFinished(const ImportReport &report);
    void updateStatus();

    MainWindow *m_window = nullptr;
    OrphansModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QString m_modelConnection; ///< the library the model reads
    bool m_stale = true;
};

} // namespace Dateline
