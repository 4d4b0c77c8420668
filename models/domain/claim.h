// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Dateline
{

/**
 * Where an annotation sits in a story: UTF-16 offsets into the article's canonical text and a
 * W3C Web Annotation text-quote selector (the exact text with up to 32 characters of prefix and
 * suffix), so that the annotation can be found again when the story changes.
 */
struct TextAnchor {
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive
    QString exact;
    QString prefix;
    QString suffix;
};

/// How a claim checks out. The stored names are "unverified", "true", "mostly_true", ...
enum class ClaimStatus { Unverified, True, MostlyTrue, Misleading, False, Disputed, Retracted };

/// The relation a link states from its source claim to its target claim.
enum class ClaimRelation { Same, Supports, Contradicts, Elaborates, Updates, Cites };

/// A label from the tag tree. Colour is "#rrggbb" or empty (then the view picks a theme colour).
struct Tag {
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level tag
    QString name;
    QString colour;
    qsizetype claimCount = 0; ///< claims carrying this tag itself (filled by TagStore::tags)
};

/**
 * A passage of a story that someone claims, with who claims it, how it checks out, a Markdown
 * note and its tags. An orphaned claim (anchored false) lost its place when the story changed:
 * its anchor keeps the old text, and it is listed until the reader places or deletes it.
 */
struct Claim {
    qint64 id = 0;
    qint64 articleId = 0;
    TextAnchor anchor;
    bool anchored = true;
    Actor claimant; ///< id 0 when nobody is named
    ClaimStatus status = ClaimStatus::Unverified;
    QString note; ///< Markdown
    QString author;
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC
    QList<Tag> tags; ///< in the order they were given, the first one colours the claim

    // Read with the claim for lists and threads.
    QString articleTitle;
    QString outlet;
    QDate published; ///< the story's date, invalid when unknown
    int linkCount = 0;
};

/// A directed link between two claims; it shows from both ends with the right words.
struct ClaimLink {
    qint64 id = 0;
    qint64 fromClaimId = 0;
    qint64 toClaimId = 0;
    ClaimRelation relation = ClaimRelation::Same;
    QString note;
    QDateTime created; ///< UTC
};

/// Stable names used in storage, JSON and the command line, and their readable forms.
class ClaimNames
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimNames)

public:
    [[nodiscard]] static QString statusName(ClaimStatus status); ///< "mostly_true"
    /// Accepts the stored name and, on the command line, "mostly-true" or "mostly true".
    [[nodiscard]] static std::optional<ClaimStatus> statusFromName(const QString &name);
    [[nodiscard]] static QString statusLabel(ClaimStatus status); ///< "Mostly true", translated
    [[nodiscard]] static QList<ClaimStatus> allStatuses();

    [[nodiscard]] static QString relationName(ClaimRelation relation); ///< "contradicts"
    [[nodiscard]] static std::optional<ClaimRelation> relationFromName(const QString &name);
    [[nodiscard]] static QList<ClaimRelation> allRelations();
    /// The relation read from the link's source ("contradicts") or from its target
    /// ("contradicted by"), translated.
    [[nodiscard]] static QString relationPhrase(ClaimRelation relation, bool fromSource);

    /// The claim's tags in their order, comma-separated: "Russia, Russia/Afghanistan".
    [[nodiscard]] static QString tagList(const Claim &claim);
    /// The claimed words and, when known, the story they stand in (a tooltip), translated.
    [[nodiscard]] static QString textInStory(const Claim &claim);
};

} // namespace Dateline
