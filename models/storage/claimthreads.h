// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Dateline
{

/// Linked "same claim" items that state different figures ("137" against "145").
struct FigureConflict {
    QList<qint64> claimIds; ///< the claims of the disagreement, earliest first
    /// The figures each of those claims states, as written normalised to plain numbers ("137").
    QHash<qint64, QStringList> values;
};

/// The claims connected to one claim through links of any relation, earliest first appearance
/// (story date, then claim creation) at the top, with the links between them and the conflicts.
struct ClaimThread {
    QList<Claim> claims;
    QList<ClaimLink> links;
    QList<FigureConflict> conflicts;
};

/**
 * Threads of claims: the connected components of the link graph. A conflict is flagged where
 * claims joined by "same" links (directly or through other "same" links) state different figures;
 * figures are read from the claim text by FigureReader (models/analysis).
 */
class ClaimThreads
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimThreads)

public:
    explicit ClaimThreads(QSqlDatabase db);

    Result<ClaimThread> thread(qint64 claimId) const;
    /// For every linked claim of the library, the id of its thread (the smallest claim id of its
    /// component); claims without links are absent. One pass over claim_link (union-find).
    Result<QHash<qint64, qint64>> threadIds() const;
    /// The conflicts of a set of claims and links (what thread() fills in); pure, for tests.
    [[nodiscard]] static QList<FigureConflict> conflicts(const QList<Claim> &claims, const QList<ClaimLink> &links);

private:
    QSqlDatabase m_db;
};

} // namespace Dateline
