// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysetup.h"

#include "ingest/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace Dateline
{

void LibrarySetup::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("dateline"));
    QCoreApplication::setOrganizationName(QStringLiteral("dateline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));
}

void LibrarySetup::installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    // Qt's own strings (standard buttons, context menus) first, then Dateline's.
    const auto qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
            QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    const auto translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("dateline"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

QString LibrarySetup::defaultLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.dateline");
}

QString LibrarySetup::samplesPath()
{
    return QStringLiteral(":/dateline/samples");
}

Result<std::unique_ptr<Library>> LibrarySetup::open(const QString &path, QString *samplesNote)
{
    const QString libraryPath = path.isEmpty() ? defaultLibraryPath() : path;
    const QFileInfo info(libraryPath);
    if (!QDir().mkpath(info.absolutePath())) {
        return Result<std::unique_ptr<Library>>::failure(
            tr("Cannot create the folder %1 for the library.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    auto library = Library::open(libraryPath);
    if (!library.ok() || !library.value()->isNew()) {
        return library;
    }
    // A new library starts with the sample stories, so that the first window is not empty.
    Importer importer(libraryPath, { samplesPath() });
    const ImportReport report = importer.run();
    if (samplesNote) {
        *samplesNote = report.fatalError.isEmpty()
            ? tr("Created a new library at %1 with the sample stories (%n).", nullptr, report.imported)
                  .arg(QDir::toNativeSeparators(libraryPath))
            : tr("Created a new library at %1, but the sample stories could not be added: %2")
                  .arg(QDir::toNativeSeparators(libraryPath), report.fatalError);
    }
    return library;
}

} // namespace Dateline
