// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Dateline
{

/// One tag on one claim, at its place in the claim's tag order.
struct ClaimTagRow {
    qint64 claimId = 0;
    qint64 tagId = 0;
    int position = 0;
};

/// What merging one tag into another did, so that undo can split them again.
struct TagMerge {
    Tag from; ///< the merged tag as it was (id, parent, name, colour)
    qint64 intoId = 0;
    QList<qint64> movedClaimIds; ///< claims that had `from` and not `into` (they now have `into`)
    QList<qint64> droppedClaimIds; ///< claims that had both (they lost `from`)
    QList<qint64> movedChildIds; ///< children of `from` that now hang under `into`
    /// The rows of `from` on droppedClaimIds with their places in each claim's tag order, so
    /// that unmerge() puts the tag back where it was.
    QList<ClaimTagRow> droppedRows;
};

/// A deleted tag with its whole subtree and every claim that carried one of them (undo of remove).
struct TagRemoval {
    QList<Tag> tags; ///< parents before children
    QList<ClaimTagRow> claimTags;
};

/**
 * The tag tree: names unique among siblings, optional colours, nesting. Rename, move, merge and
 * delete work on the whole library at once, each in one transaction, and return what undo needs.
 */
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::TagStore)

public:
    explicit TagStore(QSqlDatabase db);

    /// Every tag, parents before children and siblings by name, with claimCount filled.
    Result<QList<Tag>> tags() const;
    Result<Tag> tag(qint64 id) const;
    /// A new tag; refuses an empty name or one a sibling has ("A tag named X already exists here").
    Result<Tag> create(const QString &name, qint64 parentId = 0, const QString &colour = {});
    /// The tag at a path such as "Casualties/Death toll" (children split on '/'), created with
    /// its missing parents when `create` is true.
    Result<Tag> byPath(const QString &path, bool create);
    /// "Parent/Child" for a tag id.
    Result<QString> path(qint64 id) const;

    Status rename(qint64 id, const QString &name);
    Status setColour(qint64 id, const QString &colour);
    /// Moves a tag under another (0: top level); refuses a move under itself or its descendants.
    Status move(qint64 id, qint64 newParentId);
    /// Gives every claim of `fromId` the tag `intoId`, moves its children, deletes it.
    Result<TagMerge> merge(qint64 fromId, qint64 intoId);
    Status unmerge(const TagMerge &merge);
    /// Deletes a tag, its descendants and their use on claims.
    Result<TagRemoval> remove(qint64 id);
    Status restore(const TagRemoval &removal);

    /// Claims carrying the tag or any of its descendants (the count a tag manager shows).
    Result<qsizetype> claimCountWithDescendants(qint64 id) const;

private:
    /// Refuses an empty name, a "/" in it, or one a sibling under `parentId` has (but `exceptId`).
    Status checkName(const QString &name, qint64 parentId, qint64 exceptId) const;
    /// The tag and its descendants, parents before children.
    Result<QList<qint64>> subtree(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace Dateline
