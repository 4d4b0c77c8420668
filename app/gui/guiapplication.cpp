// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "librarysetup.h"
#include "views/colorschemefollower.h"
#include "views/librarysession.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
const auto LastLibraryKey = u"library/last"_s;

/// After a refusal: another file to try, or nothing when the person chose to quit.
std::optional<QString> askForAnotherLibrary(const QString &refusedPath, const QString &message)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, GuiApplication::tr("Dateline"),
            GuiApplication::tr("Dateline cannot open the library %1. The file was left as it is.")
                .arg(QDir::toNativeSeparators(refusedPath)));
        box.setInformativeText(message);
        QPushButton *openOther = box.addButton(GuiApplication::tr("Open Another Library…"), QMessageBox::AcceptRole);
        QPushButton *createNew = box.addButton(GuiApplication::tr("Create a New Library…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(GuiApplication::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(openOther);
        box.setEscapeButton(quit);
        box.exec();

        const QString folder = QFileInfo(refusedPath).absolutePath();
        const QString filter = GuiApplication::tr("Dateline libraries (*.dateline);;All files (*)");
        if (box.clickedButton() == openOther) {
            const QString path =
                QFileDialog::getOpenFileName(nullptr, GuiApplication::tr("Open Library"), folder, filter);
            if (!path.isEmpty()) {
                return path;
            }
        } else if (box.clickedButton() == createNew) {
            QString path = QFileDialog::getSaveFileName(
                nullptr, GuiApplication::tr("New Library"), folder, filter, nullptr, QFileDialog::DontConfirmOverwrite);
            if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
                path += u".dateline"_s;
            }
            // A new library never replaces a file, least of all the refused one.
            if (!path.isEmpty() && !QFileInfo::exists(path)) {
                return path;
            }
        } else {
            return std::nullopt;
        }
    }
}
} // namespace

int GuiApplication::run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Dateline: a reader and annotation workbench for geopolitical news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, tr("Open the library file <path> instead of the last one used."), tr("path"));
    parser.addOption(libraryOption);
    parser.process(app);
    // Before any window: message boxes at start follow the scheme too.
    ColorSchemeFollower colorScheme;

    QSettings settings;
    QString path = parser.value(libraryOption);
    if (path.isEmpty()) {
        // The last library, unless it was moved or deleted since: then the default one, rather
        // than a new library created where the old one used to be.
        const QString last = settings.value(LastLibraryKey).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : LibrarySetup::defaultLibraryPath();
    }

    std::unique_ptr<Library> library;
    QString note;
    for (;;) {
        auto opened = LibrarySetup::open(path, &note);
        if (opened.ok()) {
            library = std::move(opened).value();
            break;
        }
        const std::optional<QString> another = askForAnotherLibrary(path, opened.error());
        if (!another) {
            return 1;
        }
        path = *another;
    }
    settings.setValue(LastLibraryKey, library->path());
    settings.sync(); // remembered even if the session ends without a clean quit

    MainWindow window(std::make_unique<LibrarySession>(std::move(library)));
    window.restoreWindowState(settings);
    QObject::connect(&window, &MainWindow::libraryChanged, &window, [&settings](const QString &newPath) {
        settings.setValue(LastLibraryKey, newPath);
        settings.sync();
    });
    if (!note.isEmpty()) {
        window.showNote(note);
    }
    window.show();
    const int status = app.exec();
    window.saveWindowState(settings);
    return status;
}

} // namespace Dateline
