// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ActorMatcher's private parts: one run of the matcher over one story (StoryMatch) and the
// candidates it weighs. Only actormatcher.cpp and storymatch.cpp include this.

#include "actormatcher.h"
#include "gazetteer.h"
#include "gazetteerindex.h"
#include "matchrules.h"
#include "textnormalizer.h"
#include "wordlexicon.h"

#include <algorithm>
#include <deque>
#include <vector>

namespace Dateline::Matching
{

inline bool isIn(const FoldedMap<bool> &words, const NormalToken &word)
{
    return findFolded(words, word) != words.constEnd();
}

inline bool joins(quint8 gap)
{
    return gap == NormalToken::Space || gap == NormalToken::Joiner;
}

inline QString slug(const QStringList &words)
{
    return words.join(u'-');
}

// A name the story itself teaches: a person a title introduced, a surname, an acronym it defined.
struct LocalName {
    QStringList words;
    const Actor *actor = nullptr;
    Mention::Match match = Mention::Match::Exact;
    qsizetype activeFrom = 0; ///< token index
    bool upperOnly = false;
};

struct Candidate {
    qsizetype first = 0; ///< token range
    qsizetype last = 0; ///< exclusive
    qsizetype start = 0; ///< text range (a prefix or clitic may be left out)
    qsizetype end = 0;
    const Actor *actor = nullptr;
    qint32 actorIndex = -1; ///< into the index, -1 for the story's own actors
    Mention::Match match = Mention::Match::Exact;
    AnnotationOrigin origin = AnnotationOrigin::Gazetteer;

    [[nodiscard]] qsizetype words() const { return last - first; }
};

// One run of the matcher over one story.
class StoryMatch
{
public:
    StoryMatch(const QString &text, const QString &language, const Gazetteer::Index &index, const MatchRules &rules,
        const WordLexicon *lexicon)
        : m_text(text)
        , m_language(language)
        , m_index(index)
        , m_rules(rules)
        , m_lexicon(lexicon)
        , m_tokenized(TextNormalizer::tokenize(text))
        , m_tokens(m_tokenized.tokens)
        , m_caseless(TextNormalizer::isLowerCased(m_tokens))
        , m_cliticCut(rules.clitics.isEmpty() ? 0 : size_t(m_tokens.size()), CutUnknown)
    {
    }

    ActorMatches run()
    {
        // News names an actor every four to eight words: growing the list copies every mention.
        m_result.mentions.reserve(m_tokens.size() / 4 + 4);
        findAcronymDefinitions();
        mainPass();
        findUnlistedNames();
        return std::move(m_result);
    }

private:
    // The folded word without an Indonesian clitic ("Rusianya" -> "rusia"), and where it ends.
    // Asked of most words two or three times (gazetteer, the story's own names, a name's last
    // word), so each word's answer is kept.
    bool stemWithoutClitic(qsizetype k, QStringView &stem, qsizetype &end) const
    {
        if (m_cliticCut.empty()) {
            return false; // the language has none
        }
        qint16 &cut = m_cliticCut[size_t(k)];
        if (cut == CutUnknown) {
            cut = cliticLength(k);
        }
        if (cut == 0) {
            return false;
        }
        const NormalToken &t = m_tokens.at(k);
        stem = t.folded.chopped(cut);
        end = t.end - cut;
        return true;
    }

    // The length of the clitic token k ends in, 0 for none.
    qint16 cliticLength(qsizetype k) const
    {
        const NormalToken &t = m_tokens.at(k);
        if (t.is(NormalToken::NonLatin)) {
            return 0;
        }
        for (const QString &clitic : m_rules.clitics) {
            if (t.folded.size() >= clitic.size() + 3 && endsWithExactly(t.folded, clitic) &&
                QStringView(m_text).sliced(t.start, t.length()).endsWith(clitic, Qt::CaseInsensitive)) {
                return qint16(clitic.size());
            }
        }
        return 0;
    }

