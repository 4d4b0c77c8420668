// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchoring.h"

#include <QVarLengthArray>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Dateline
{

struct TextAnchoring::Candidate {
    qsizetype start = -1;
    qsizetype end = -1;
    int errors = 0;
    int context = 0; ///< characters of prefix and suffix that agree
    qsizetype distance = 0; ///< from the expected start

    [[nodiscard]] bool valid() const { return start >= 0; }
};

namespace
{

/// The exact text is first looked for this far around the expected place: an annotation
/// shifted by an edit elsewhere is found there without reading the whole story.
constexpr qsizetype LocalRadius = 1024;
/// A match this close to where it was expected is the same place, whatever its surroundings say
/// (the words right next to it may be what was edited)...
constexpr qsizetype NearExpected = 160;
/// ...scaled down for short passages, four times their length at least this: a short word of a
/// deleted sentence stands again in the next one.
constexpr qsizetype NearShortest = 16;
/// Elsewhere, a match needs this many characters of agreeing prefix and suffix (" the " on both
/// sides agrees often; ten characters rarely do by chance)...
constexpr int MinimumContext = 10;
/// ...unless the passage is long enough not to occur by chance.
constexpr qsizetype LongPassage = 24;
/// A lightly edited passage differs from the old one by at most this share of its length
/// (in tenths)...
constexpr qsizetype FuzzyShareTenths = 3;
/// ...and by at most this many edits, which also bounds the cost of the approximate matching.
constexpr qsizetype MaximumErrors = 96;
/// Shorter passages are only found exactly: one edit in three letters is another word.
constexpr qsizetype MinimumFuzzyLength = 4;
/// Places tried by the approximate matching, nearest to the expected one first.
constexpr int MaximumFuzzyCandidates = 24;
/// The length of the pieces of prefix, suffix and passage that propose places to try.
constexpr qsizetype SeedLength = 12;
constexpr qsizetype MinimumSeedLength = 6;
constexpr int MaximumPieces = 8;

/// How far from the expected place a passage of `length` may be found and still count as there.
qsizetype nearRadius(qsizetype length)
{
    return std::clamp<qsizetype>(length * 4, NearShortest, NearExpected);
}

qsizetype commonTail(QStringView a, QStringView b)
{
    qsizetype n = 0;
    const qsizetype limit = std::min(a.size(), b.size());
    while (n < limit && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n)) {
        ++n;
    }
    return n;
}

qsizetype commonHead(QStringView a, QStringView b)
{
    qsizetype n = 0;
    const qsizetype limit = std::min(a.size(), b.size());
    while (n < limit && a.at(n) == b.at(n)) {
        ++n;
    }
    return n;
}

/// Whether `candidate` is better than `best`: fewer edits weighed against more agreeing context
/// (a whole selector's context outweighs sixteen edits), then nearer the expected place.
bool better(const auto &candidate, const auto &best)
{
    if (!best.valid()) {
        return true;
    }
    const int cost = candidate.errors * 4 - candidate.context;
    const int bestCost = best.errors * 4 - best.context;
    if (cost != bestCost) {
        return cost < bestCost;
    }
    return candidate.distance < best.distance;
}

struct Alignment {
    qsizetype start = 0;
    qsizetype end = 0;
    int errors = 0;
};

/**
 * The substring of `window` closest to `pattern` by edit distance (semi-global alignment: the
 * match may start and end anywhere in the window). Among equally close ones, the one whose length
 * is nearest the pattern's. O(pattern × window), which the callers keep small.
 */
Alignment alignInWindow(QStringView pattern, QStringView window)
{
    const qsizetype m = pattern.size();
    // One column of the table per window position: cost and where that alignment started.
    thread_local std::vector<int> cost;
    thread_local std::vector<qsizetype> from;
    thread_local std::vector<int> nextCost;
    thread_local std::vector<qsizetype> nextFrom;
    cost.resize(size_t(m + 1));
    from.resize(size_t(m + 1));
    nextCost.resize(size_t(m + 1));
    nextFrom.resize(size_t(m + 1));
    for (qsizetype i = 0; i <= m; ++i) {
        cost[size_t(i)] = int(i);
        from[size_t(i)] = 0;
    }
    Alignment best { 0, 0, int(m) };
    for (qsizetype j = 1; j <= window.size(); ++j) {
        const QChar c = window.at(j - 1);
        nextCost[0] = 0;
        nextFrom[0] = j;
        for (qsizetype i = 1; i <= m; ++i) {
            const auto u = size_t(i);
            int value = cost[u - 1] + (pattern.at(i - 1) == c ? 0 : 1);
            qsizetype start = from[u - 1];
            if (nextCost[u - 1] + 1 < value) {
                value = nextCost[u - 1] + 1;
                start = nextFrom[u - 1];
            }
            if (cost[u] + 1 < value) {
                value = cost[u] + 1;
                start = from[u];
            }
            nextCost[u] = value;
            nextFrom[u] = start;
        }
        std::swap(cost, nextCost);
        std::swap(from, nextFrom);
        const int errors = cost[size_t(m)];
        const qsizetype start = from[size_t(m)];
        if (errors < best.errors ||
            (errors == best.errors && qAbs(j - start - m) < qAbs(best.end - best.start - m))) {
            best = { start, j, errors };
        }
    }
    return best;
}

/// Calls `found` with every offset of `needle` in `text`.
template<typename Found>
void forEachOccurrence(QStringView text, QStringView needle, Found found)
{
    if (needle.isEmpty()) {
        return;
    }
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        found(at);
    }
}

} // namespace

