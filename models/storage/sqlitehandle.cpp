// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle_p.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Dateline
{

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    // QSQLITE hands out its sqlite3* under this exact type name; anything else is another driver.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace Dateline
