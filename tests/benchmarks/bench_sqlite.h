// SPDX-License-Identifier: GPL-3.0-or-later
// Bare SQLite through its C API: the limit each Dateline figure is measured against. The schema is
// read from resources/sql/*.sql, so that the bare side writes and queries the very same tables.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

namespace Dateline::Bench
{

/// Every migration of resources/sql, in order, as one script.
[[nodiscard]] QString schemaSql();

/// The pragmas in effect on a Qt SQL connection (a Library's), in BareDb::pragmaSummary's form.
[[nodiscard]] QString pragmaSummary(const QSqlDatabase &db);

class BareStatement;

/** One bare connection; failures are kept as a message (error()), never thrown. */
class BareDb
{
public:
    explicit BareDb(const QString &path, bool readOnly = false);
    ~BareDb();
    BareDb(const BareDb &) = delete;
    BareDb &operator=(const BareDb &) = delete;

    [[nodiscard]] bool ok() const { return m_db != nullptr && m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    /// Runs one or more statements without results; false (and error()) on failure.
    bool exec(const QString &sql);
    /// The first column of the first row, as a variant (null when no row).
    [[nodiscard]] QVariant scalar(const QString &sql);
    /// The pragmas a Library sets on its connection (WAL, synchronous, foreign keys, ...).
    bool applyLibraryPragmas();
    /// "journal_mode=wal synchronous=1 ..." for the report.
    [[nodiscard]] QString pragmaSummary();

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

/** A prepared statement with bound values; reset() after each step loop. */
class BareStatement
{
public:
    BareStatement(BareDb &db, const QString &sql);
    ~BareStatement();
    BareStatement(const BareStatement &) = delete;
    BareStatement &operator=(const BareStatement &) = delete;

    [[nodiscard]] bool ok() const { return m_stmt != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] sqlite3_stmt *handle() const { return m_stmt; }

    /// Binds 1-based parameter `index`: strings as text, integers, doubles, byte arrays as blobs,
    /// dates as ISO text, null variants as NULL.
    void bind(int index, const QVariant &value);
    void bindValue(int index, const sqlite3_value *value);
    /// Binds named parameters (":key" -> value) as bind() does; false when a name is not in the SQL.
    bool bindNamed(const QVariantMap &values);
    /// Steps to the end; the number of rows seen, or -1 (and error()) on failure.
    int run();
    /// Steps once: true while a row is there.
    bool next();
    void reset();
    [[nodiscard]] QVariant column(int index) const;
    /// Touches every column of the current row as the C API would hand it to a caller.
    void readRow() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/** Rows of one table held in memory, to be inserted elsewhere exactly as they were. */
class TableRows
{
public:
    TableRows() = default;
    ~TableRows();
    TableRows(const TableRows &) = delete;
    TableRows &operator=(const TableRows &) = delete;

    /// Reads every row of `table`, leaving out `skipColumns` (an INTEGER PRIMARY KEY, say).
    bool load(BareDb &db, const QString &table, const QStringList &skipColumns, QString *error);
    [[nodiscard]] QString insertSql(const QString &table) const;
    [[nodiscard]] qsizetype size() const { return qsizetype(m_rows.size()); }
    [[nodiscard]] QStringList columns() const { return m_columns; }
    /// Binds row `row` to `statement`, parameters 1..columns().size().
    void bindRow(BareStatement &statement, qsizetype row) const;

private:
    QStringList m_columns;
    std::vector<std::vector<sqlite3_value *>> m_rows;
};

} // namespace Dateline::Bench
