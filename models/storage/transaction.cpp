// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dateline
{

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now: a deferred BEGIN could fail half-way with SQLITE_BUSY
    // when another connection writes first, after work was already done.
    QSqlQuery query(m_db);
    if (query.exec(u"BEGIN IMMEDIATE"_s)) {
        m_open = true;
    } else {
        m_status = Status::failure(tr("A change to the library could not begin: %1").arg(query.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s); // nothing to report to: the caller has moved on after a failure
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_status ? Status::failure(tr("The change to the library was already committed.")) : m_status;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        return Status::failure(tr("A change to the library could not be saved: %1").arg(query.lastError().text()));
    }
    m_open = false;
    return {};
}

} // namespace Dateline
