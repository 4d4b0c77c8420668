// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/foldedmap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtVersionChecks>

#include <algorithm>

namespace Dateline
{

/// One word of a text, with its folded form. Offsets are UTF-16 code units, end exclusive.
struct NormalToken {
    /// What separates a token from the one before it.
    enum Gap : quint8 {
        Space, ///< spaces or tabs only (or the start of the text)
        Joiner, ///< one joining character and no space: "Rusia-Afghanistan", "Arrahmah.id", "Russia's"
        Abbreviation, ///< a full stop and spaces: "EE. UU.", "Lt. Gen."
        Break, ///< anything else: a comma, a bracket, a line break, a sentence end
    };
    enum Flag : quint8 {
        Upper = 1, ///< every cased letter is upper case, and there is one: "AS", "KABUL"
        Capitalised = 2, ///< the first letter is upper case: "Moskow", "AS"
        Lower = 4, ///< the first letter is lower case: "as", "di"
        NonLatin = 8, ///< written in another script than Latin: "Кабулов"
    };

    qsizetype start = 0;
    qsizetype end = 0;
    /// Case and diacritics folded, transliterated to ASCII Latin: "kabulov". Points into the
    /// buffer of the TokenizedText the token came from.
    QStringView folded;
    Gap gap = Space;
    quint8 flags = 0;
    /// foldedHash(folded), computed once: a word is looked up in a dozen tables.
    quint32 hash = 0;

    [[nodiscard]] bool is(Flag flag) const { return (flags & flag) != 0; }
    [[nodiscard]] qsizetype length() const { return end - start; }
};

/// The words of a text and the one buffer their folded forms live in: keep them together (a
/// copy shares the buffer; a token outlives its TokenizedText at its peril).
struct TokenizedText {
    QString buffer;
    QList<NormalToken> tokens;
};

// QStringView::endsWith() and startsWith() go out of line through the case-insensitive
// comparison; for the short folded affixes tried on every word that was a tenth of matching.
inline bool endsWithExactly(QStringView word, QStringView suffix)
{
    return word.size() >= suffix.size() && std::equal(suffix.begin(), suffix.end(), word.end() - suffix.size());
}

inline bool startsWithExactly(QStringView word, QStringView prefix)
{
    return word.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), word.begin());
}

/// A hash lookup by a view of a folded word, without making a QString where Qt can avoid it.
template<typename Hash>
auto findFolded(const Hash &hash, QStringView key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return hash.constFind(key);
#else
    return hash.constFind(key.toString());
#endif
}

/// The same for a token's folded form in a FoldedMap, by the hash the token carries.
template<typename Map>
auto findFolded(const Map &map, const NormalToken &token)
{
    return map.constFind(token.folded, token.hash);
}

/**
 * Splits text into words and folds each to the form the gazetteer compares: lower case, no
 * diacritics, other scripts transliterated to ASCII Latin through ICU ("Any-Latin; Latin-ASCII"),
 * so that "Кабулов", "KABULOV" and "Kabulov" all read "kabulov" and "Erdoğan" reads "erdogan".
 *
 * A word is a run of letters, digits and combining marks; apostrophes, hyphens and full stops
 * split words and are kept as the gap between them, which is how "Russia's" leaves "Russia" and
 * "Moskow-nya" leaves "Moskow". ASCII words take a fast path; the ICU transliterator (one per
 * thread) serves the rest. Safe to call from several threads at once.
 */
class TextNormalizer
{
public:
    [[nodiscard]] static TokenizedText tokenize(QStringView text);
    /// The folded form of one word (no separators inside).
    [[nodiscard]] static QString fold(QStringView word);
    /// The folded words of a phrase: "Islamic State Khurasan Province" -> 4 words.
    [[nodiscard]] static QStringList foldedWords(QStringView phrase);
    /// The words of a phrase joined by single spaces, for distances: "islamic state khurasan province".
    [[nodiscard]] static QString foldPhrase(QStringView phrase);
    /// The same as `word.toString().toLower()`, without Unicode's case tables for ASCII words
    /// (QString::toLower() took a twentieth of matching, for the dictionary's cache keys).
    [[nodiscard]] static QString lowerCase(QStringView word);

    /// No capital in eight words or more: the text was lower-cased on its way here (a corpus, a
    /// search index, a chat export), and capitals can no longer tell "turkey" from Turkey.
    [[nodiscard]] static bool isLowerCased(const QList<NormalToken> &tokens);
    /// A folded word without a Slavic case ending ("putina", "putinu" -> "putin"; "moskve" ->
    /// "moskv"), for matching inflected Cyrillic names to their dictionary form. The word itself
    /// when no ending leaves three letters.
    [[nodiscard]] static QStringView inflectionStem(QStringView folded);

    /// Optimal-string-alignment Damerau-Levenshtein distance, giving up above `limit` (returns limit + 1).
    [[nodiscard]] static int editDistance(QStringView a, QStringView b, int limit);
};

} // namespace Dateline
