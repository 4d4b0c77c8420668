// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Dateline
{

/**
 * What the window and the command line share at start: the application's identity, its
 * translations, and the library it works on.
 */
class LibrarySetup
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::LibrarySetup)

public:
    /// Application name and version, so that QStandardPaths and QSettings find Dateline's folders.
    static void setApplicationIdentity();
    /// Loads Dateline's and Qt's translations for the system language into `app`.
    static void installTranslators(QCoreApplication &app);
    /// The library used when none is named: AppDataLocation/library.dateline.
    [[nodiscard]] static QString defaultLibraryPath();
    /// The resource folder with the sample stories a new default library starts with.
    [[nodiscard]] static QString samplesPath();
    /**
     * Opens `path` (the default library when empty), creating it when missing. A newly created
     * library is filled with the sample stories; `samplesNote`, if given, receives a line about
     * that. An existing library is never altered beyond its migrations.
     */
    static Result<std::unique_ptr<Library>> open(const QString &path, QString *samplesNote = nullptr);
};

} // namespace Dateline
