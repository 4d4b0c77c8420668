// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_sqlite.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Dateline::Bench
{

QString schemaSql()
{
    const QDir dir(QStringLiteral(DATELINE_SQL_DIR));
    QString sql;
    const QStringList names = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            sql += QString::fromUtf8(file.readAll()) + u'\n';
        }
    }
    return sql;
}

namespace
{
const QStringList &summarizedPragmas()
{
    static const QStringList names = { u"journal_mode"_s, u"synchronous"_s, u"foreign_keys"_s, u"cache_size"_s,
        u"page_size"_s, u"temp_store"_s, u"mmap_size"_s };
    return names;
}
} // namespace

QString pragmaSummary(const QSqlDatabase &db)
{
    QStringList parts;
    QSqlQuery query(db);
    for (const QString &name : summarizedPragmas()) {
        const bool read = query.exec(u"PRAGMA "_s + name) && query.next();
        parts += name + u'=' + (read ? query.value(0).toString() : u"?"_s);
    }
    return parts.join(u' ');
}

BareDb::BareDb(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

BareDb::~BareDb()
{
    sqlite3_close_v2(m_db);
}

bool BareDb::exec(const QString &sql)
{
    if (!m_db) {
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant BareDb::scalar(const QString &sql)
{
    BareStatement statement(*this, sql);
    if (!statement.ok() || !statement.next()) {
        if (!statement.ok()) {
            m_error = statement.error();
        }
        return {};
    }
    return statement.column(0);
}

bool BareDb::applyLibraryPragmas()
{
    // The settings STYLE.md 14 asks of every library connection; Library::open sets the same.
    return exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                "PRAGMA busy_timeout = 5000;"_s);
}

QString BareDb::pragmaSummary()
{
    QStringList parts;
    for (const QString &name : { u"journal_mode"_s, u"synchronous"_s, u"foreign_keys"_s, u"cache_size"_s,
             u"page_size"_s, u"temp_store"_s, u"mmap_size"_s }) {
        parts += name + u'=' + scalar(u"PRAGMA "_s + name).toString();
    }
    return parts.join(u' ');
}

BareStatement::BareStatement(BareDb &db, const QString &sql)
    : m_db(db.handle())
{
    if (!m_db) {
        m_error = db.error();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

BareStatement::~BareStatement()
{
    sqlite3_finalize(m_stmt);
}

void BareStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QDate: {
        const QByteArray iso = value.toDate().toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(m_stmt, index, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

void BareStatement::bindValue(int index, const sqlite3_value *value)
{
    sqlite3_bind_value(m_stmt, index, value);
}

bool BareStatement::bindNamed(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(m_stmt, it.key().toUtf8().constData());
        if (index == 0) {
            m_error = u"no parameter %1 in the statement"_s.arg(it.key());
            return false;
        }
        bind(index, it.value());
    }
    return true;
}

int BareStatement::run()
{
    int rows = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
        readRow();
        ++rows;
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return -1;
    }
    sqlite3_reset(m_stmt);
    return rows;
}

bool BareStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return rc == SQLITE_ROW;
}

void BareStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QVariant BareStatement::column(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, index);
    case SQLITE_BLOB:
        return QByteArray(
            static_cast<const char *>(sqlite3_column_blob(m_stmt, index)), sqlite3_column_bytes(m_stmt, index));
    case SQLITE_NULL:
        return {};
    default:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index)), sqlite3_column_bytes(m_stmt, index));
    }
}

void BareStatement::readRow() const
{
    // The bare limit still reads what it selected, as text or numbers, but builds no Qt types:
    // what Dateline spends on QString and QVariant is part of what the comparison shows.
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(m_stmt, c) == SQLITE_TEXT) {
            (void)sqlite3_column_text(m_stmt, c);
            (void)sqlite3_column_bytes(m_stmt, c);
        } else {
            (void)sqlite3_column_int64(m_stmt, c);
        }
    }
}

TableRows::~TableRows()
{
    for (auto &row : m_rows) {
        for (sqlite3_value *value : row) {
            sqlite3_value_free(value);
        }
    }
}

bool TableRows::load(BareDb &db, const QString &table, const QStringList &skipColumns, QString *error)
{
    BareStatement info(db, u"SELECT name FROM pragma_table_info(?1) ORDER BY cid"_s);
    info.bind(1, table);
    m_columns.clear();
    while (info.next()) {
        const QString name = info.column(0).toString();
        if (!skipColumns.contains(name)) {
            m_columns.append(name);
        }
    }
    BareStatement select(db, u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(m_columns.join(u", "_s), table));
    if (!select.ok()) {
        *error = select.error();
        return false;
    }
    while (select.next()) {
        std::vector<sqlite3_value *> row;
        row.reserve(size_t(m_columns.size()));
        for (int c = 0; c < m_columns.size(); ++c) {
            row.push_back(sqlite3_value_dup(sqlite3_column_value(select.handle(), c)));
        }
        m_rows.push_back(std::move(row));
    }
    if (!select.error().isEmpty()) {
        *error = select.error();
        return false;
    }
    return true;
}

QString TableRows::insertSql(const QString &table) const
{
    QStringList marks;
    for (int c = 1; c <= m_columns.size(); ++c) {
        marks += u"?%1"_s.arg(c);
    }
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, m_columns.join(u", "_s), marks.join(u", "_s));
}

void TableRows::bindRow(BareStatement &statement, qsizetype row) const
{
    const auto &values = m_rows.at(size_t(row));
    for (size_t c = 0; c < values.size(); ++c) {
        statement.bindValue(int(c) + 1, values.at(c));
    }
}

} // namespace Dateline::Bench