TextAnchoring::TextAnchoring(QString text)
    : m_text(std::move(text))
{
}

QString TextAnchoring::prefixAt(QStringView text, qsizetype start)
{
    const qsizetype end = std::clamp<qsizetype>(start, 0, text.size());
    qsizetype from = std::max<qsizetype>(0, end - ContextLength);
    if (from > 0 && from < end && text.at(from).isLowSurrogate()) {
        ++from;
    }
    return text.sliced(from, end - from).toString();
}

QString TextAnchoring::suffixAt(QStringView text, qsizetype end)
{
    const qsizetype from = std::clamp<qsizetype>(end, 0, text.size());
    qsizetype to = std::min<qsizetype>(text.size(), from + ContextLength);
    if (to > from && to < text.size() && text.at(to - 1).isHighSurrogate()) {
        --to;
    }
    return text.sliced(from, to - from).toString();
}

int TextAnchoring::contextScore(const TextAnchor &anchor, qsizetype start, qsizetype end) const
{
    const QStringView text(m_text);
    const qsizetype before = std::max<qsizetype>(0, start - anchor.prefix.size());
    const qsizetype after = std::min<qsizetype>(text.size(), end + anchor.suffix.size());
    return int(commonTail(anchor.prefix, text.sliced(before, start - before)) +
        commonHead(anchor.suffix, text.sliced(end, after - end)));
}

AnchorMatch TextAnchoring::matchAt(AnchorMatch::Kind kind, qsizetype start, qsizetype end, int errors) const
{
    AnchorMatch match;
    match.kind = kind;
    match.errors = errors;
    match.anchor.start = start;
    match.anchor.end = end;
    match.anchor.exact = m_text.sliced(start, end - start);
    match.anchor.prefix = prefixAt(m_text, start);
    match.anchor.suffix = suffixAt(m_text, end);
    return match;
}

