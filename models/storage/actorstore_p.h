// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitehandle_p.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

#include <memory>

namespace Dateline
{

/// Qt binds a null QString as NULL: NOT NULL text columns get an empty string instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QStringLiteral("")) : text;
}

/// A transaction of our own, unless the caller has one open already (the importer's batch).
inline std::unique_ptr<Transaction> beginUnlessOpen(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (handle != nullptr && sqlite3_get_autocommit(handle) == 0) {
        return nullptr;
    }
    return std::make_unique<Transaction>(db);
}

} // namespace Dateline
