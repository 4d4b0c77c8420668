// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Dateline
{

/// Where an annotation was found again in a changed text, and how.
struct AnchorMatch {
    enum class Kind {
        Exact, ///< the old exact text, at the place its prefix and suffix agree with best
        Fuzzy, ///< a lightly edited form of the old text (see errors)
        NotFound, ///< an orphan: the anchor is the old one, unchanged
    };
    Kind kind = Kind::NotFound;
    /// In the new text, with its selectors taken from the new text; the old anchor when not found.
    TextAnchor anchor;
    int errors = 0; ///< edits (insertions, deletions, substitutions) from the old exact text

    [[nodiscard]] bool found() const { return kind != Kind::NotFound; }
};

/**
 * Finds W3C text-quote selectors (exact text, prefix, suffix) again in a changed text: the
 * re-anchoring of claims, quotations and mentions when a story gets a new revision.
 *
 * An annotation is first looked for as its exact text: among the occurrences, the one whose
 * surroundings agree longest with the stored prefix and suffix wins, then the one nearest the
 * expected place. Where the exact text is gone, a lightly edited passage is looked for by
 * approximate matching (edit distance, at most about a third of the passage) at candidate places
 * given by the expected offset, the stored prefix and suffix and pieces of the passage itself.
 * What is found neither way is an orphan, never forced somewhere.
 *
 * Pure and cheap: no SQL, no allocation per occurrence, the common case (an unchanged passage
 * shifted by an edit elsewhere) settled in a window around the expected place. locateAll() walks
 * a story's annotations in text order and expects each where the previous one moved, so that
 * edits early in a story do not send later annotations through the whole text. Offsets are
 * UTF-16 code units; a fuzzy match never starts or ends inside a surrogate pair.
 */
class TextAnchoring
{
public:
    /// The length of the prefix and suffix of a selector (as AnnotationStore::SelectorContext).
    static constexpr int ContextLength = 32;

    /// `text` is the new text, searched by every locate().
    explicit TextAnchoring(QString text);

    [[nodiscard]] const QString &text() const { return m_text; }

    /// Finds one anchor; `expected` is where its start should be in the new text (for instance
    /// its old start moved by the edits before it).
    [[nodiscard]] AnchorMatch locate(const TextAnchor &anchor, qsizetype expected) const;
    /// Finds each anchor (results in the same order), expecting each where the annotation
    /// before it in text order moved.
    [[nodiscard]] QList<AnchorMatch> locateAll(const QList<TextAnchor> &anchors) const;

    /// The selector's prefix before `start` and suffix after `end` in `text`, never half a
    /// surrogate pair.
    [[nodiscard]] static QString prefixAt(QStringView text, qsizetype start);
    [[nodiscard]] static QString suffixAt(QStringView text, qsizetype end);

private:
    struct Candidate;
    [[nodiscard]] bool findExact(const TextAnchor &anchor, qsizetype expected, Candidate &best) const;
    [[nodiscard]] bool findFuzzy(const TextAnchor &anchor, qsizetype expected, Candidate &best) const;
    [[nodiscard]] int contextScore(const TextAnchor &anchor, qsizetype start, qsizetype end) const;
    [[nodiscard]] AnchorMatch matchAt(AnchorMatch::Kind kind, qsizetype start, qsizetype end, int errors) const;

    QString m_text;
};

} // namespace Dateline
