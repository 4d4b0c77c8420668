// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Dateline
{

/// A claim or a quotation that a claim could be linked to: a search hit or a suggestion.
struct LinkCandidate {
    enum class Kind { Claim, Quote };

    Kind kind = Kind::Claim;
    qint64 id = 0; ///< claim id or quote id, by kind
    qint64 articleId = 0;
    qsizetype start = 0; ///< UTF-16 offsets of the passage in its story
    qsizetype end = 0;
    QString text;
    QString articleTitle;
    QString outlet;
    QDate published; ///< the story's date, invalid when unknown
    qint64 speakerId = 0; ///< the claimant of a claim, the speaker of a quotation; 0 when nobody
    QString speaker;
    /// Search: bm25 (lower is better; 0 without text). Suggestion: the combined score (higher is better).
    double score = 0;
    QStringList sharedActors; ///< suggestions: names of the actors both passages involve
    QStringList sharedFigures; ///< suggestions: figures both passages state

    friend bool operator==(const LinkCandidate &a, const LinkCandidate &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

/// What a claim search is narrowed to; every field is optional (0 or an invalid date: no limit).
struct ClaimSearchFilter {
    qint64 tagId = 0; ///< claims carrying the tag or one of its descendants (quotations have no tags)
    qint64 actorId = 0; ///< claimant or speaker, or an actor named inside the passage
    qint64 outletId = 0;
    QDate from; ///< story date, inclusive
    QDate to; ///< story date, inclusive
    qint64 excludeArticleId = 0; ///< the story of the claim being linked
    bool claims = true;
    bool quotes = true;

    [[nodiscard]] bool narrows() const { return tagId != 0 || actorId != 0 || outletId != 0 || from.isValid() || to.isValid(); }
};

/**
 * Full-text search over every claim and quotation of the library (FTS5 tables claim_fts and
 * quote_fts), for the link dialog. Text matches are ranked by bm25 within claims and within
 * quotations and merged by that rank, unless the text matches more than DefaultRankLimit passages
 * (a common word, or one letter typed): those are listed newest first, as without text, where a
 * narrowing filter lists the newest passages it lets through. A quotation that a claim already covers (same story and span) is
 * left out: the claim stands for it. Rejected and orphaned quotations are left out as well.
 */
class ClaimSearch
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimSearch)

public:
    explicit ClaimSearch(QSqlDatabase db);

    /// `ftsQuery` is FTS5 syntax; pass ArticleSearch::queryForTyping() of what the person typed.
    /// An empty query with a filter that narrows nothing gives an empty list.
    Result<QList<LinkCandidate>> search(const QString &ftsQuery, const ClaimSearchFilter &filter, int limit) const;

    /// A text matching more passages than this lists the newest of them, unranked.
    static constexpr int DefaultRankLimit = 5000;
    void setRankLimit(int matches) { m_rankLimit = matches; }

private:
    enum class Order { Relevance, Newest };
    Result<QList<LinkCandidate>> searchClaims(
        const QString &ftsQuery, const ClaimSearchFilter &filter, int limit, Order order) const;
    Result<QList<LinkCandidate>> searchQuotes(
        const QString &ftsQuery, const ClaimSearchFilter &filter, int limit, Order order) const;
    [[nodiscard]] static QString failureText(const QSqlQuery &query);

    QSqlDatabase m_db;
    int m_rankLimit = DefaultRankLimit;
};

} // namespace Dateline
