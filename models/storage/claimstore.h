// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Dateline
{

/// What the reader gives when marking a claim; the anchor's selectors are taken from the text.
struct NewClaim {
    qint64 articleId = 0;
    qsizetype start = 0; ///< UTF-16 offset into the article's canonical text
    qsizetype end = 0; ///< exclusive, > start
    qint64 claimantActorId = 0; ///< 0: nobody named
    ClaimStatus status = ClaimStatus::Unverified;
    QString note; ///< Markdown
    QList<qint64> tagIds; ///< in order; the first colours the claim
};

/// The editable fields of a claim, before or after an edit: an undo command keeps two of these.
struct ClaimFields {
    qint64 claimantActorId = 0;
    ClaimStatus status = ClaimStatus::Unverified;
    QString note;
    QList<qint64> tagIds; ///< in order

    friend bool operator==(const ClaimFields &, const ClaimFields &) = default;
};

/// Everything needed to put a deleted claim back with its id, tags and links (undo of delete).
struct ClaimSnapshot {
    Claim claim; ///< with anchor, anchored, claimant id, status, note, author, created, updated
    QList<qint64> tagIds;
    QList<ClaimLink> links; ///< both directions, with their ids
};

/// Which claims a library-wide list shows (the command line's `dateline claims`); 0: any.
struct ClaimFilter {
    qint64 tagId = 0; ///< claims carrying this tag or one of its descendants
    qint64 actorId = 0; ///< claims whose claimant is this actor
};

/// Which claims gained (or lost) a tag in a bulk change, so that undo touches only those.
struct BulkTagChange {
    qint64 tagId = 0;
    QList<qint64> claimIds;
};

/**
 * Claims: passages of stories that someone claims, with claimant, status, Markdown note and tags.
 *
 * Every write is one statement or one transaction of its own, and returns what an undo command
 * needs (ClaimFields, ClaimSnapshot, BulkTagChange), so that the views keep no SQL. Offsets are
 * UTF-16 code units into the article's canonical text; the text-quote selector (exact, 32
 * characters of prefix and suffix) is stored with each claim for re-anchoring.
 */
class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimStore)

public:
    explicit ClaimStore(QSqlDatabase db);

    /// Stores a claim (author from the system user name, created/updated now). Refuses a span
    /// outside the article's text or an empty one, with a readable message.
    Result<Claim> add(const NewClaim &claim);
    /// A claim with its tags (in order), claimant (id, name, kind), article title, outlet, date and
    /// link count.
    Result<Claim> claim(qint64 id) const;
    /// The claims of one story by start offset (orphans included, flagged), as claim() fills them.
    Result<QList<Claim>> claimsOfArticle(qint64 articleId) const;
    /// Claims that lost their place when their story changed, across the library, newest first.
    Result<QList<Claim>> orphans() const;
    /// The claims with these ids, as claim() fills them, in the order of `ids` (unknown ids left out).
    Result<QList<Claim>> claimsById(const QList<qint64> &ids) const;
    /// Every claim that passes `filter`, by story date (unknown dates last), then id; for lists
    /// that are small enough to read at once (the command line; the board pages on its own).
    Result<QList<Claim>> claims(const ClaimFilter &filter) const;

    [[nodiscard]] Result<ClaimFields> fields(qint64 id) const;
    /// Writes claimant, status, note and tags at once (updated = now).
    Status setFields(qint64 id, const ClaimFields &fields);

    /// Deletes a claim with its tags and links, returning what restore() needs.
    Result<ClaimSnapshot> remove(qint64 id);
    /// Puts a removed claim back with the same id, tags and links (undo of remove).
    Status restore(const ClaimSnapshot &snapshot);

    /// Adds `tagId` to every claim that lacks it (as its last tag); returns the claims changed.
    Result<BulkTagChange> addTag(const QList<qint64> &claimIds, qint64 tagId);
    /// Removes the tag from exactly these claims (undo of addTag).
    Status removeTag(const BulkTagChange &change);

    /// Who claims a passage by default: the speaker of the quotation that encloses [start, end)
    /// (not rejected), else the story's outlet as an actor of kind outlet (created when needed);
    /// 0 when neither is known.
    Result<qint64> defaultClaimant(qint64 articleId, qsizetype start, qsizetype end);

    /// Moves a claim to a new place in its story's current text and marks it anchored (the
    /// reader placing an orphan by hand, or re-anchoring after a new revision).
    Status reanchor(qint64 id, const TextAnchor &anchor);

private:
    QSqlDatabase m_db;
};

} // namespace Dateline