    // A prefix written onto a name ("keAS", "diJakarta"): only where the name keeps its capital.
    bool stemWithoutPrefix(qsizetype k, QStringView &stem, qsizetype &start) const
    {
        const NormalToken &t = m_tokens.at(k);
        if (!t.is(NormalToken::Lower) || t.is(NormalToken::NonLatin)) {
            return false;
        }
        for (const QString &prefix : m_rules.prefixes) {
            if (t.folded.size() >= prefix.size() + 2 && startsWithExactly(t.folded, prefix) &&
                m_text.at(t.start + prefix.size()).isUpper()) {
                stem = t.folded.sliced(prefix.size());
                start = t.start + prefix.size();
                return true;
            }
        }
        return false;
    }

    // Whether the entry's words stand at token i; `firstWord` replaces the first token's folded
    // form when a prefix was taken off.
    bool fits(const Gazetteer::Index::Entry &e, qsizetype i, QStringView firstWord, qsizetype &end,
        bool inflected = false) const
    {
        const qsizetype n = e.tokens.size();
        if (i + n > m_tokens.size()) {
            return false;
        }
        if (e.upperOnly && !e.language.isEmpty() && !m_language.isEmpty() && e.language != m_language) {
            return false;
        }
        if (m_caseless && n == 1 && (e.capitalised & 1u)) {
            // Outlets are often named by a common word ("antara", "tempo", "kompas"): without
            // capitals, one such word alone is more likely the word.
            const Actor::Kind kind = m_index.actors().at(e.actor).kind;
            if (kind == Actor::Kind::NewsAgency || kind == Actor::Kind::Outlet) {
                return false;
            }
        }
        for (qsizetype j = 0; j < n; ++j) {
            const NormalToken &t = m_tokens.at(i + j);
            if (j > 0) {
                const bool gapFits = joins(t.gap) || (t.gap == NormalToken::Abbreviation && e.gaps.at(j) == t.gap);
                if (!gapFits) {
                    return false;
                }
            }
            const QStringView word = j == 0 ? firstWord : t.folded;
            end = t.end;
            const auto sameStem = [&](QStringView alias) {
                const QStringView stem = TextNormalizer::inflectionStem(word);
                const QStringView aliasStem = TextNormalizer::inflectionStem(alias);
                // A word with no ending is no case of a name with one: "Александр" is not
                // "Александрия".
                if (stem.size() == word.size() && aliasStem.size() != alias.size()) {
                    return false;
                }
                // A noun in "-ия" declines to "-ии", "-ию", "-ией", never to "-а": "Александра" is
                // Alexander's, not Alexandria.
                if (alias.endsWith(u"ia") &&
                    !(word.endsWith(u"ia") || word.endsWith(u"ii") || word.endsWith(u"iu") || word.endsWith(u"iei"))) {
                    return false;
                }
                return stem == aliasStem || (alias.size() >= 5 && alias.endsWith(u"aa") && stem == alias.chopped(2));
            };
            if (word != e.tokens.at(j) && !(inflected && t.is(NormalToken::NonLatin) && sameStem(e.tokens.at(j)))) {
                QStringView stem;
                qsizetype stemEnd = 0;
                if (j != n - 1 || !stemWithoutClitic(i + j, stem, stemEnd) || stem != e.tokens.at(j)) {
                    return false;
                }
                end = stemEnd;
            }
            if (!e.latinSpelling && !t.is(NormalToken::NonLatin) && m_lexicon &&
                m_lexicon->classify(QStringView(m_text).sliced(t.start, t.length())) == WordLexicon::Word::Common) {
                // "Лоян" (Luoyang) reads "loan", "Бешар" (Béchar) "besar": in Latin letters a word
                // of the story's language is that word, not a name only another script writes so.
                return false;
            }
            if (e.upperOnly) {
                if (!t.is(NormalToken::Upper)) {
                    return false;
                }
            } else if (e.nonLatin && !t.is(NormalToken::NonLatin) && t.is(NormalToken::Lower) && !m_caseless) {
                // A name from a script without capitals ("واس") read in Latin letters must still
                // look like a name there: "was" is no agency.
                return false;
            } else if (j < 32 && (e.capitalised >> j & 1u) && t.is(NormalToken::Lower) && !m_caseless && n < 3) {
                // "turkey" is not Turkey; but "diJakarta" is lower case only for its prefix. Names
                // of three words or more ("islamic state khorasan province") are names in any case.
                if (j != 0 || firstWord == t.folded) {
                    return false;
                }
            }
        }
        return true;
    }

