// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenuBar;
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
    explicit MainActions(QWidget *window, QObject *parent = nullptr);
    ~MainActions() override;

    void buildMenus(QMenuBar *menuBar) const;

    [[nodiscard]] QAction *newLibrary() const { return m_newLibrary; }
    [[nodiscard]] QAction *openLibrary() const { return m_openLibrary; }
    [[nodiscard]] QAction *importFiles() const { return m_importFiles; }
    [[nodiscard]] QAction *importFolder() const { return m_importFolder; }
    [[nodiscard]] QAction *quit() const { return m_quit; }
    [[nodiscard]] QAction *find() const { return m_find; }
    [[nodiscard]] QAction *about() const { return m_about; }

    /// Import and library switching are off while an import runs.
    void setImportRunning(bool running);

private:
    QAction *m_newLibrary = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Dateline