bool TextAnchoring::findExact(const TextAnchor &anchor, qsizetype expected, Candidate &best) const
{
    const QStringView text(m_text);
    const QStringView exact(anchor.exact);
    const int fullContext = int(anchor.prefix.size() + anchor.suffix.size());
    const auto consider = [&](qsizetype start) {
        Candidate candidate;
        candidate.start = start;
        candidate.end = start + exact.size();
        candidate.context = contextScore(anchor, candidate.start, candidate.end);
        candidate.distance = qAbs(start - expected);
        if (better(candidate, best)) {
            best = candidate;
        }
    };

    // Most annotations of a changed story only moved: look near where they should be first.
    const qsizetype from = std::clamp<qsizetype>(expected - LocalRadius, 0, text.size());
    const qsizetype to = std::clamp<qsizetype>(expected + exact.size() + LocalRadius, from, text.size());
    const int enoughContext = std::min(MinimumContext, fullContext);
    Candidate near; // the nearest with enough context, within the passage's radius
    forEachOccurrence(text.sliced(from, to - from), exact, [&](qsizetype at) {
        consider(from + at);
        const int context = contextScore(anchor, from + at, from + at + exact.size());
        const qsizetype distance = qAbs(from + at - expected);
        if (distance <= nearRadius(exact.size()) && context >= enoughContext &&
            (!near.valid() || distance < near.distance)) {
            near = { from + at, from + at + exact.size(), 0, context, distance };
        }
    });
    if (best.valid() && best.context == fullContext) {
        return true;
    }
    // Where it should be, with its surroundings partly kept (an edit right beside it): there. Text
    // elsewhere may agree longer by chance (stock phrases, "officials said").
    if (near.valid()) {
        best = near;
        return true;
    }
    forEachOccurrence(text, exact, consider);
    if (!best.valid()) {
        return false;
    }
    return exact.size() >= LongPassage || best.context >= std::min(MinimumContext, fullContext) ||
        best.distance <= nearRadius(exact.size());
}

bool TextAnchoring::findFuzzy(const TextAnchor &anchor, qsizetype expected, Candidate &best) const
{
    const QStringView text(m_text);
    const QStringView exact(anchor.exact);
    const qsizetype m = exact.size();
    if (m < MinimumFuzzyLength || text.isEmpty()) {
        return false;
    }
    const qsizetype maxErrors = std::min(MaximumErrors, std::max<qsizetype>(1, m * FuzzyShareTenths / 10));

    // Places where the passage may start: the expected one, after the stored prefix, before the
    // stored suffix, and wherever a piece of the passage still stands (a light edit leaves most
    // of it as it was).
    std::vector<qsizetype> starts;
    starts.push_back(expected);
    const QStringView prefix(anchor.prefix);
    if (prefix.size() >= MinimumSeedLength) {
        const QStringView seed = prefix.last(std::min(SeedLength, prefix.size()));
        forEachOccurrence(text, seed, [&](qsizetype at) { starts.push_back(at + seed.size()); });
    }
    const QStringView suffix(anchor.suffix);
    if (suffix.size() >= MinimumSeedLength) {
        const QStringView seed = suffix.first(std::min(SeedLength, suffix.size()));
        forEachOccurrence(text, seed, [&](qsizetype at) { starts.push_back(at - m); });
    }
    const qsizetype pieceLength = std::min(m, std::max(SeedLength, m / (maxErrors + 1)));
    const qsizetype pieces = std::min<qsizetype>(MaximumPieces, std::max<qsizetype>(1, m / pieceLength));
    for (qsizetype p = 0; p < pieces; ++p) {
        const qsizetype offset = pieces == 1 ? 0 : (m - pieceLength) * p / (pieces - 1);
        forEachOccurrence(text, exact.sliced(offset, pieceLength), [&](qsizetype at) { starts.push_back(at - offset); });
    }

    std::sort(starts.begin(), starts.end(), [expected](qsizetype a, qsizetype b) {
        return qAbs(a - expected) < qAbs(b - expected) || (qAbs(a - expected) == qAbs(b - expected) && a < b);
    });
    // Places within the error bound of one already tried give the same alignment.
    QVarLengthArray<qsizetype, MaximumFuzzyCandidates> tried;
    for (const qsizetype start : starts) {
        if (tried.size() >= MaximumFuzzyCandidates) {
            break;
        }
        const bool near = std::any_of(
            tried.cbegin(), tried.cend(), [&](qsizetype other) { return qAbs(other - start) <= maxErrors; });
        if (near) {
            continue;
        }
        tried.append(start);
        const qsizetype from = std::clamp<qsizetype>(start - maxErrors - MinimumSeedLength, 0, text.size());
        const qsizetype to = std::clamp<qsizetype>(start + m + maxErrors + MinimumSeedLength, from, text.size());
        const Alignment alignment = alignInWindow(exact, text.sliced(from, to - from));
        // An unchanged occurrence was judged by findExact() already.
        if (alignment.errors == 0 || alignment.errors > maxErrors || alignment.end <= alignment.start) {
            continue;
        }
        Candidate candidate;
        candidate.start = from + alignment.start;
        candidate.end = from + alignment.end;
        // Never half a surrogate pair at either end.
        if (candidate.start > 0 && text.at(candidate.start).isLowSurrogate()) {
            --candidate.start;
        }
        if (candidate.end < text.size() && text.at(candidate.end).isLowSurrogate()) {
            ++candidate.end;
        }
        candidate.errors = alignment.errors;
        candidate.context = contextScore(anchor, candidate.start, candidate.end);
        candidate.distance = qAbs(candidate.start - expected);
        if (better(candidate, best)) {
            best = candidate;
        }
    }
    if (!best.valid()) {
        return false;
    }
    // An edited passage far from its place needs its surroundings to agree, however long it is: a
    // deleted sentence has look-alikes ("said 137 people were killed" / "said 139 ...").
    const int fullContext = int(anchor.prefix.size() + anchor.suffix.size());
    return best.context >= std::min(MinimumContext, fullContext) || best.distance <= nearRadius(m);
}

