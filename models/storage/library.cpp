// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// "DTLN", written by 001_initial.sql: a SQLite file with another id belongs to another program.
constexpr qint64 DatelineApplicationId = 1146375246;

QString nextConnectionName(QStringView kind)
{
    static std::atomic<quint64> counter = 0;
    return u"dateline-%1-%2"_s.arg(kind).arg(++counter);
}

/// Removes a connection properly: every QSqlDatabase copy must be gone before removeDatabase, or
/// Qt warns that the connection is still in use.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

/// What a read-only look at an existing file found.
struct Inspection {
    int version = 0;
    bool empty = false; ///< a SQLite file with no schema at all: a library to create
};

/// Looks at an existing SQLite file through the read-only connection `name` and says whether
/// Dateline may open it. The caller removes the connection.
Result<Inspection> inspect(const QString &name, const QString &path, int latest, bool small, Library::OpenMode mode)
{
    using R = Result<Inspection>;
    const QString shown = QDir::toNativeSeparators(path);
    const auto damaged = [&](const QString &why) {
        return R::failure(Library::tr("%1 is damaged and was not opened (%2). It was left unchanged; restore it "
                                      "from a copy or open another library.")
                              .arg(shown, why));
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (QFileInfo::exists(path + u"-wal"_s)) {
        // Open elsewhere, or left by a crash: the log may hold the newest pages, so read through it.
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    } else {
        // No log beside the file: "immutable" reads it as it stands, without creating the -wal and
        // -shm files that a read-only connection to a WAL file would otherwise leave behind.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    }
    if (!db.open()) {
        return damaged(db.lastError().text());
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return damaged(sqlError(query));
    }
    Inspection found;
    found.version = query.value(0).toInt();
    query.finish();
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
        return damaged(sqlError(query));
    }
    const qint64 applicationId = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next()) {
        return damaged(sqlError(query));
    }
    const qint64 schemaObjects = query.value(0).toLongLong();
    query.finish();

    if (found.version > latest) {
        return R::failure(Library::tr("%1 was written by a newer version of Dateline (library format %2); this "
                                      "version reads formats up to %3. Open it with a newer Dateline. It was left "
                                      "unchanged.")
                              .arg(shown)
                              .arg(found.version)
                              .arg(latest));
    }
    if (applicationId != 0 && applicationId != DatelineApplicationId) {
        return R::failure(
            Library::tr("%1 is a SQLite database of another program, not a Dateline library. It was left unchanged.")
                .arg(shown));
    }
    if (found.version == 0 && schemaObjects > 0) {
        return R::failure(
            Library::tr("%1 is a SQLite database but not a Dateline library. It was left unchanged.").arg(shown));
    }
    found.empty = found.version == 0;
    if (mode == Library::OpenMode::OpenAgain) {
        if (found.version < latest) {
            return R::failure(Library::tr("%1 must be brought up to library format %2 before a second connection "
                                          "can use it. It was left unchanged.")
                                  .arg(shown)
                                  .arg(latest));
        }
        return found;
    }
    // A full check reads every page: always for a small file, and before any migration, the one
    // time Dateline rewrites much of a file. A large library skips it to open at once; SQLite
    // still reports damage it meets later as a query error.
    if (found.version < latest || small) {
        if (!query.exec(u"PRAGMA quick_check"_s)) {
            return damaged(sqlError(query));
        }
        if (query.next() && query.value(0).toString() != u"ok"_s) {
            return damaged(query.value(0).toString());
        }
        if (query.lastError().isValid()) {
            return damaged(sqlError(query));
        }
    }
    return found;
}

