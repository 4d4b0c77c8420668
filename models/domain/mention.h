// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QString>

namespace Dateline
{

/// Whether an annotation is the analysis' guess or the reader's decision.
enum class AnnotationState { Suggested, Confirmed, Rejected };
/// Who made an annotation: a language rule, the gazetteer, or the reader.
enum class AnnotationOrigin { Rule, Gazetteer, User };

/**
 * One place in a story's text where an actor is named. Offsets are UTF-16 code units into the
 * article's canonical text (end exclusive); export converts them to code points.
 */
struct Mention {
    /// How the text was matched to the actor.
    enum class Match { Exact, Folded, Transliterated, Fuzzy, Acronym, Surname, Title };

    qint64 id = 0;
    qint64 articleId = 0;
    Actor actor; ///< at least key or id, name and kind
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< the text as it stands in the story
    Match match = Match::Exact;
    /// A capital standing for its government ("Moskow" for Russia): that actor as well.
    Actor alsoActor;
    AnnotationOrigin origin = AnnotationOrigin::Gazetteer;
    AnnotationState state = AnnotationState::Suggested;
};

} // namespace Dateline
