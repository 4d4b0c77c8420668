// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Dateline
{

/**
 * Links between claims: directed, with a relation and an optional note. A link shows from both
 * ends (ClaimNames::relationPhrase); the same pair may be linked by several relations, never by
 * the same relation twice, and never a claim to itself.
 */
class ClaimLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimLinkStore)

public:
    explicit ClaimLinkStore(QSqlDatabase db);

    Result<ClaimLink> add(qint64 fromClaimId, qint64 toClaimId, ClaimRelation relation, const QString &note = {});
    Result<ClaimLink> link(qint64 id) const;
    /// Deletes a link, returning it (with id) for restore().
    Result<ClaimLink> remove(qint64 id);
    /// Puts a removed link back with its id (undo).
    Status restore(const ClaimLink &link);
    Status setNote(qint64 id, const QString &note);
    /// The links of a claim in both directions, oldest first.
    Result<QList<ClaimLink>> linksOf(qint64 claimId) const;
    /// Every link of the library (threads on the claim board are built from them in memory).
    Result<QList<ClaimLink>> allLinks() const;

private:
    QSqlDatabase m_db;
};

} // namespace Dateline
