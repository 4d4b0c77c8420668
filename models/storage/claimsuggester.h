// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/claimsearch.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dateline
{

/**
 * The claims and quotations of other stories that a claim most likely should be linked to, for
 * the link dialog to offer before anything is typed.
 *
 * Candidates come from three places: a bm25 search (OR) over the claim's distinctive words and
 * figures (words found in more than one passage in two hundred are left out, so "yang" and
 * "the" never drive the search), the passages whose span names the same actors (mention rows by
 * actor, plus claimants and speakers), and the passages stating the same figures. Each is scored
 * by its normalised bm25 rank, the overlap of its folded words with the claim's (Jaccard weighted
 * by inverse document frequency), and the share of actors and figures both passages have, so that
 * an Indonesian and an English claim about the same person and the same number meet although
 * their words differ. The claim's own story and the claims already linked to it are left out, and
 * so are quotations that a claim already covers (the claim stands for them).
 */
class ClaimSuggester
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimSuggester)

public:
    /// How the parts of the score are weighed; the defaults are what the link dialog uses.
    struct Weights {
        double bm25 = 1.0;
        double words = 2.0;
        double actors = 1.5;
        double figures = 1.5;
    };

    explicit ClaimSuggester(QSqlDatabase db);

    void setWeights(const Weights &weights) { m_weights = weights; }
    [[nodiscard]] Weights weights() const { return m_weights; }

    /// The best `limit` candidates for claim `claimId`, best first (LinkCandidate::score, with the
    /// shared actors and figures named). A claim with nothing in common with any other passage
    /// gets an empty list.
    Result<QList<LinkCandidate>> suggest(qint64 claimId, int limit = 20) const;

    /// The words of `text` as the full-text index folds them (case and diacritics removed),
    /// distinct, in order: words of three letters or more and every number.
    [[nodiscard]] static QStringList words(const QString &text);
    /// The figures of `text`, normalised (FigureReader's rules).
    [[nodiscard]] static QStringList figures(const QString &text);

private:
    QSqlDatabase m_db;
    Weights m_weights;
};

} // namespace Dateline
