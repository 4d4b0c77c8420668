// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
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

MainActions::MainActions(QWidget *window, QObject *parent)
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
}

MainActions::~MainActions() = default;

void MainActions::buildMenus(QMenuBar *menuBar) const
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
    edit->addAction(m_find);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_about);
}

void MainActions::setImportRunning(bool running)
{
    m_newLibrary->setEnabled(!running);
    m_openLibrary->setEnabled(!running);
    m_importFiles->setEnabled(!running);
    m_importFolder->setEnabled(!running);
}

} // namespace Dateline
