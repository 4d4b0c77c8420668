// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Dateline
{

/**
 * One library file: a SQLite database in WAL mode with foreign keys on, its schema brought up to
 * date by numbered migrations.
 *
 * open() refuses a file written by a newer Dateline, a file that is not a SQLite database and a
 * damaged one, each with a message naming the problem, and never alters such a file. Before a
 * migration changes an existing file it keeps a copy beside it (VACUUM INTO); a failed migration
 * leaves the file as it was. Each Library owns one connection, usable only in the thread that
 * opened it: a worker thread opens the same path again to get its own.
 */
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::Library)

public:
    enum class OpenMode {
        OpenOrCreate,
        OpenExisting,
        /// A further connection to a library this process opened already (a worker thread's):
        /// no full check, which that first open did, and no migration (a file that needs one is
        /// refused).
        OpenAgain,
    };

    static Result<std::unique_ptr<Library>> open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate);
    /// As above with other schema steps than the built-in ones (tests of a failing migration).
    static Result<std::unique_ptr<Library>> open(
        const QString &path, OpenMode mode, const QList<Migration> &migrations);
    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString path() const { return m_path; }
    /// True when open() created the file (the caller may fill a new library with samples).
    [[nodiscard]] bool isNew() const { return m_isNew; }
    /// The copy kept before the last migration, empty when none was needed.
    [[nodiscard]] QString backupPath() const { return m_backupPath; }

    /// The schema version this build writes; files above it are refused.
    [[nodiscard]] static int schemaVersion();

    /// Files up to this size get a full PRAGMA quick_check at every open; larger ones only before
    /// a migration, so that a library of a million stories still opens at once (SQLite reports
    /// damage it meets later as a query error).
    static constexpr qint64 QuickCheckLimit = 32 * 1024 * 1024;

private:
    Library(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    bool m_isNew = false;
};

} // namespace Dateline
