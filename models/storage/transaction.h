// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Dateline
{

/**
 * A write transaction that rolls back unless committed: every bulk write goes through one, so
 * that a failure half-way leaves the library as it was.
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Whether BEGIN succeeded; the message when it did not.
    [[nodiscard]] Status status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace Dateline