    Mention::Match matchKind(const Gazetteer::Index::Entry &e, const Candidate &c) const
    {
        const QStringView written = QStringView(m_text).sliced(c.start, c.end - c.start);
        for (const QString &spelling : e.spellings) {
            if (written == spelling) {
                return Mention::Match::Exact;
            }
        }
        // Folded when some spelling is in the story's script ("Украиной" for "Украина", though
        // "Ukraina" came first), transliterated when none is ("Кабулов" for "Kabulov").
        const bool sameScript = m_tokens.at(c.first).is(NormalToken::NonLatin) ? e.otherSpelling : e.latinSpelling;
        return sameScript ? Mention::Match::Folded : Mention::Match::Transliterated;
    }

    void consider(const QList<qint32> *ids, qsizetype i, QStringView firstWord, qsizetype start, Candidate &best,
        bool inflected = false) const
    {
        if (!ids) {
            return;
        }
        for (qint32 id : *ids) {
            const Gazetteer::Index::Entry &e = m_index.entries().at(id);
            if (e.tokens.size() < best.words()) {
                break; // longest first: nothing longer follows
            }
            qsizetype end = 0;
            if (!fits(e, i, firstWord, end, inflected)) {
                continue;
            }
            Candidate c;
            c.first = i;
            c.last = i + e.tokens.size();
            c.start = start;
            c.end = end;
            c.actor = &m_index.actors().at(e.actor);
            c.actorIndex = e.actor;
            c.match = matchKind(e, c);
            if (c.words() > best.words() ||
                (c.words() == best.words() && c.match == Mention::Match::Exact &&
                    best.match != Mention::Match::Exact)) {
                best = c;
            }
        }
    }

    Candidate gazetteerAt(qsizetype i) const
    {
        Candidate best;
        const NormalToken &t = m_tokens.at(i);
        consider(m_index.startingWith(t), i, t.folded, t.start, best);
        QStringView stem;
        qsizetype edge = 0;
        if (stemWithoutClitic(i, stem, edge)) {
            consider(m_index.startingWith(stem), i, t.folded, t.start, best);
        }
        if (stemWithoutPrefix(i, stem, edge)) {
            consider(m_index.startingWith(stem), i, stem, edge, best);
        }
        if (!best.actor && t.is(NormalToken::NonLatin) && t.is(NormalToken::Capitalised)) {
            // Russian declines names: "Путина", "в Москве", "Сергея Лаврова".
            const QStringView inflection = TextNormalizer::inflectionStem(t.folded);
            consider(m_index.startingWithStem(inflection), i, t.folded, t.start, best, true);
        }
        return best;
    }

    Candidate localAt(qsizetype i) const
    {
        Candidate best;
        const NormalToken &t = m_tokens.at(i);
        QStringView stem;
        qsizetype stemEnd = 0;
        const bool hasStem = stemWithoutClitic(i, stem, stemEnd);
        QList<qsizetype> ids;
        if (const auto it = findFolded(m_localByFirst, t); it != m_localByFirst.constEnd()) {
            ids += *it;
        }
        if (const auto it = hasStem ? m_localByFirst.constFind(stem) : m_localByFirst.constEnd();
            it != m_localByFirst.constEnd()) {
            ids += *it;
        }
        for (qsizetype id : std::as_const(ids)) {
            const LocalName &name = m_local.at(id);
            if (name.activeFrom > i || i + name.words.size() > m_tokens.size() || name.words.size() <= best.words()) {
                continue;
            }
            bool ok = true;
            qsizetype end = t.end;
            for (qsizetype j = 0; j < name.words.size() && ok; ++j) {
                const NormalToken &w = m_tokens.at(i + j);
                const bool last = j == name.words.size() - 1;
                if (j > 0 && !joins(w.gap)) {
                    ok = false;
                } else if (name.upperOnly ? !w.is(NormalToken::Upper) : w.is(NormalToken::Lower)) {
                    ok = false;
                } else if (w.folded == name.words.at(j)) {
                    end = w.end;
                } else if (last && j == 0 && hasStem && stem == name.words.at(j)) {
                    end = stemEnd;
                } else {
                    ok = false;
                }
            }
            if (ok) {
                best.first = i;
                best.last = i + name.words.size();
                best.start = t.start;
                best.end = end;
                best.actor = name.actor;
                best.match = name.match;
                best.origin = AnnotationOrigin::Rule;
                for (qsizetype k = best.first; k < best.last; ++k) {
                    if (m_tokens.at(k).is(NormalToken::NonLatin)) {
                        best.match = Mention::Match::Transliterated;
                    }
                }
                if (name.match == Mention::Match::Surname) {
                    best.match = Mention::Match::Surname;
                }
            }
        }
        return best;
    }

