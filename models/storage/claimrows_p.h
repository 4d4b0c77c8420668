// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Dateline::ClaimRows
{

/// The columns readClaim() reads: claim `c`, article `ar`, outlet `o`, claimant actor `a`.
[[nodiscard]] QString claimColumns();
/// FROM ... JOIN ... for claimColumns().
[[nodiscard]] QString claimJoins();
/// A claim from a row of claimColumns(); tags are filled by readClaims().
[[nodiscard]] Claim readClaim(const QSqlQuery &query);

/**
 * The claims matching `where` (over the aliases of claimJoins()) in `orderBy` order, with their
 * tags in order. `bind` gives the values of the named placeholders of `where`.
 */
Result<QList<Claim>> readClaims(const QSqlDatabase &db, const QString &where, const QString &orderBy,
    const QList<std::pair<QString, QVariant>> &bind, const QString &errorContext);

/// Timestamps are stored as ISO 8601 UTC with a Z ("2025-05-03T08:00:00Z").
[[nodiscard]] QString timestamp(const QDateTime &time);
[[nodiscard]] QDateTime fromTimestamp(const QString &text);
/// Qt binds a null QString as NULL: text columns that are NOT NULL get "".
[[nodiscard]] QString nonNull(const QString &text);
/// NULL for id 0.
[[nodiscard]] QVariant idOrNull(qint64 id);
/// A JSON array of ids, for `IN (SELECT value FROM json_each(:ids))` with one bound value.
[[nodiscard]] QString idArray(const QList<qint64> &ids);

} // namespace Dateline::ClaimRows
