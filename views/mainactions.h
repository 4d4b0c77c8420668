// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QUndoStack;
class QWidget;

namespace Dateline
{

/**
 * The main window's actions with their shortcuts, and the menus that hold them. The window
 * connects each action to what it does; tests trigger them by object name.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    /// The actions are added to `window`, so that their shortcuts work wherever focus is.
    /// Undo and Redo follow `undoStack` (the window's one stack of annotation changes).
    MainActions(QWidget *window, QUndoStack *undoStack, QObject *parent = nullptr);
    ~MainActions() override;

    /// File, Edit, Annotations (with `annotationActions` after the re-analysis), Claims (object
    /// name "menuClaims": Mark Claim, Edit Claim, Tag Manager, then what other views add to it),
    /// View (with `viewActions`) and Help.
    void buildMenus(QMenuBar *menuBar, const QList<QAction *> &annotationActions = {},
        const QList<QAction *> &viewActions = {}) const;

    [[nodiscard]] QAction *newLibrary() const { return m_newLibrary; }
    [[nodiscard]] QAction *openLibrary() const { return m_openLibrary; }
    [[nodiscard]] QAction *importFiles() const { return m_importFiles; }
    [[nodiscard]] QAction *importFolder() const { return m_importFolder; }
    [[nodiscard]] QAction *quit() const { return m_quit; }
    [[nodiscard]] QAction *find() const { return m_find; }
    [[nodiscard]] QAction *about() const { return m_about; }
    [[nodiscard]] QAction *undo() const { return m_undo; }
    [[nodiscard]] QAction *redo() const { return m_redo; }
    [[nodiscard]] QAction *settings() const { return m_settings; }
    [[nodiscard]] QAction *reanalyseStory() const { return m_reanalyseStory; }
    [[nodiscard]] QAction *reanalyseLibrary() const { return m_reanalyseLibrary; }
    [[nodiscard]] QAction *markClaim() const { return m_markClaim; }
    [[nodiscard]] QAction *editClaim() const { return m_editClaim; }
    [[nodiscard]] QAction *tagManager() const { return m_tagManager; }

    /// Import and library switching are off while an import runs.
    void setImportRunning(bool running);
    /// Re-analysis, import and library switching are off while a re-analysis runs.
    void setReanalysisRunning(bool running);

private:
    QAction *m_newLibrary = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_about = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_reanalyseStory = nullptr;
    QAction *m_reanalyseLibrary = nullptr;
    QAction *m_markClaim = nullptr;
    QAction *m_editClaim = nullptr;
    QAction *m_tagManager = nullptr;
    bool m_importRunning = false;
    bool m_reanalysisRunning = false;
};

} // namespace Dateline