/// Sets up the read-write connection `name`: pragmas, a backup and the migrations, then WAL.
/// Returns the backup's path (empty when no migration ran). Every QSqlDatabase copy it makes is
/// gone when it returns, so that the caller can close the connection on failure.
Result<QString> prepareConnection(
    const QString &name, const QString &path, int version, const QList<Migration> &migrations)
{
    using R = Result<QString>;
    const QString shown = QDir::toNativeSeparators(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    if (!db.open()) {
        return R::failure(Library::tr("%1 could not be opened: %2").arg(shown, db.lastError().text()));
    }
    QSqlQuery query(db);
    for (const QString &pragma : { u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA foreign_keys = ON"_s }) {
        if (!query.exec(pragma)) {
            return R::failure(Library::tr("%1 could not be opened: %2").arg(shown, sqlError(query)));
        }
    }

    QString backup;
    if (version > 0 && version < Migrations::latestVersion(migrations)) {
        // Keep a copy before the first change. VACUUM INTO writes a clean, complete copy even
        // when the file is in WAL mode with pages still in the log.
        const QString base = u"%1.v%2"_s.arg(path).arg(version);
        backup = base + u".bak"_s;
        for (int n = 2; QFileInfo::exists(backup); ++n) {
            backup = u"%1-%2.bak"_s.arg(base).arg(n);
        }
        const bool prepared = query.prepare(u"VACUUM INTO :path"_s);
        query.bindValue(u":path"_s, backup);
        if (!prepared || !query.exec()) {
            QFile::remove(backup);
            return R::failure(Library::tr("%1 was not updated, because a copy of it could not be kept first: %2")
                                  .arg(shown, sqlError(query)));
        }
    }

    if (auto migrated = Migrations::migrate(db, migrations); !migrated) {
        return R::failure(Library::tr("%1: %2 The file was left as it was.").arg(shown, migrated.error()));
    }

    // WAL only after the migrations: a failed step in a file still in rollback-journal mode
    // must leave its header exactly as it was.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next() ||
        query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return R::failure(
            Library::tr("%1 could not be switched to write-ahead logging: %2").arg(shown, sqlError(query)));
    }
    query.finish();
    // NORMAL is safe in WAL mode (a power cut loses at most the last commits, never the file);
    // OFF could corrupt it.
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s)) {
        return R::failure(Library::tr("%1 could not be opened: %2").arg(shown, sqlError(query)));
    }
    return backup;
}

} // namespace

Library::Library(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Library::~Library()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Library::schemaVersion()
{
    return Migrations::latestVersion(Migrations::builtIn());
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode)
{
    return open(path, mode, Migrations::builtIn());
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode, const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Library>>;
    const QString shown = QDir::toNativeSeparators(path);
    const int latest = Migrations::latestVersion(migrations);
    if (latest == 0) {
        return R::failure(tr("This build of Dateline has no schema steps; it cannot open %1.").arg(shown));
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return R::failure(tr("Qt's SQLite driver (QSQLITE) is missing, so no library can be opened."));
    }

    // FTS5 is probed on a connection of its own in memory, so that a missing module is found
    // before anything touches the file.
    {
        static const bool hasFts5 = [] {
            const QString name = nextConnectionName(u"fts5-probe");
            bool ok = false;
            {
                QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                probe.setDatabaseName(u":memory:"_s);
                if (probe.open()) {
                    QSqlQuery query(probe);
                    ok = query.exec(u"CREATE VIRTUAL TABLE probe USING fts5(text)"_s);
                }
            }
            dropConnection(name);
            return ok;
        }();
        if (!hasFts5) {
            return R::failure(tr("The SQLite library on this system has no full-text search (FTS5), which Dateline "
                                 "needs. Install a SQLite built with FTS5."));
        }
    }

    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && !info.isFile()) {
        return R::failure(tr("%1 is not a file, so it cannot be a library.").arg(shown));
    }
    if (!existed && mode != OpenMode::OpenOrCreate) {
        return R::failure(tr("The library %1 does not exist.").arg(shown));
    }

    bool isNew = !existed || info.size() == 0;
    int version = 0;
    if (!isNew) {
        // Look at the header ourselves first: SQLite would happily set WAL mode on (write to)
        // whatever file it is given.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return R::failure(tr("%1 could not be read: %2").arg(shown, file.errorString()));
        }
        const QByteArray header = file.read(16);
        file.close();
        if (header != QByteArray("SQLite format 3\0", 16)) {
            return R::failure(
                tr("%1 is not a Dateline library: it is not a SQLite database. It was left unchanged.").arg(shown));
        }

        // Then a read-only connection for everything else: a refused file is never written.
        const QString inspectName = nextConnectionName(u"inspect");
        auto found = inspect(inspectName, path, latest, info.size() <= Library::QuickCheckLimit, mode);
        dropConnection(inspectName);
        if (!found) {
            return R::failure(found.error());
        }
        version = found.value().version;
        isNew = found.value().empty;
    } else if (!existed) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder)) {
            return R::failure(
                tr("The folder %1 could not be created for the library.").arg(QDir::toNativeSeparators(folder)));
        }
    }

    const QString name = nextConnectionName(u"library");
    std::unique_ptr<Library> library(new Library(path, name));
    library->m_isNew = isNew;
    auto prepared = prepareConnection(name, path, isNew ? 0 : version, migrations);
    if (!prepared) {
        // Close the connection first (the destructor does), then remove a file this call created,
        // so that a failure leaves nothing behind.
        library.reset();
        if (!existed) {
            QFile::remove(path);
        }
        return R::failure(prepared.error());
    }
    library->m_backupPath = prepared.value();
    return R(std::move(library));
}

} // namespace Dateline
