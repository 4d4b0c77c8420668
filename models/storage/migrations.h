// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dateline
{

/// One schema step: the SQL of resources/sql/NNN_name.sql, which brings a file to `version`.
struct Migration {
    int version = 0;
    QString name; ///< the file name, for messages ("001_initial.sql")
    QString sql;
};

/**
 * The numbered schema migrations of a library file (resources/sql/NNN_name.sql).
 *
 * Each step runs in a transaction of its own and sets PRAGMA user_version to its number in that
 * same transaction, so a file is always at a whole version: a failed step rolls back to the
 * version before it. Foreign keys are off while a step runs (a step may rebuild a table, which is
 * how SQLite changes a column) and checked before it commits.
 */
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::Migrations)

public:
    /// The migrations built into this program, in order.
    [[nodiscard]] static const QList<Migration> &builtIn();
    /// Reads NNN_name.sql files from a folder (or a resource prefix); versions must run 1, 2, 3...
    static Result<QList<Migration>> load(const QString &directory);
    /// The version the last of `migrations` brings a file to (0 for none).
    [[nodiscard]] static int latestVersion(const QList<Migration> &migrations);

    static Result<int> userVersion(const QSqlDatabase &db);
    /// Applies the steps above the file's version, up to `upTo` (-1: all of them).
    static Status migrate(const QSqlDatabase &db, const QList<Migration> &migrations, int upTo = -1);
    /// Runs every statement of `sql` on `db` as it stands (no transaction of its own).
    static Status runScript(const QSqlDatabase &db, const QString &sql);
};

} // namespace Dateline