AnchorMatch TextAnchoring::locate(const TextAnchor &anchor, qsizetype expected) const
{
    AnchorMatch notFound;
    notFound.anchor = anchor;
    if (anchor.exact.isEmpty()) {
        return notFound;
    }
    expected = std::clamp<qsizetype>(expected, 0, m_text.size());
    Candidate exact;
    const bool exactFound = findExact(anchor, expected, exact);
    const int fullContext = int(anchor.prefix.size() + anchor.suffix.size());
    if (exactFound && (exact.context == fullContext || exact.distance <= nearRadius(anchor.exact.size()))) {
        return matchAt(AnchorMatch::Kind::Exact, exact.start, exact.end, 0);
    }
    // The exact text stands somewhere else with other surroundings: the passage itself may have
    // been edited where it was, which its own prefix and suffix then tell.
    Candidate fuzzy;
    const bool fuzzyFound = findFuzzy(anchor, expected, fuzzy);
    if (fuzzyFound && (!exactFound || fuzzy.context >= exact.context + MinimumContext)) {
        return matchAt(AnchorMatch::Kind::Fuzzy, fuzzy.start, fuzzy.end, fuzzy.errors);
    }
    if (exactFound) {
        return matchAt(AnchorMatch::Kind::Exact, exact.start, exact.end, 0);
    }
    return notFound;
}

QList<AnchorMatch> TextAnchoring::locateAll(const QList<TextAnchor> &anchors) const
{
    QList<qsizetype> order(anchors.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
        [&anchors](qsizetype a, qsizetype b) { return anchors.at(a).start < anchors.at(b).start; });
    QList<AnchorMatch> matches(anchors.size());
    qsizetype shift = 0; // how far the last annotation found moved
    for (const qsizetype index : std::as_const(order)) {
        const TextAnchor &anchor = anchors.at(index);
        AnchorMatch match = locate(anchor, anchor.start + shift);
        if (match.found()) {
            shift = match.anchor.start - anchor.start;
        }
        matches[index] = std::move(match);
    }
    return matches;
}

} // namespace Dateline
