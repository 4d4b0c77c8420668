// SPDX-License-Identifier: GPL-3.0-or-later
#include "actormatcher.h"

#include "gazetteer.h"
#include "gazetteerindex.h"
#include "languageprofile.h"
#include "matchrules.h"
#include "namefinder.h"
#include "textnormalizer.h"
#include "wordlexicon.h"

#include <algorithm>
#include <iterator>
#include <deque>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

bool isIn(const QHash<QString, bool> &words, QStringView word)
{
    return findFolded(words, word) != words.constEnd();
}

bool joins(quint8 gap)
{
    return gap == NormalToken::Space || gap == NormalToken::Joiner;
}

QString slug(const QStringList &words)
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
    bool stemWithoutClitic(qsizetype k, QStringView &stem, qsizetype &end) const
    {
        const NormalToken &t = m_tokens.at(k);
        if (t.is(NormalToken::NonLatin)) {
            return false;
        }
        for (const QString &clitic : m_rules.clitics) {
            if (t.folded.size() >= clitic.size() + 3 && t.folded.endsWith(clitic) &&
                QStringView(m_text).sliced(t.start, t.length()).endsWith(clitic, Qt::CaseInsensitive)) {
                stem = t.folded.chopped(clitic.size());
                end = t.end - clitic.size();
                return true;
            }
        }
        return false;
    }

    // A prefix written onto a name ("keAS", "diJakarta"): only where the name keeps its capital.
    bool stemWithoutPrefix(qsizetype k, QStringView &stem, qsizetype &start) const
    {
        const NormalToken &t = m_tokens.at(k);
        if (!t.is(NormalToken::Lower) || t.is(NormalToken::NonLatin)) {
            return false;
        }
        for (const QString &prefix : m_rules.prefixes) {
            if (t.folded.size() >= prefix.size() + 2 && t.folded.startsWith(prefix) &&
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
                if (alias.endsWith(u"ia") && !(word.endsWith(u"ia") || word.endsWith(u"ii") ||
                                                 word.endsWith(u"iu") || word.endsWith(u"iei"))) {
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
        const bool sameScript =
            m_tokens.at(c.first).is(NormalToken::NonLatin) ? e.otherSpelling : e.latinSpelling;
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
        consider(m_index.startingWith(t.folded), i, t.folded, t.start, best);
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
        if (const auto it = findFolded(m_localByFirst, t.folded); it != m_localByFirst.constEnd()) {
            ids += *it;
        }
        if (const auto it = hasStem ? findFolded(m_localByFirst, stem) : m_localByFirst.constEnd();
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
        const auto it = findFolded(m_rules.titles, m_tokens.at(i).folded);
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
    std::deque<Actor> m_ownActors; ///< actors this story introduces; deque: pointers stay valid
    QList<LocalName> m_local;
    QHash<QString, QList<qsizetype>> m_localByFirst; ///< into m_local
    QHash<qsizetype, Candidate> m_forced;
    mutable QHash<QString, qint32> m_fuzzyCache; ///< folded phrase -> entry, -1 for none
    mutable QHash<QString, qint32> m_fuzzyWordCache; ///< folded word -> entry, -1 for none ///< by first token:
                                                     ///< expansions matched while defining acronyms
    ActorMatches m_result;
};

void StoryMatch::findAcronymDefinitions()
{
    for (qsizetype t = 1; t < m_tokens.size(); ++t) {
        const NormalToken &first = m_tokens.at(t);
        if (!first.is(NormalToken::Upper) || first.start == 0 || m_text.at(first.start - 1) != u'(') {
            continue;
        }
        qsizetype last = t + 1; // "ISIS-K": capitals joined by hyphens
        while (last < m_tokens.size() && m_tokens.at(last).gap == NormalToken::Joiner &&
            m_tokens.at(last).is(NormalToken::Upper)) {
            ++last;
        }
        const qsizetype closeAt = m_tokens.at(last - 1).end;
        if (closeAt >= m_text.size() || m_text.at(closeAt) != u')') {
            continue;
        }
        // Only spaces between the expansion and "(".
        const NormalToken &before = m_tokens.at(t - 1);
        if (!QStringView(m_text).sliced(before.end, first.start - 1 - before.end).trimmed().isEmpty()) {
            continue;
        }
        QString letters;
        for (QChar c : QStringView(m_text).sliced(first.start, closeAt - first.start)) {
            if (c.isLetter()) {
                letters.append(c.toLower());
            }
        }
        if (letters.size() < 2 || letters.size() > 8) {
            continue;
        }
        // Walk back over the capitalised words whose initials spell the acronym, skipping
        // connectors ("of", "dan").
        qsizetype j = letters.size() - 1;
        qsizetype k = t - 1;
        bool ok = true;
        while (k >= 0 && j >= 0) {
            const NormalToken &w = m_tokens.at(k);
            if (k < t - 1 && !joins(m_tokens.at(k + 1).gap)) {
                ok = false;
                break;
            }
            if (w.is(NormalToken::Capitalised) && !w.folded.isEmpty() && w.folded.front() == letters.at(j)) {
                --j;
                --k;
            } else if (w.is(NormalToken::Lower) && isIn(m_rules.connectors, w.folded) && k < t - 1) {
                --k;
            } else {
                ok = false;
                break;
            }
        }
        if (!ok || j >= 0) {
            continue;
        }
        resolveDefinition(k + 1, t, t, last);
        t = last;
    }
}

void StoryMatch::resolveDefinition(qsizetype from, qsizetype to, qsizetype acronymFirst, qsizetype acronymLast)
{
    // The whole expansion as a known name, else a close misspelling of one, else a new actor.
    Candidate found;
    {
        Candidate exact = gazetteerAt(from);
        if (exact.actor && exact.last == to) {
            found = exact;
        }
    }
    if (!found.actor) {
        found = fuzzy(from, to);
        if (found.actor) {
            m_forced.insert(from, found);
        }
    }
    const QString expansion = m_text.sliced(m_tokens.at(from).start, m_tokens.at(to - 1).end - m_tokens.at(from).start);
    const QString acronym = m_text.sliced(
        m_tokens.at(acronymFirst).start, m_tokens.at(acronymLast - 1).end - m_tokens.at(acronymFirst).start);
    if (!found.actor) {
        Actor actor;
        actor.name = expansion;
        actor.kind = Actor::Kind::Organisation;
        found.first = from;
        found.last = to;
        found.start = m_tokens.at(from).start;
        found.end = m_tokens.at(to - 1).end;
        found.actor = newActor(actor);
        found.match = Mention::Match::Exact;
        found.origin = AnnotationOrigin::Rule;
        m_forced.insert(from, found);
    }
    AcronymDefinition definition;
    definition.acronym = acronym;
    definition.expansion = expansion;
    definition.actorKey = found.actor->key;
    definition.start = m_tokens.at(from).start;
    definition.end = m_tokens.at(acronymLast - 1).end + 1;
    m_result.acronyms.append(definition);

    LocalName name;
    for (qsizetype k = acronymFirst; k < acronymLast; ++k) {
        name.words.append(m_tokens.at(k).folded.toString());
    }
    name.actor = found.actor;
    name.match = Mention::Match::Acronym;
    name.activeFrom = acronymFirst;
    name.upperOnly = true;
    addLocal(name);
}

Candidate StoryMatch::fuzzy(qsizetype from, qsizetype to) const
{
    Candidate best;
    // Candidates share a word with the phrase: the rarest word's posting list.
    const QList<qint32> *candidates = nullptr;
    for (qsizetype k = from; k < to; ++k) {
        const QList<qint32> *posting = m_index.containing(m_tokens.at(k).folded);
        if (posting && (!candidates || posting->size() < candidates->size())) {
            candidates = posting;
        }
    }
    if (!candidates || candidates->size() > 4000) {
        return best;
    }
    QString phrase;
    for (qsizetype k = from; k < to; ++k) {
        if (k > from) {
            phrase.append(u' ');
        }
        phrase.append(m_tokens.at(k).folded);
    }
    // A story names the same people again and again: each phrase is looked at once.
    qint32 found = -1;
    if (const auto cached = m_fuzzyCache.constFind(phrase); cached != m_fuzzyCache.constEnd()) {
        found = *cached;
    } else {
        // A few edits at most, and the first letter right: a misspelling rarely starts wrong,
        // and the condition spares most distance computations.
        const int limit = std::clamp(int(phrase.size() / 12), 1, 3);
        int bestDistance = limit + 1;
        const qsizetype words = to - from;
        for (qint32 id : *candidates) {
            const Gazetteer::Index::Entry &e = m_index.entries().at(id);
            if (std::abs(int(e.tokens.size() - words)) > 1 || e.upperOnly || e.phrase.front() != phrase.front() ||
                std::abs(int(e.phrase.size() - phrase.size())) > limit) {
                continue;
            }
            const int d = TextNormalizer::editDistance(phrase, e.phrase, limit);
            if (d > 0 && d < bestDistance) {
                bestDistance = d;
                found = id;
            }
        }
        m_fuzzyCache.insert(phrase, found);
    }
    if (found >= 0) {
        const Gazetteer::Index::Entry &e = m_index.entries().at(found);
        best.first = from;
        best.last = to;
        best.start = m_tokens.at(from).start;
        best.end = m_tokens.at(to - 1).end;
        best.actor = &m_index.actors().at(e.actor);
        best.actorIndex = e.actor;
        best.match = Mention::Match::Fuzzy;
    }
    return best;
}

Candidate StoryMatch::fuzzyWord(qsizetype i) const
{
    Candidate best;
    const NormalToken &t = m_tokens.at(i);
    const qsizetype n = t.folded.size();
    if (n < Gazetteer::Index::FuzzyMinLetters || !t.is(NormalToken::Capitalised) || t.is(NormalToken::Upper)) {
        return best;
    }
    const auto cached = findFolded(m_fuzzyWordCache, t.folded);
    if (cached != m_fuzzyWordCache.constEnd()) {
        if (*cached >= 0) {
            const Gazetteer::Index::Entry &e = m_index.entries().at(*cached);
            best.first = i;
            best.last = i + 1;
            best.start = t.start;
            best.end = t.end;
            best.actor = &m_index.actors().at(e.actor);
            best.actorIndex = e.actor;
            best.match = Mention::Match::Fuzzy;
        }
        return best;
    }
    m_fuzzyWordCache.insert(t.folded.toString(), -1);
    // A word the dictionary holds is spelt right: "Компания" is no misspelt "Кампания".
    if (m_lexicon &&
        m_lexicon->classify(QStringView(m_text).sliced(t.start, t.length())) != WordLexicon::Word::Unknown) {
        return best;
    }
    QList<qint32> ids;
    m_index.similarWords(t.folded, ids);
    for (qint32 id : std::as_const(ids)) {
        const Gazetteer::Index::Entry &e = m_index.entries().at(id);
        const QString &word = e.tokens.first();
        // "Australian" is not a misspelling of "Australia": one word inside the other is a
        // derivation, not a typing error.
        if (word.startsWith(t.folded) || t.folded.startsWith(word)) {
            continue;
        }
        if (TextNormalizer::editDistance(t.folded, word, 1) == 1) {
            best.first = i;
            best.last = i + 1;
            best.start = t.start;
            best.end = t.end;
            best.actor = &m_index.actors().at(e.actor);
            best.actorIndex = e.actor;
            best.match = Mention::Match::Fuzzy;
            m_fuzzyWordCache.insert(t.folded.toString(), id);
            return best;
        }
    }
    return best;
}

qsizetype StoryMatch::capitalisedRun(qsizetype i) const
{
    qsizetype end = i;
    qsizetype lastCapital = i;
    while (end < m_tokens.size() && end - i < 6) {
        const NormalToken &t = m_tokens.at(end);
        if (end > i && !joins(t.gap)) {
            break;
        }
        if (t.is(NormalToken::Capitalised)) {
            lastCapital = end;
        } else if (!(end > i && t.is(NormalToken::Lower) && isIn(m_rules.connectors, t.folded))) {
            break;
        }
        ++end;
    }
    return lastCapital + 1 - i;
}

Candidate StoryMatch::personAfterTitle(qsizetype i)
{
    Candidate none;
    const NormalToken &first = m_tokens.at(i);
    if (!first.is(NormalToken::Capitalised) || (first.is(NormalToken::Upper) && first.length() <= 3)) {
        return none;
    }
    qsizetype end = i;
    qsizetype lastName = i;
    while (end < m_tokens.size() && end - i < 4) {
        const NormalToken &t = m_tokens.at(end);
        if (end > i && (!joins(t.gap) || gazetteerAt(end).actor || titleAt(end) > 0)) {
            break;
        }
        if (t.is(NormalToken::Capitalised)) {
            lastName = end;
        } else if (!(end > i && t.is(NormalToken::Lower) && isIn(m_rules.particles, t.folded))) {
            break;
        }
        ++end;
    }
    QStringList words;
    for (qsizetype k = i; k <= lastName; ++k) {
        words.append(m_tokens.at(k).folded.toString());
    }
    Actor actor;
    actor.key = u"person:"_s + slug(words);
    actor.name = m_text.sliced(first.start, m_tokens.at(lastName).end - first.start);
    actor.kind = Actor::Kind::Person;
    Candidate c;
    c.first = i;
    c.last = lastName + 1;
    c.start = first.start;
    c.end = m_tokens.at(lastName).end;
    c.actor = newActor(actor);
    c.match = Mention::Match::Title;
    c.origin = AnnotationOrigin::Rule;

    // The full name again later in the story is the same person.
    LocalName name;
    name.words = words;
    name.actor = c.actor;
    name.match = Mention::Match::Title;
    name.activeFrom = c.last;
    addLocal(name);
    return c;
}

void StoryMatch::addMention(const Candidate &c)
{
    Mention mention;
    mention.actor = *c.actor;
    mention.start = c.start;
    mention.end = c.end;
    mention.text = m_text.sliced(c.start, c.end - c.start);
    mention.match = c.match;
    mention.origin = c.origin;
    // A capital as the subject stands for its government ("Moskow dan Kabul tengah membangun
    // hubungan"); in a dateline (capitals, or the story's first word) or after "di", "in",
    // "di luar" it is the city.
    if (c.actorIndex >= 0) {
        const qint32 government = m_index.governmentOf(c.actorIndex);
        const NormalToken &t = m_tokens.at(c.first);
        const bool dateline =
            c.first == 0 && (c.last >= m_tokens.size() || m_tokens.at(c.last).gap == NormalToken::Break);
        if (government >= 0 && !dateline && !t.is(NormalToken::Upper) && !afterLocative(c.first)) {
            mention.alsoActor = m_index.actors().at(government);
        }
    }
    // A person's surname alone refers back to the full name for the rest of the story.
    if (c.actor->kind == Actor::Kind::Person && c.words() >= 2) {
        const NormalToken &last = m_tokens.at(c.last - 1);
        if (last.folded.size() >= 3 && !isIn(m_rules.particles, last.folded)) {
            LocalName surname;
            surname.words = QStringList { last.folded.toString() };
            surname.actor = c.actor;
            surname.match = Mention::Match::Surname;
            surname.activeFrom = c.last;
            addLocal(surname);
        }
    }
    m_result.mentions.append(std::move(mention));
}

void StoryMatch::mainPass()
{
    qsizetype titleReach = -1; // a person may start here: just after a title
    qsizetype i = 0;
    const qsizetype n = m_tokens.size();
    while (i < n) {
        if (const auto forced = m_forced.constFind(i); forced != m_forced.constEnd()) {
            addMention(*forced);
            i = forced->last;
            continue;
        }
        Candidate best = gazetteerAt(i);
        const Candidate local = localAt(i);
        if (local.actor &&
            (local.words() > best.words() ||
                (local.words() == best.words() && (!best.actor || best.actor->key != local.actor->key)))) {
            best = local;
        }
        const NormalToken &t = m_tokens.at(i);
        if (t.is(NormalToken::Capitalised)) {
            // A longer run of capitalised words than the best match may be a misspelt long name:
            // "Islamic State Khurasan Provience" is more than "Islamic State".
            const qsizetype run = capitalisedRun(i);
            for (qsizetype length = run; length >= 2 && length > best.words(); --length) {
                const Candidate close = fuzzy(i, i + length);
                if (close.actor) {
                    best = close;
                    break;
                }
            }
            if (!best.actor) {
                best = fuzzyWord(i);
            }
        }
        if (!best.actor && i != titleReach) {
            if (const qsizetype title = titleAt(i); title > 0) {
                titleReach = i + title;
                i += title;
                continue;
            }
        }
        if (!best.actor && i == titleReach) {
            best = personAfterTitle(i);
        }
        if (best.actor) {
            addMention(best);
            // "Menteri Luar Negeri Rusia Sergei Lavrov": the title reaches over the state.
            if (i == titleReach && best.actor->kind != Actor::Kind::Person) {
                titleReach = best.last;
            }
            i = best.last;
            continue;
        }
        ++i;
    }
}

void StoryMatch::widenPlaces()
{
    // "Jakarta Selatan", "kabupaten Bandung": a known place with a word that makes it another
    // place of its own, named by the whole.
    const auto tokenStarting = [&](qsizetype offset) {
        const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
            [](const NormalToken &t, qsizetype at) { return t.start < at; });
        return it != m_tokens.cend() && it->start == offset ? qsizetype(it - m_tokens.cbegin()) : qsizetype(-1);
    };
    const NameRules &names = m_rules.names;
    for (qsizetype m = 0; m < m_result.mentions.size(); ++m) {
        Mention &mention = m_result.mentions[m];
        if (mention.actor.kind != Actor::Kind::State && mention.actor.kind != Actor::Kind::City) {
            continue;
        }
        const qsizetype first = tokenStarting(mention.start);
        if (first < 0) {
            continue;
        }
        qsizetype last = first;
        while (last + 1 < m_tokens.size() && m_tokens.at(last + 1).start < mention.end) {
            ++last;
        }
        bool widened = false;
        const qsizetype nextStart = m + 1 < m_result.mentions.size() ? m_result.mentions.at(m + 1).start : m_text.size();
        if (last + 1 < m_tokens.size() && m_tokens.at(last).end == mention.end &&
            m_tokens.at(last + 1).gap == NormalToken::Space && m_tokens.at(last + 1).end <= nextStart &&
            (m_caseless || m_tokens.at(last + 1).is(NormalToken::Capitalised))) {
            const auto tail = findFolded(names.tails, m_tokens.at(last + 1).folded);
            if (tail != names.tails.constEnd() && *tail == NameRules::Place) {
                ++last;
                widened = true;
            }
        }
        const qsizetype previousEnd = m > 0 ? m_result.mentions.at(m - 1).end : 0;
        if (first > 0 && m_tokens.at(first).gap == NormalToken::Space && m_tokens.at(first - 1).start >= previousEnd) {
            const auto head = findFolded(names.heads, m_tokens.at(first - 1).folded);
            if (head != names.heads.constEnd() && *head == NameRules::Place) {
                mention.start = m_tokens.at(first - 1).start;
                widened = true;
            }
        }
        if (!widened) {
            continue;
        }
        mention.end = m_tokens.at(last).end;
        mention.text = m_text.sliced(mention.start, mention.end - mention.start);
        QStringList words;
        for (const QString &word : TextNormalizer::foldedWords(mention.text)) {
            words.append(word);
        }
        Actor place;
        place.key = u"place:"_s + slug(words);
        place.name = mention.text;
        place.kind = Actor::Kind::City;
        place.country = mention.actor.country;
        mention.actor = place;
        mention.alsoActor = Actor();
        mention.match = Mention::Match::Exact;
        mention.origin = AnnotationOrigin::Rule;
    }
}

void StoryMatch::findUnlistedNames()
{
    widenPlaces();
    QList<bool> covered(m_tokens.size(), false);
    qsizetype m = 0;
    const QList<Mention> &known = m_result.mentions;
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        while (m < known.size() && known.at(m).end <= m_tokens.at(k).start) {
            ++m;
        }
        covered[k] = m < known.size() && known.at(m).start < m_tokens.at(k).end;
    }
    QList<Mention> found = NameFinder(m_text, m_tokens, m_caseless, m_rules, m_lexicon).find(covered);
    if (found.isEmpty()) {
        return;
    }
    // "Реджеп Эрдоган" with only "Эрдоган" known: the first name belongs to the known person.
    qsizetype next = 0;
    for (Mention &name : found) {
        while (next < known.size() && known.at(next).start < name.end) {
            ++next;
        }
        if (next < known.size() && known.at(next).actor.kind == Actor::Kind::Person &&
            name.match == Mention::Match::Exact && !name.text.contains(u' ') &&
            QStringView(m_text).sliced(name.end, known.at(next).start - name.end) == u" ") {
            Mention &person = m_result.mentions[next];
            person.start = name.start;
            person.text = m_text.sliced(person.start, person.end - person.start);
            name.end = name.start; // dropped below
        }
    }
    found.removeIf([](const Mention &dropped) { return dropped.end == dropped.start; });
    QList<Mention> merged;
    merged.reserve(known.size() + found.size());
    std::merge(std::make_move_iterator(m_result.mentions.begin()), std::make_move_iterator(m_result.mentions.end()),
        std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()), std::back_inserter(merged),
        [](const Mention &a, const Mention &b) { return a.start < b.start; });
    m_result.mentions = std::move(merged);
}

} // namespace

