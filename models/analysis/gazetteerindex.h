// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/gazetteer.h"
#include "analysis/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Dateline
{

/**
 * The gazetteer's aliases folded into token lists and hashed by their first token, longest
 * first, so that matching a story costs one hash lookup per word whatever the gazetteer's size
 * (no regular expression per alias). Postings by token and by word shape serve the search for
 * close misspellings. Built once, read by many threads.
 */
class Gazetteer::Index
{
public:
    struct Entry {
        QStringList tokens; ///< folded
        QList<quint8> gaps; ///< NormalToken::Gap before each token (the first is unused)
        quint32 capitalised = 0; ///< bit i: the alias writes token i with a capital
        qint32 actor = 0; ///< into actors()
        Alias::Kind kind = Alias::Kind::Name;
        QString language;
        QString text; ///< the alias as written
        QStringList spellings; ///< every alias that folds to this entry: "Erdoğan", "Erdogan"
        QString phrase; ///< tokens joined by spaces, for edit distances
        bool upperOnly = false; ///< "AS", "UN", "IIA": only as the same capitals
        bool nonLatin = false; ///< written in another script than Latin
        bool declined = false; ///< some spelling is Cyrillic: found by inflection stem too
        bool latinSpelling = false; ///< some spelling is in Latin letters
        bool otherSpelling = false; ///< some spelling is in another script
    };

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const QList<Actor> &actors() const { return m_actors; }
    /// Entries whose first folded token is `token`, most tokens first.
    [[nodiscard]] const QList<qint32> *startingWith(QStringView token) const { return m_byFirst.constFind(token); }
    [[nodiscard]] const QList<qint32> *startingWith(const NormalToken &token) const
    {
        return findFolded(m_byFirst, token);
    }
    /// Entries whose first folded token has this inflection stem (TextNormalizer::inflectionStem),
    /// most tokens first: "Путина" finds "Vladimir Putin" and "Путин".
    [[nodiscard]] const QList<qint32> *startingWithStem(QStringView stem) const
    {
        return m_byFirstStem.constFind(stem);
    }
    /// Entries of two words or more that contain `token` (for misspellings of long names).
    [[nodiscard]] const QList<qint32> *containing(const NormalToken &token) const
    {
        return findFolded(m_byToken, token);
    }
    /// One-word entries of at least eight letters within one edit of `word` may be among `out`
    /// (symmetric deletion: both sides indexed by the word and its one-letter deletions, so the
    /// cost is the word's length in lookups, whatever the gazetteer's size). Callers verify.
    void similarWords(QStringView word, QList<qint32> &out) const;
    [[nodiscard]] qint32 actorIndex(const QString &key) const { return m_actorByKey.value(key, -1); }
    /// The capital's own government for metonymy: the state, or the override ("Kabul": the Taliban).
    [[nodiscard]] qint32 governmentOf(qint32 cityActor) const { return m_governmentOf.value(cityActor, -1); }

    static constexpr int FuzzyMinLetters = 8;

    /// What the search for a misspelt phrase first asks of each candidate entry, packed
    /// side by side: a posting list of thousands of entries is read without touching them.
    struct FuzzyKey {
        quint32 phraseSize = 0;
        char16_t first = 0; ///< the phrase's first letter
        quint8 words = 0; ///< up to 255
        bool upperOnly = false;
    };
    [[nodiscard]] const FuzzyKey &fuzzyKey(qint32 entry) const { return m_fuzzyKeys[size_t(entry)]; }

private:
    friend class Gazetteer;
    static void deletionKeys(QStringView word, std::vector<size_t> &keys);
    void indexDeletions(QStringView word, qint32 id);
    void sortDeletions();

    QList<Entry> m_entries;
    QList<Actor> m_actors;
    QHash<QString, qint32> m_actorByKey;
    QHash<qint32, qint32> m_governmentOf;
    FoldedMap<QList<qint32>> m_byFirst;
    FoldedMap<QList<qint32>> m_byToken;
    FoldedMap<QList<qint32>> m_byFirstStem;
    std::vector<std::pair<size_t, qint32>> m_deletions; ///< sorted by key
    std::vector<FuzzyKey> m_fuzzyKeys; ///< by entry
};

} // namespace Dateline
