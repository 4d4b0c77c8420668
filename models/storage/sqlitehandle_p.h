// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Dateline
{

/// The sqlite3 connection behind a QSQLITE connection, or nullptr for another driver or a closed
/// connection. Storage uses it for what Qt Sql does not offer: running a whole script
/// (sqlite3_exec) and interrupting a query from another thread (sqlite3_interrupt).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Dateline