    // The title ("Presiden", "Menteri Luar Negeri") that starts at token i: its number of words.
    qsizetype titleAt(qsizetype i) const
    {
        const auto it = findFolded(m_rules.titles, m_tokens.at(i));
        if (it == m_rules.titles.constEnd()) {
            return 0;
        }
        for (const RulePhrase &phrase : *it) {
            const qsizetype n = phrase.words.size();
            if (i + n > m_tokens.size()) {
                continue;
            }
            bool ok = true;
            for (qsizetype j = 1; j < n && ok; ++j) {
                const NormalToken &t = m_tokens.at(i + j);
                ok = t.folded == phrase.words.at(j) && (joins(t.gap) || t.gap == phrase.gaps.at(j));
            }
            if (ok) {
                return n;
            }
        }
        return 0;
    }

    bool afterLocative(qsizetype i) const
    {
        for (const RulePhrase &phrase : m_rules.locatives) {
            const qsizetype n = phrase.words.size();
            if (i < n || m_tokens.at(i).gap != NormalToken::Space) {
                continue;
            }
            bool ok = true;
            for (qsizetype j = 0; j < n && ok; ++j) {
                const NormalToken &t = m_tokens.at(i - n + j);
                ok = t.folded == phrase.words.at(j) && (j == 0 || t.gap == NormalToken::Space);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    void addLocal(const LocalName &name)
    {
        QList<qsizetype> &ids = m_localByFirst[name.words.first()];
        for (qsizetype id : std::as_const(ids)) {
            const LocalName &known = m_local.at(id);
            if (known.words == name.words && known.actor->key == name.actor->key && known.match == name.match) {
                return; // the earlier one is active already
            }
        }
        ids.append(m_local.size());
        m_local.append(name);
    }

    const Actor *newActor(Actor actor)
    {
        m_ownActors.push_back(std::move(actor));
        return &m_ownActors.back();
    }

    void findAcronymDefinitions();
    void resolveDefinition(qsizetype from, qsizetype to, qsizetype acronymFirst, qsizetype acronymLast);
    Candidate fuzzy(qsizetype from, qsizetype to) const;
    Candidate fuzzyWord(qsizetype i) const;
    qsizetype capitalisedRun(qsizetype i) const;
    Candidate personAfterTitle(qsizetype i);
    [[nodiscard]] bool ownsNoFirstWord(qsizetype first, qsizetype last) const;
    void addMention(const Candidate &c);
    void mainPass();
    void findUnlistedNames();
    void widenPlaces();

    const QString &m_text;
    const QString m_language;
    const Gazetteer::Index &m_index;
    const MatchRules &m_rules;
    const WordLexicon *m_lexicon;
    const TokenizedText m_tokenized;
    const QList<NormalToken> &m_tokens;
    const bool m_caseless; ///< the whole text is in lower case: capitals decide nothing
    static constexpr qint16 CutUnknown = -1;
    mutable std::vector<qint16> m_cliticCut; ///< per token: cliticLength(), or CutUnknown
    std::deque<Actor> m_ownActors; ///< actors this story introduces; deque: pointers stay valid
    QList<LocalName> m_local;
    FoldedMap<QList<qsizetype>> m_localByFirst; ///< into m_local
    /// By first token: expansions matched while defining acronyms.
    QHash<qsizetype, Candidate> m_forced;
    mutable QHash<QString, qint32> m_fuzzyCache; ///< folded phrase -> entry, -1 for none
    mutable QHash<QString, qint32> m_fuzzyWordCache; ///< folded word -> entry, -1 for none
    ActorMatches m_result;
};

} // namespace Dateline::Matching
