// SPDX-License-Identifier: GPL-3.0-or-later
// dateline: with a command (import, list, show, search, stats, ...) it runs headless with a
// QCoreApplication; without one it opens the window.
#include "cli/commandline.h"
#include "gui/guiapplication.h"
#include "librarysetup.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    if (Dateline::CommandLine::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        Dateline::LibrarySetup::setApplicationIdentity();
        Dateline::LibrarySetup::installTranslators(app);
        return Dateline::CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    Dateline::LibrarySetup::setApplicationIdentity();
    Dateline::LibrarySetup::installTranslators(app);
    return Dateline::GuiApplication::run(app);
}
