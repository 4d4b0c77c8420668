// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
QAction *makeAction(QWidget *window, const QString &objectName, const QString &text, const QKeySequence &shortcut,
    const QString &iconName, const QString &statusTip)
{
    const auto action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    // Icons come from the desktop's theme when it has them; the menus read well without.
    action->setIcon(QIcon::fromTheme(iconName));
    window->addAction(action);
    return action;
}
} // namespace

MainActions::MainActions(QWidget *window, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
{
    m_newLibrary = makeAction(window, u"actionNewLibrary"_s, tr("&New Library…"), QKeySequence(u"Ctrl+Shift+N"_s),
        u"document-new"_s, tr("Create an empty library file and switch to it"));
    m_openLibrary = makeAction(window, u"actionOpenLibrary"_s, tr("&Open Library…"), QKeySequence::Open,
        u"document-open"_s, tr("Switch to another library file"));
    m_importFiles = makeAction(window, u"actionImportFiles"_s, tr("&Import Files…"), QKeySequence(u"Ctrl+I"_s),
        u"document-import"_s, tr("Import story files (plain text or Markdown)"));
    m_importFolder = makeAction(window, u"actionImportFolder"_s, tr("Import &Folder…"), QKeySequence(u"Ctrl+Shift+I"_s),
        u"folder-open"_s, tr("Import every story file in a folder"));
    m_quit = makeAction(
        window, u"actionQuit"_s, tr("&Quit"), QKeySequence(u"Ctrl+Q"_s), u"application-exit"_s, tr("Close Dateline"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_find = makeAction(window, u"actionFind"_s, tr("&Find"), QKeySequence::Find, u"edit-find"_s,
        tr("Search the stories of this library"));
    m_about = makeAction(window, u"actionAbout"_s, tr("&About Dateline"), QKeySequence(), u"help-about"_s,
        tr("What Dateline is, its version and the open library"));
    m_about->setMenuRole(QAction::AboutRole);

    // The stack's own actions: their text names the step ("Undo Reject 1 Mention").
    m_undo = undoStack->createUndoAction(window, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    window->addAction(m_undo);
    m_redo = undoStack->createRedoAction(window, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    // The platform's Redo first; Ctrl+Shift+Z everywhere, as people coming from other editors expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(u"Ctrl+Shift+Z"_s))) {
        redoKeys << QKeySequence(u"Ctrl+Shift+Z"_s);
    }
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    window->addAction(m_redo);

    m_settings = makeAction(window, u"actionSettings"_s, tr("&Settings…"), QKeySequence::Preferences, u"configure"_s,
        tr("Choose the reader's colour theme"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_reanalyseStory =
        makeAction(window, u"actionReanalyseStory"_s, tr("Re-analyse &Story"), QKeySequence(u"Ctrl+Shift+R"_s),
            u"view-refresh"_s, tr("Find the actors and quotations of this story again; your decisions stay"));
    m_reanalyseLibrary = makeAction(window, u"actionReanalyseLibrary"_s, tr("Re-analyse &Library…"), QKeySequence(),
        u"view-refresh"_s, tr("Find the actors and quotations of every story again; your decisions stay"));

    m_markClaim = makeAction(window, u"actionMarkClaim"_s, tr("&Mark Claim…"), QKeySequence(u"Ctrl+M"_s),
        u"bookmark-new"_s, tr("Make the words selected in the story a claim: who claims it, tags, status"));
    m_editClaim = makeAction(window, u"actionEditClaim"_s, tr("&Edit Claim…"), QKeySequence(u"Ctrl+Shift+E"_s),
        u"document-edit"_s, tr("Edit the claim chosen in the annotation dock or under the cursor"));
    m_tagManager = makeAction(window, u"actionTagManager"_s, tr("&Tag Manager…"), QKeySequence(u"Ctrl+Shift+G"_s),
        u"tag"_s, tr("Rename, colour, nest, merge and delete the tags of the library"));
}

MainActions::~MainActions() = default;

void MainActions::buildMenus(
    QMenuBar *menuBar, const QList<QAction *> &annotationActions, const QList<QAction *> &viewActions) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addAction(m_newLibrary);
    file->addAction(m_openLibrary);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *annotations = menuBar->addMenu(tr("&Annotations"));
    annotations->setObjectName(u"menuAnnotations"_s);
    annotations->addAction(m_reanalyseStory);
    annotations->addAction(m_reanalyseLibrary);
    if (!annotationActions.isEmpty()) {
        annotations->addSeparator();
        annotations->addActions(annotationActions);
    }

    QMenu *claims = menuBar->addMenu(tr("&Claims"));
    claims->setObjectName(u"menuClaims"_s);
    claims->addAction(m_markClaim);
    claims->addAction(m_editClaim);
    claims->addSeparator();
    claims->addAction(m_tagManager);

    if (!viewActions.isEmpty()) {
        QMenu *view = menuBar->addMenu(tr("&View"));
        view->setObjectName(u"menuView"_s);
        view->addActions(viewActions);
    }

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_about);
}

void MainActions::setImportRunning(bool running)
{
    m_importRunning = running;
    setReanalysisRunning(m_reanalysisRunning);
}

void MainActions::setReanalysisRunning(bool running)
{
    m_reanalysisRunning = running;
    // One writer at a time: an import and a re-analysis each hold a connection that writes.
    const bool busy = m_importRunning || m_reanalysisRunning;
    m_newLibrary->setEnabled(!busy);
    m_openLibrary->setEnabled(!busy);
    m_importFiles->setEnabled(!busy);
    m_importFolder->setEnabled(!busy);
    m_reanalyseStory->setEnabled(!busy);
    m_reanalyseLibrary->setEnabled(!busy);
}

} // namespace Dateline