ActorMatcher::ActorMatcher(const Gazetteer &gazetteer, const LanguageProfiles &languages)
    : m_gazetteer(gazetteer)
    , m_languages(languages)
{
    auto all = std::make_shared<MatchRules>();
    for (const QString &code : languages.codes()) {
        auto rules = std::make_shared<MatchRules>();
        rules->add(languages.profile(code));
        rules->sort();
        m_rules.insert(code, rules);
        all->add(languages.profile(code));
    }
    all->sort();
    m_rules.insert(QString(), all);
}

ActorMatcher::~ActorMatcher() = default;

const MatchRules &ActorMatcher::rulesFor(const QString &language) const
{
    const auto it = m_rules.constFind(language);
    return it != m_rules.constEnd() ? **it : *m_rules.value(QString());
}

const WordLexicon *ActorMatcher::lexiconFor(const QString &language) const
{
    if (language.isEmpty()) {
        return nullptr;
    }
    const QMutexLocker lock(&m_lexiconMutex);
    if (const auto it = m_lexicons.constFind(language); it != m_lexicons.constEnd()) {
        return it->get();
    }
    std::shared_ptr<const WordLexicon> lexicon = WordLexicon::open(m_languages.profile(language).hunspell);
    m_lexicons.insert(language, lexicon);
    return lexicon.get();
}

ActorMatches ActorMatcher::match(const QString &text, const QString &language) const
{
    StoryMatch story(text, language, m_gazetteer.index(), rulesFor(language), lexiconFor(language));
    ActorMatches matches = story.run();
    // The story's own actors live only as long as the run: the mentions carry copies.
    return matches;
}

} // namespace Dateline
