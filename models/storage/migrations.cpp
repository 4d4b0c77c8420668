// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sqlitehandle_p.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Status::failure(query.lastError().text());
    }
    return {};
}

} // namespace

const QList<Migration> &Migrations::builtIn()
{
    // Read once: the resource never changes while the program runs.
    static const QList<Migration> migrations = [] {
        auto loaded = load(u":/dateline/sql"_s);
        return loaded ? loaded.value() : QList<Migration>();
    }();
    return migrations;
}

Result<QList<Migration>> Migrations::load(const QString &directory)
{
    static const QRegularExpression pattern(u"^(\\d{3})_[A-Za-z0-9_]+\\.sql$"_s);
    const QDir dir(directory);
    const QStringList names = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QList<Migration> migrations;
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<QList<Migration>>::failure(
                tr("The schema step %1 could not be read: %2").arg(name, file.errorString()));
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = name;
        migration.sql = QString::fromUtf8(file.readAll());
        if (migration.version != migrations.size() + 1) {
            return Result<QList<Migration>>::failure(
                tr("The schema steps are not numbered 1, 2, 3...: %1 comes after step %2.")
                    .arg(name)
                    .arg(migrations.size()));
        }
        migrations.append(migration);
    }
    return migrations;
}

int Migrations::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Result<int> Migrations::userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return Result<int>::failure(tr("The library's format could not be read: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

Status Migrations::runScript(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (handle == nullptr) {
        return Status::failure(tr("The library connection is not an open SQLite connection."));
    }
    // sqlite3_exec runs every statement of the script, triggers included, which QSqlQuery (one
    // statement per exec) cannot do without splitting SQL by hand.
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text =
            message != nullptr ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

Status Migrations::migrate(const QSqlDatabase &db, const QList<Migration> &migrations, int upTo)
{
    const int target = upTo < 0 ? latestVersion(migrations) : std::min(upTo, latestVersion(migrations));
    const auto current = userVersion(db);
    if (!current) {
        return Status::failure(current.error());
    }
    if (current.value() >= target) {
        return {};
    }
    // Foreign keys cannot be switched inside a transaction: off for all steps, back on at the end.
    QSqlQuery pragma(db);
    if (!pragma.exec(u"PRAGMA foreign_keys"_s) || !pragma.next()) {
        return Status::failure(tr("The library could not be updated: %1").arg(pragma.lastError().text()));
    }
    const bool foreignKeys = pragma.value(0).toInt() == 1;
    pragma.finish();
    if (auto off = exec(db, u"PRAGMA foreign_keys = OFF"_s); !off) {
        return off;
    }
    Status status;
    for (const Migration &migration : migrations) {
        if (migration.version <= current.value() || migration.version > target) {
            continue;
        }
        const auto fail = [&](const QString &why) {
            // The step's own error is the one to report; a failed ROLLBACK leaves nothing more to do.
            static_cast<void>(exec(db, u"ROLLBACK"_s));
            return Status::failure(tr("The library could not be updated to format %1 (%2): %3")
                                       .arg(migration.version)
                                       .arg(migration.name, why));
        };
        if (auto begin = exec(db, u"BEGIN IMMEDIATE"_s); !begin) {
            status = Status::failure(tr("The library could not be updated to format %1 (%2): %3")
                                         .arg(migration.version)
                                         .arg(migration.name, begin.error()));
            break;
        }
        if (auto run = runScript(db, migration.sql); !run) {
            status = fail(run.error());
            break;
        }
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s)) {
            status = fail(check.lastError().text());
            break;
        }
        if (check.next()) {
            status = fail(tr("a row of %1 points to a missing row of %2")
                              .arg(check.value(0).toString(), check.value(2).toString()));
            break;
        }
        check.finish();
        // PRAGMA takes no bound values; the number is ours, not user text.
        if (auto version = exec(db, u"PRAGMA user_version = %1"_s.arg(migration.version)); !version) {
            status = fail(version.error());
            break;
        }
        if (auto commit = exec(db, u"COMMIT"_s); !commit) {
            status = fail(commit.error());
            break;
        }
    }
    if (foreignKeys) {
        if (auto on = exec(db, u"PRAGMA foreign_keys = ON"_s); !on && status) {
            status = on;
        }
    }
    return status;
}

} // namespace Dateline
