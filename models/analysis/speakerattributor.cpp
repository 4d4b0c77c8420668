// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerattributor.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Dateline
{

namespace
{

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
    bool capitalised = false;
    bool cueWord = false; ///< may start a speech verb or "according to": worth a closer look
};

/// A phrase of one or more words from a rule list, lower case, split into words.
using Phrase = QStringList;

/// A list of phrases indexed by first word, so that matching at a token costs one hash look-up.
class PhraseSet
{
public:
    PhraseSet() = default;
    explicit PhraseSet(const QStringList &phrases)
    {
        for (const QString &phrase : phrases) {
            const QString lower = phrase.toLower().remove(u'-').simplified();
            const Phrase words = lower.split(u' ', Qt::SkipEmptyParts);
            if (!words.isEmpty()) {
                m_byFirst[words.constFirst()].append(words);
            }
        }
        // Longest first, so that "as reported by" wins over "as".
        for (auto &list : m_byFirst) {
            std::sort(list.begin(), list.end(), [](const Phrase &a, const Phrase &b) { return a.size() > b.size(); });
        }
    }

    /// The number of tokens the longest phrase matching at `at` covers, 0 when none.
    [[nodiscard]] qsizetype matchAt(const QList<Token> &tokens, qsizetype at, qsizetype limit) const
    {
        if (at >= limit) {
            return 0;
        }
        const auto found = m_byFirst.constFind(tokens.at(at).lower);
        if (found == m_byFirst.cend()) {
            return 0;
        }
        for (const Phrase &phrase : *found) {
            if (at + phrase.size() > limit) {
                continue;
            }
            bool all = true;
            for (qsizetype i = 1; i < phrase.size() && all; ++i) {
                all = tokens.at(at + i).lower == phrase.at(i);
            }
            if (all) {
                return phrase.size();
            }
        }
        return 0;
    }

    [[nodiscard]] QStringList firstWords() const { return m_byFirst.keys(); }

    [[nodiscard]] bool contains(const QString &word) const
    {
        const auto found = m_byFirst.constFind(word);
        return found != m_byFirst.cend() &&
            std::any_of(found->cbegin(), found->cend(), [](const Phrase &p) { return p.size() == 1; });
    }

private:
    QHash<QString, QList<Phrase>> m_byFirst;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Words: letters and digits, with an inner hyphen, apostrophe or period ("al-Shabaab",
/// "Arrahmah.id", "U.S") kept inside the word.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 6);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                ++i;
            } else if ((text.at(i) == u'-' || text.at(i) == u'\'' || text.at(i) == u'\u2019' || text.at(i) == u'.') &&
                i + 1 < n && isWordChar(text.at(i + 1)) && i > start) {
                ++i;
            } else {
                break;
            }
        }
        Token token;
        token.start = start;
        token.end = i;
        token.lower = text.mid(start, i - start).toLower();
        token.capitalised = text.at(start).isUpper();
        tokens.append(token);
    }
    return tokens;
}

/// What attributing one story needs: its text, tokens, rules and the state carried from
/// one quotation to the next (the last named speaker).
class Attribution
{
public:
    Attribution(const QString &text, const LanguageProfile &rules, const QList<NewsSpan> &quotations,
        const QList<Mention> &mentions)
        : m_text(text)
        , m_tokens(tokenize(text))
        , m_mentions(mentions)
        , m_speechVerbs(rules.speechVerbs)
        , m_verbsFirst(rules.speechVerbsBeforeSpeaker)
        , m_suffixVerbs(rules.cueSuffixVerbs)
        , m_pronouns(rules.pronouns)
        , m_accordingTo(rules.accordingTo)
        , m_relayBefore(rules.relayBefore)
        , m_relayCarried(rules.relayCarried)
        , m_relayReported(rules.relayReported)
        , m_that(rules.thatWords)
        , m_titles(rules.titles)
        , m_relative(rules.relativeWords)
    {
        for (const QString &clitic : rules.clitics) {
            QString bare = clitic.toLower();
            bare.remove(u'-');
            if (!bare.isEmpty()) {
                m_clitics.append(bare);
            }
        }
        std::sort(
            m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
        for (const NewsSpan &span : quotations) {
            if (span.kind == NewsSpan::Kind::Quotation && span.depth == 0) {
                m_quotations.append(span);
            }
        }
        std::sort(m_quotations.begin(), m_quotations.end(),
            [](const NewsSpan &a, const NewsSpan &b) { return a.start < b.start; });
        QSet<QString> cueWords;
        for (const PhraseSet *set : { &m_speechVerbs, &m_verbsFirst }) {
            const QStringList words = set->firstWords();
            cueWords.unite(QSet<QString>(words.cbegin(), words.cend()));
        }
        for (Token &token : m_tokens) {
            token.cueWord = cueWords.contains(token.lower);
        }
    }

    QList<Quote> run();

private:
    struct Cue {
        qsizetype first = 0; ///< tokens of the cue, speaker included
        qsizetype last = 0; ///< inclusive
        Actor speaker;
        qsizetype relayFrom = 0; ///< where the relay chain may start
    };

    struct SpeakerPhrase {
        qsizetype first = 0;
        qsizetype last = -1; ///< inclusive; last < first: none
        Actor speaker;
        bool found = false;
    };

    [[nodiscard]] qsizetype tokenAtOrAfter(qsizetype offset) const
    {
        const auto it = std::lower_bound(
            m_tokens.cbegin(), m_tokens.cend(), offset, [](const Token &t, qsizetype o) { return t.end <= o; });
        return it - m_tokens.cbegin();
    }
    /// Tokens wholly before `offset`: the index one past the last.
    [[nodiscard]] qsizetype tokensBefore(qsizetype offset) const
    {
        const auto it = std::lower_bound(
            m_tokens.cbegin(), m_tokens.cend(), offset, [](const Token &t, qsizetype o) { return t.end <= o; });
        return it - m_tokens.cbegin();
    }
    [[nodiscard]] QStringView between(qsizetype from, qsizetype to) const
    {
        return QStringView(m_text).mid(from, std::max<qsizetype>(0, to - from));
    }
    /// True when the text between two neighbouring tokens breaks a phrase (a comma, a colon,
    /// a quotation mark, a line break...).
    [[nodiscard]] bool breakBetween(qsizetype left, qsizetype right) const
    {
        const QStringView gap = between(m_tokens.at(left).end, m_tokens.at(right).start);
        for (qsizetype k = 0; k < gap.size(); ++k) {
            const QChar c = gap.at(k);
            if (c == u'(' || c == u')' || (c == u'.' && k + 1 < gap.size() && gap.at(k + 1) == u')')) {
                continue; // "Rep. Gwen Moore (D-Wis.) said"
            }
            if (!c.isSpace() || c == u'\n') {
                if (c == u'.' && gap.size() <= 2 && m_tokens.at(left).end - m_tokens.at(left).start <= 3 &&
                    m_tokens.at(left).capitalised) {
                    continue; // "Mr. Smith", "Sen. McCain"
                }
                return true;
            }
        }
        return false;
    }
    /// A break inside a name: any break, or a parenthesis ("Gwen Moore (D-Wis.)").
    [[nodiscard]] bool nameBreak(qsizetype left, qsizetype right) const
    {
        const QStringView gap = between(m_tokens.at(left).end, m_tokens.at(right).start);
        return breakBetween(left, right) || gap.contains(u'(') || gap.contains(u')');
    }
    [[nodiscard]] const Mention *mentionAt(qsizetype token) const;
    [[nodiscard]] bool isPronoun(qsizetype token) const { return m_pronouns.contains(m_tokens.at(token).lower); }
    [[nodiscard]] bool isSpeechVerb(qsizetype token) const { return m_speechVerbs.contains(m_tokens.at(token).lower); }
    [[nodiscard]] bool isSuffixCue(qsizetype token) const;
    [[nodiscard]] bool isAccordingToClitic(qsizetype token) const;
    [[nodiscard]] Actor lastSpeaker(bool person) const;

    [[nodiscard]] SpeakerPhrase speakerAfter(qsizetype from, qsizetype limit) const;
    [[nodiscard]] SpeakerPhrase speakerBefore(qsizetype verb, qsizetype floor) const;
    [[nodiscard]] SpeakerPhrase resolve(qsizetype first, qsizetype last) const;

    [[nodiscard]] std::optional<Cue> cueAfter(qsizetype from, qsizetype limit) const;
    [[nodiscard]] std::optional<Cue> cueBefore(qsizetype floor, qsizetype limit) const;
    [[nodiscard]] QList<Actor> relays(qsizetype from, qsizetype limit) const;

    [[nodiscard]] qsizetype sentenceStart(qsizetype offset) const;
    [[nodiscard]] qsizetype sentenceEnd(qsizetype offset) const;
    [[nodiscard]] bool insideQuotation(qsizetype offset) const;
    [[nodiscard]] bool isAbbreviation(qsizetype dot) const;

    void quotation(const NewsSpan &span, qsizetype nextQuote, QList<Quote> &quotes);
    void reportedSpeech(qsizetype offset, qsizetype end, QList<Quote> &quotes);
    void remember(const Actor &speaker);
    Quote makeQuote(
        qsizetype start, qsizetype end, Quote::Type type, const std::optional<Cue> &cue, qsizetype relayLimit) const;

    const QString &m_text;
    QList<Token> m_tokens;
    QList<Mention> m_mentions;
    QList<NewsSpan> m_quotations;
    PhraseSet m_speechVerbs;
    PhraseSet m_verbsFirst;
    PhraseSet m_suffixVerbs;
    PhraseSet m_pronouns;
    PhraseSet m_accordingTo;
    PhraseSet m_relayBefore;
    PhraseSet m_relayCarried;
    PhraseSet m_relayReported;
    PhraseSet m_that;
    PhraseSet m_titles;
    PhraseSet m_relative;
    QStringList m_clitics;
    QList<std::pair<qsizetype, qsizetype>> m_usedCues; ///< token ranges of the quotations' cues
    Actor m_lastSpeaker;
    Actor m_lastPerson;
    qsizetype m_lastQuote = -1; ///< index of the last direct or partial quotation in the result
    qsizetype m_reportsSinceQuote = 0;
};

const Mention *Attribution::mentionAt(qsizetype token) const
{
    const Token &t = m_tokens.at(token);
    const auto it = std::upper_bound(
        m_mentions.cbegin(), m_mentions.cend(), t.start, [](qsizetype o, const Mention &m) { return o < m.start; });
    if (it == m_mentions.cbegin()) {
        return nullptr;
    }
    const Mention &m = *(it - 1);
    return m.end > t.start ? &m : nullptr;
}

bool Attribution::isSuffixCue(qsizetype token) const
{
    const QString &word = m_tokens.at(token).lower;
    if (m_suffixVerbs.contains(word)) {
        return true;
    }
    // "katanya", "ujarnya": a verb that goes before its speaker, with the clitic for "he/she".
    for (const QString &clitic : m_clitics) {
        if (word.size() > clitic.size() + 2 && word.endsWith(clitic)) {
            const QString stem = word.first(word.size() - clitic.size());
            if (m_verbsFirst.contains(stem) || m_speechVerbs.contains(stem)) {
                return true;
            }
        }
    }
    return false;
}

bool Attribution::isAccordingToClitic(qsizetype token) const
{
    const QString &word = m_tokens.at(token).lower;
    for (const QString &clitic : m_clitics) {
        if (word.size() > clitic.size() + 2 && word.endsWith(clitic) &&
            m_accordingTo.contains(word.first(word.size() - clitic.size()))) {
            return true; // "menurutnya"
        }
    }
    return false;
}

Actor Attribution::lastSpeaker(bool person) const
{
    return person && !m_lastPerson.name.isEmpty() ? m_lastPerson : m_lastSpeaker;
}

void Attribution::remember(const Actor &speaker)
{
    if (speaker.name.isEmpty()) {
        return;
    }
    m_lastSpeaker = speaker;
    if (speaker.kind == Actor::Kind::Person) {
        m_lastPerson = speaker;
    }
}

/// The speaker named by tokens [first, last]: a person mention first, then any mention,
/// then a pronoun (the last speaker), then the capitalised words as a new person's name.
Attribution::SpeakerPhrase Attribution::resolve(qsizetype first, qsizetype last) const
{
    SpeakerPhrase phrase;
    phrase.first = first;
    phrase.last = last;
    const Mention *person = nullptr;
    const Mention *any = nullptr;
    for (qsizetype i = last; i >= first; --i) {
        if (const Mention *m = mentionAt(i)) {
            if (!person && m->actor.kind == Actor::Kind::Person) {
                person = m;
            }
            if (!any) {
                any = m;
            }
        }
    }
    if (person || any) {
        const Mention *m = person ? person : any;
        phrase.speaker = m->actor;
        // A capital in "perwakilan khusus Moskow" speaks for its state.
        if (m->actor.kind == Actor::Kind::City && !m->alsoActor.name.isEmpty()) {
            phrase.speaker = m->alsoActor;
        }
        phrase.found = true;
        return phrase;
    }
    for (qsizetype i = first; i <= last; ++i) {
        if (isPronoun(i)) {
            phrase.speaker = lastSpeaker(true);
            phrase.found = true;
            return phrase;
        }
    }
    // The longest run of capitalised words that are not titles: a name in no list.
    qsizetype runStart = -1;
    qsizetype bestStart = -1;
    qsizetype bestEnd = -1;
    for (qsizetype i = first; i <= last + 1; ++i) {
        const bool name = i <= last && m_tokens.at(i).capitalised && !m_titles.contains(m_tokens.at(i).lower) &&
            (i == runStart || runStart < 0 || !nameBreak(i - 1, i));
        if (name && runStart < 0) {
            runStart = i;
        } else if (!name && runStart >= 0) {
            if (i - runStart > bestEnd - bestStart) {
                bestStart = runStart;
                bestEnd = i;
            }
            runStart = i <= last && m_tokens.at(i).capitalised && !m_titles.contains(m_tokens.at(i).lower) ? i : -1;
        }
    }
    Actor actor;
    if (bestStart >= 0) {
        actor.name =
            m_text.mid(m_tokens.at(bestStart).start, m_tokens.at(bestEnd - 1).end - m_tokens.at(bestStart).start);
        actor.kind = Actor::Kind::Person;
    } else {
        // "sources", "a spokesman for the campaign": the phrase itself, an unknown actor.
        actor.name = m_text.mid(m_tokens.at(first).start, m_tokens.at(last).end - m_tokens.at(first).start);
        actor.kind = Actor::Kind::Other;
    }
    phrase.speaker = actor;
    phrase.found = true;
    return phrase;
}

/// The speaker phrase that starts at token `from` ("Kabulov", "Presiden Vladimir Putin",
/// "perwakilan khusus Moskow untuk negara itu"), ending before a break, a relay or a verb.
Attribution::SpeakerPhrase Attribution::speakerAfter(qsizetype from, qsizetype limit) const
{
    SpeakerPhrase none;
    if (from >= limit) {
        return none;
    }
    if (isPronoun(from)) {
        SpeakerPhrase phrase;
        phrase.first = phrase.last = from;
        phrase.speaker = lastSpeaker(true);
        phrase.found = true;
        return phrase;
    }
    // Names: capitalised words, titles and mentions, with nothing but spaces between them.
    qsizetype last = from - 1;
    for (qsizetype i = from; i < limit && i < from + 8; ++i) {
        if (i > from && breakBetween(i - 1, i)) {
            break;
        }
        const Token &t = m_tokens.at(i);
        if (!(t.capitalised || mentionAt(i) || m_titles.contains(t.lower))) {
            break;
        }
        if (m_relayBefore.matchAt(m_tokens, i, limit) || isSpeechVerb(i)) {
            break;
        }
        last = i;
    }
    if (last >= from) {
        // End the phrase at its last mention or capitalised word, not at a trailing title.
        while (last > from && !mentionAt(last) && !m_tokens.at(last).capitalised) {
            --last;
        }
        return resolve(from, last);
    }
    // A common noun phrase: up to a break, a relay word, a verb or a "that" word, six words at most.
    for (qsizetype i = from; i < limit && i < from + 6; ++i) {
        if (i > from && breakBetween(i - 1, i)) {
            break;
        }
        if (m_relayBefore.matchAt(m_tokens, i, limit) || m_relayCarried.matchAt(m_tokens, i, limit) ||
            isSpeechVerb(i) || m_that.contains(m_tokens.at(i).lower)) {
            break;
        }
        last = i;
    }
    return last >= from ? resolve(from, last) : none;
}

/// The subject of the speech verb at token `verb`: the words before it back to a break,
/// "Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan, menyebut" taken whole.
Attribution::SpeakerPhrase Attribution::speakerBefore(qsizetype verb, qsizetype floor) const
{
    SpeakerPhrase none;
    qsizetype first = verb;
    for (qsizetype i = verb - 1; i >= floor && i >= verb - 7; --i) {
        if (breakBetween(i, i + 1)) {
            break;
        }
        const QString &w = m_tokens.at(i).lower;
        if (m_that.contains(w) || isSpeechVerb(i) || m_relayBefore.contains(w)) {
            break;
        }
        first = i;
    }
    if (first == verb) {
        // "Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan, menyebut": the name before
        // an apposition that ends at the verb.
        if (verb - 1 <= floor || between(m_tokens.at(verb - 1).end, m_tokens.at(verb).start).trimmed() != u",") {
            return none;
        }
        qsizetype start = verb - 1;
        while (start > floor && start > verb - 12 && !breakBetween(start - 1, start)) {
            --start;
        }
        if (start <= floor || between(m_tokens.at(start - 1).end, m_tokens.at(start).start).trimmed() != u",") {
            return none;
        }
        const Mention *m = mentionAt(start - 1);
        if (!m && m_tokens.at(start - 1).capitalised) {
            // "Vann R. Newkirk II, a writer for The Atlantic, said": a name in no list.
            qsizetype nameStart = start - 1;
            while (
                nameStart > floor && m_tokens.at(nameStart - 1).capitalised && !nameBreak(nameStart - 1, nameStart)) {
                --nameStart;
            }
            SpeakerPhrase phrase = resolve(nameStart, start - 1);
            phrase.last = verb - 1;
            return phrase;
        }
        if (!m || m->actor.kind != Actor::Kind::Person) {
            return none;
        }
        SpeakerPhrase phrase;
        phrase.first = start - 1;
        while (phrase.first > floor && mentionAt(phrase.first - 1) == m) {
            --phrase.first;
        }
        phrase.last = verb - 1;
        phrase.speaker = m->actor;
        phrase.found = true;
        return phrase;
    }
    SpeakerPhrase phrase = resolve(first, verb - 1);
    // An apposition between commas names no person: the name before it does.
    if (phrase.speaker.kind != Actor::Kind::Person && first > floor && !m_tokens.at(first).capitalised) {
        const QStringView gap = between(m_tokens.at(first - 1).end, m_tokens.at(first).start).trimmed();
        if (gap == u",") {
            const Mention *m = mentionAt(first - 1);
            if (m && m->actor.kind == Actor::Kind::Person) {
                qsizetype start = first - 1;
                while (start > floor && mentionAt(start - 1) == m) {
                    --start;
                }
                phrase.first = start;
                phrase.speaker = m->actor;
            }
        }
    }
    return phrase;
}

/// A cue that follows a quotation: "kata Kabulov", "tandasnya", "Kabulov mengatakan",
/// "menurut X", "he said", "said Smith".
std::optional<Attribution::Cue> Attribution::cueAfter(qsizetype from, qsizetype limit) const
{
    if (from >= limit) {
        return std::nullopt;
    }
    Cue cue;
    cue.first = from;
    if (isSuffixCue(from)) {
        cue.last = from;
        cue.speaker = lastSpeaker(true);
        cue.relayFrom = from + 1;
        return cue;
    }
    if (isAccordingToClitic(from)) {
        cue.last = from;
        cue.speaker = lastSpeaker(true);
        cue.relayFrom = from + 1;
        return cue;
    }
    qsizetype verbLength = m_verbsFirst.matchAt(m_tokens, from, limit);
    if (verbLength == 0) {
        verbLength = m_accordingTo.matchAt(m_tokens, from, limit);
    }
    if (verbLength > 0) {
        const SpeakerPhrase phrase = speakerAfter(from + verbLength, limit);
        if (phrase.found) {
            cue.last = phrase.last;
            cue.speaker = phrase.speaker;
            cue.relayFrom = phrase.last + 1;
            return cue;
        }
    }
    // "Kabulov mengatakan", "he said", "a spokesman for the campaign said".
    for (qsizetype j = from + 1; j < limit && j <= from + 7; ++j) {
        if (breakBetween(j - 1, j)) {
            break;
        }
        if (const qsizetype length = m_speechVerbs.matchAt(m_tokens, j, limit)) {
            const SpeakerPhrase phrase = speakerBefore(j, from);
            if (phrase.found && phrase.first == from) {
                cue.last = j + length - 1;
                cue.speaker = phrase.speaker;
                cue.relayFrom = j;
                return cue;
            }
            break;
        }
    }
    return std::nullopt;
}

/// A cue in the words of the sentence before a quotation ([floor, limit) in tokens): the last
/// "X mengatakan", "said X", "menurut X" there.
std::optional<Attribution::Cue> Attribution::cueBefore(qsizetype floor, qsizetype limit) const
{
    for (qsizetype j = limit - 1; j >= floor; --j) {
        Cue cue;
        if (const qsizetype length = m_accordingTo.matchAt(m_tokens, j, limit)) {
            const SpeakerPhrase phrase = speakerAfter(j + length, limit);
            if (phrase.found) {
                cue.first = j;
                cue.last = phrase.last;
                cue.speaker = phrase.speaker;
                cue.relayFrom = phrase.last + 1;
                return cue;
            }
        }
        if (isAccordingToClitic(j)) {
            cue.first = cue.last = j;
            cue.speaker = lastSpeaker(true);
            cue.relayFrom = j + 1;
            return cue;
        }
        if (const qsizetype length = m_speechVerbs.matchAt(m_tokens, j, limit)) {
            const SpeakerPhrase phrase = speakerBefore(j, floor);
            if (phrase.found) {
                cue.first = phrase.first;
                cue.last = j + length - 1;
                cue.speaker = phrase.speaker;
                cue.relayFrom = j;
                return cue;
            }
        }
        if (const qsizetype length = m_verbsFirst.matchAt(m_tokens, j, limit)) {
            const SpeakerPhrase phrase = speakerAfter(j + length, limit);
            if (phrase.found) {
                cue.first = j;
                cue.last = phrase.last;
                cue.speaker = phrase.speaker;
                cue.relayFrom = phrase.last + 1;
                return cue;
            }
        }
    }
    return std::nullopt;
}

/// "kepada kantor berita negara RIA seperti melansir Reuters" -> RIA Novosti, Reuters;
/// "told CNN", "in an interview with X", "citing X", "dikutip dari X", "X reported".
QList<Actor> Attribution::relays(qsizetype from, qsizetype limit) const
{
    QList<Actor> via;
    const auto add = [&](const Actor &actor) {
        if (!actor.name.isEmpty() &&
            std::none_of(via.cbegin(), via.cend(), [&](const Actor &a) { return a.name == actor.name; })) {
            via.append(actor);
        }
    };
    qsizetype i = from;
    while (i < limit) {
        qsizetype length = m_relayBefore.matchAt(m_tokens, i, limit);
        if (length == 0) {
            length = m_relayCarried.matchAt(m_tokens, i, limit);
        }
        if (length > 0) {
            // The outlet: the first mention within five words ("kantor berita negara RIA").
            qsizetype j = i + length;
            for (; j < limit && j < i + length + 5; ++j) {
                if (breakBetween(j - 1, j) && j > i + length) {
                    break;
                }
                if (const Mention *m = mentionAt(j)) {
                    add(m->actor);
                    while (j + 1 < limit && mentionAt(j + 1) == m) {
                        ++j;
                    }
                    break;
                }
            }
            i = std::max(j, i + length);
            continue;
        }
        if (const Mention *m = mentionAt(i)) {
            qsizetype after = i + 1;
            while (after < limit && mentionAt(after) == m) {
                ++after;
            }
            const bool outlet = m->actor.kind == Actor::Kind::NewsAgency || m->actor.kind == Actor::Kind::Outlet;
            if (outlet && m_relayReported.matchAt(m_tokens, after, limit) > 0) {
                add(m->actor);
            }
            i = after;
            continue;
        }
        ++i;
    }
    return via;
}

/// The period at `dot` ends "Mr", "Sen", "Rep", "Dr" or an initial ("John F. Kennedy"), not a
/// sentence. All-capital words ("AS", "RIA") do end sentences.
bool Attribution::isAbbreviation(qsizetype dot) const
{
    if (m_text.at(dot) != u'.') {
        return false;
    }
    qsizetype start = dot;
    while (start > 0 && m_text.at(start - 1).isLetter()) {
        --start;
    }
    const qsizetype length = dot - start;
    if (length == 0 || !m_text.at(start).isUpper()) {
        return false;
    }
    if (length == 1) {
        return true;
    }
    if (length > 3) {
        return false;
    }
    for (qsizetype i = start + 1; i < dot; ++i) {
        if (!m_text.at(i).isLower()) {
            return false;
        }
    }
    return true;
}

bool Attribution::insideQuotation(qsizetype offset) const
{
    const auto it = std::upper_bound(
        m_quotations.cbegin(), m_quotations.cend(), offset, [](qsizetype o, const NewsSpan &s) { return o < s.start; });
    return it != m_quotations.cbegin() && (it - 1)->end > offset;
}

/// Where the sentence holding `offset` starts: after a line break or after . ! ? and a space,
/// outside quotations.
qsizetype Attribution::sentenceStart(qsizetype offset) const
{
    for (qsizetype i = offset - 1; i >= 0; --i) {
        const QChar c = m_text.at(i);
        if (c == u'\n' && !insideQuotation(i)) {
            return i + 1;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && i + 1 < m_text.size() && m_text.at(i + 1).isSpace() &&
            !insideQuotation(i) && !isAbbreviation(i)) {
            return i + 1;
        }
    }
    return 0;
}

qsizetype Attribution::sentenceEnd(qsizetype offset) const
{
    for (qsizetype i = offset; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'\n' && !insideQuotation(i)) {
            return i;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 == m_text.size() || m_text.at(i + 1).isSpace()) &&
            !insideQuotation(i) && !isAbbreviation(i)) {
            return i;
        }
    }
    return m_text.size();
}

Quote Attribution::makeQuote(
    qsizetype start, qsizetype end, Quote::Type type, const std::optional<Cue> &cue, qsizetype relayLimit) const
{
    Quote quote;
    quote.start = start;
    quote.end = end;
    quote.text = m_text.mid(start, end - start);
    quote.type = type;
    if (cue) {
        quote.speaker = cue->speaker;
        quote.cueStart = m_tokens.at(cue->first).start;
        quote.cueEnd = m_tokens.at(cue->last).end;
        quote.cue = m_text.mid(quote.cueStart, quote.cueEnd - quote.cueStart);
        quote.via = relays(cue->relayFrom, relayLimit);
    }
    return quote;
}

void Attribution::quotation(const NewsSpan &span, qsizetype nextQuote, QList<Quote> &quotes)
{
    const qsizetype sentenceFrom = sentenceStart(span.start);
    const qsizetype sentenceTo = std::min(sentenceEnd(span.end), nextQuote);
    const qsizetype firstAfter = tokenAtOrAfter(span.end);
    const qsizetype afterLimit = tokensBefore(sentenceTo);
    const qsizetype beforeFloor = tokenAtOrAfter(sentenceFrom);
    const qsizetype beforeLimit = tokensBefore(span.start);

    const QStringView before = between(sentenceFrom, span.start);
    const QStringView lead = before.trimmed();
    const bool opens = std::none_of(before.cbegin(), before.cend(), isWordChar);
    const QStringView rest = between(span.end, sentenceTo);
    const bool closes = std::none_of(rest.cbegin(), rest.cend(), isWordChar);
    const qsizetype words = tokensBefore(span.innerEnd) - tokenAtOrAfter(span.innerStart);

    bool cueIsBefore = false;
    std::optional<Cue> cue = cueAfter(firstAfter, afterLimit);
    if (!cue && beforeLimit > beforeFloor) {
        cue = cueBefore(beforeFloor, beforeLimit);
        cueIsBefore = cue.has_value();
    }
    if (!cue && opens && firstAfter < afterLimit) {
        // "…” ― Sonya Herridge": a dash and the speaker's name after the quotation.
        const QStringView gap = between(span.end, m_tokens.at(firstAfter).start).trimmed();
        if (!gap.isEmpty() && (gap.front() == u'\u2015' || gap.front() == u'\u2014' || gap.front() == u'-')) {
            const SpeakerPhrase phrase = speakerAfter(firstAfter, afterLimit);
            if (phrase.found && m_tokens.at(firstAfter).capitalised) {
                cue = Cue { firstAfter, phrase.last, phrase.speaker, phrase.last + 1 };
            }
        }
    }
    if (!cue && opens && sentenceFrom > 0) {
        // "He said:" closing the paragraph before: the colon hands the quotation over.
        qsizetype back = sentenceFrom - 1;
        while (back > 0 && m_text.at(back).isSpace()) {
            --back;
        }
        if (m_text.at(back) == u':') {
            const qsizetype limit = tokensBefore(back);
            const qsizetype floor = tokenAtOrAfter(sentenceStart(back));
            if (limit > floor) {
                cue = cueBefore(floor, limit);
                cueIsBefore = cue.has_value();
            }
        }
    }

    // Direct when it opens its sentence or follows "X said:" / "X mengatakan, …"; partial when
    // it is words inside someone else's sentence ("menjadi “sekutu” Rusia", "called it “a
    // disaster”").
    Quote::Type type = Quote::Type::Direct;
    if (!opens && !lead.endsWith(u':') && !(lead.endsWith(u',') && closes && words > 3)) {
        bool introduced = false;
        if (cueIsBefore && closes && words > 3) {
            // "X mengatakan, … “…”", "says of Clinton, “…”", "Trump declared “…”".
            const qsizetype after = m_tokens.at(cue->last).end;
            const QStringView gap = between(after, std::min(after + 3, span.start)).trimmed();
            introduced =
                gap.startsWith(u',') || gap.startsWith(u':') || lead.endsWith(u',') || cue->last == beforeLimit - 1;
        }
        type = introduced ? Quote::Type::Direct : Quote::Type::Partial;
    }
    if (!cue && type == Quote::Type::Partial) {
        // "… called it “a disaster” on Tuesday, Trump said": anywhere later in the sentence.
        for (qsizetype i = firstAfter + 1; i < afterLimit && !cue; ++i) {
            cue = cueAfter(i, afterLimit);
        }
    }
    Quote quote = makeQuote(span.innerStart, span.innerEnd, type, cue, afterLimit);
    if (cue) {
        m_usedCues.append({ cue->first, cue->last });
        remember(cue->speaker);
    } else if (opens && m_lastQuote >= 0 && m_lastQuote < quotes.size() && m_reportsSinceQuote == 0) {
        // "“A,” said Caddell. “B.”": a quotation that goes on after its cue, in the same
        // paragraph or opening the next one, is the same speaker's under the same cue.
        const Quote &previous = quotes.at(m_lastQuote);
        const QStringView gap = between(previous.end, span.start);
        const qsizetype cueTokens =
            previous.cueStart >= 0 ? tokensBefore(previous.cueEnd) - tokenAtOrAfter(previous.cueStart) : 0;
        const qsizetype gapTokens = tokensBefore(span.start) - tokenAtOrAfter(previous.end);
        const qsizetype extra = gapTokens - cueTokens;
        if (previous.cueStart >= 0 && previous.type != Quote::Type::Indirect && gap.count(u'\n') <= 2 &&
            (extra == 0 || (extra <= 20 && !gap.contains(u'\n')))) {
            quote.speaker = previous.speaker;
            quote.cue = previous.cue;
            quote.cueStart = previous.cueStart;
            quote.cueEnd = previous.cueEnd;
            quote.via = previous.via;
        }
    }
    m_lastQuote = quotes.size();
    m_reportsSinceQuote = 0;
    quotes.append(quote);
}

QList<Quote> Attribution::run()
{
    // Sentence by sentence in text order, so that "Ia mengatakan" and "tandasnya" mean whoever
    // was named last, in a quotation or in reported speech.
    QList<Quote> quotes;
    qsizetype q = 0;
    qsizetype offset = 0;
    while (offset < m_text.size()) {
        const qsizetype end = sentenceEnd(offset);
        for (; q < m_quotations.size() && m_quotations.at(q).start <= end; ++q) {
            const qsizetype next = q + 1 < m_quotations.size() ? m_quotations.at(q + 1).start : m_text.size();
            quotation(m_quotations.at(q), next, quotes);
        }
        reportedSpeech(offset, end, quotes);
        offset = end + 1;
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.start < b.start; });
    return quotes;
}

/// "X mengatakan (bahwa) …", "X said (that) …" and "…, kata X." / "…, X said." outside
/// quotations: indirect quotations whose span is the reported clause.
void Attribution::reportedSpeech(qsizetype offset, qsizetype end, QList<Quote> &quotes)
{
    const qsizetype first = tokenAtOrAfter(offset);
    // Cues come in text order: only those that reach into this sentence can hold its tokens.
    qsizetype recent = m_usedCues.size();
    while (recent > 0 && m_usedCues.at(recent - 1).second >= first) {
        --recent;
    }
    const auto used = [&](qsizetype token) {
        return std::any_of(m_usedCues.cbegin() + recent, m_usedCues.cend(),
            [&](const auto &range) { return token >= range.first && token <= range.second; });
    };
    const qsizetype limit = tokensBefore(end + 1);
    for (qsizetype j = first; j < limit; ++j) {
        if (!m_tokens.at(j).cueWord || insideQuotation(m_tokens.at(j).start) || used(j)) {
            continue;
        }
        const qsizetype length = m_speechVerbs.matchAt(m_tokens, j, limit);
        const qsizetype firstLength = length ? 0 : m_verbsFirst.matchAt(m_tokens, j, limit);
        if (length == 0 && firstLength == 0) {
            continue;
        }
        Cue cue;
        qsizetype clauseStart = -1;
        qsizetype clauseEnd = -1;
        if (length > 0) {
            const SpeakerPhrase phrase = speakerBefore(j, first);
            // "tidak ada negara yang mengakui …": a long phrase with no name in it is seldom a
            // speaker, and a relative word before the verb makes it a clause of its own.
            if (!phrase.found || (phrase.speaker.kind == Actor::Kind::Other && phrase.last - phrase.first >= 4) ||
                m_relative.contains(m_tokens.at(j - 1).lower)) {
                continue;
            }
            cue.first = phrase.first;
            cue.last = j + length - 1;
            cue.speaker = phrase.speaker;
            cue.relayFrom = j;
            qsizetype c = j + length;
            while (
                c < limit && (m_that.contains(m_tokens.at(c).lower) || m_relayBefore.contains(m_tokens.at(c).lower))) {
                if (m_relayBefore.contains(m_tokens.at(c).lower)) {
                    // "mengatakan kepada RIA, …": the clause starts after the addressee.
                    while (c + 1 < limit && !breakBetween(c, c + 1)) {
                        ++c;
                    }
                }
                ++c;
            }
            if (c < limit && limit - c >= 3 && !insideQuotation(m_tokens.at(c).start)) {
                clauseStart = m_tokens.at(c).start;
                clauseEnd = m_tokens.at(limit - 1).end;
            }
            if (cue.first > first &&
                between(m_tokens.at(cue.first - 1).end, m_tokens.at(cue.first).start).contains(u',') &&
                limit - (j + length) <= 3) {
                // "The economy is strong, Trump said."
                clauseStart = m_tokens.at(first).start;
                clauseEnd = m_tokens.at(cue.first - 1).end;
            }
        } else {
            // "…, kata perwakilan khusus Moskow untuk negara itu pada Jumat."
            if (j == first || !between(m_tokens.at(j - 1).end, m_tokens.at(j).start).contains(u',')) {
                continue;
            }
            const SpeakerPhrase phrase = speakerAfter(j + firstLength, limit);
            if (!phrase.found) {
                continue;
            }
            cue.first = j;
            cue.last = phrase.last;
            cue.speaker = phrase.speaker;
            cue.relayFrom = phrase.last + 1;
            clauseStart = m_tokens.at(first).start;
            clauseEnd = m_tokens.at(j - 1).end;
        }
        if (clauseStart < 0 || clauseEnd <= clauseStart || insideQuotation(clauseStart)) {
            continue;
        }
        // "KABUL (Arrahmah.id) — Rusia akan …": the dateline is not part of what was said.
        const QStringView opening = between(clauseStart, std::min(clauseEnd, clauseStart + 80));
        const qsizetype dash = std::max(opening.lastIndexOf(u'\u2014'), opening.lastIndexOf(u" - "));
        if (dash >= 0 && clauseStart == m_tokens.at(first).start) {
            clauseStart += dash + 1;
            while (clauseStart < clauseEnd && !isWordChar(m_text.at(clauseStart))) {
                ++clauseStart;
            }
        }
        quotes.append(makeQuote(clauseStart, clauseEnd, Quote::Type::Indirect, cue, limit));
        remember(cue.speaker);
        ++m_reportsSinceQuote;
        return; // one report per sentence
    }
}

} // namespace

SpeakerAttributor::SpeakerAttributor(const Gazetteer &gazetteer, const LanguageProfiles &languages)
    : m_gazetteer(gazetteer)
    , m_languages(languages)
    , m_all(unionOf(languages))
{
}

QList<Quote> SpeakerAttributor::attribute(const QString &text, const QString &language,
    const QList<NewsSpan> &quotations, const QList<Mention> &mentions) const
{
    // The mentions carry the gazetteer's actors (a surname the full name's), so the gazetteer
    // itself is not asked again here.
    Q_UNUSED(m_gazetteer)
    return language.isEmpty() ? attribute(text, m_all, quotations, mentions)
                              : attribute(text, m_languages.profile(language), quotations, mentions);
}

QList<Quote> SpeakerAttributor::attribute(const QString &text, const LanguageProfile &rules,
    const QList<NewsSpan> &quotations, const QList<Mention> &mentions)
{
    Attribution attribution(text, rules, quotations, mentions);
    return attribution.run();
}

LanguageProfile SpeakerAttributor::unionOf(const LanguageProfiles &languages)
{
    LanguageProfile all;
    const auto merge = [](QStringList &into, const QStringList &from) {
        for (const QString &word : from) {
            if (!into.contains(word)) {
                into.append(word);
            }
        }
    };
    for (const QString &code : languages.codes()) {
        const LanguageProfile &p = languages.profile(code);
        merge(all.speechVerbs, p.speechVerbs);
        merge(all.speechVerbsBeforeSpeaker, p.speechVerbsBeforeSpeaker);
        merge(all.cueSuffixVerbs, p.cueSuffixVerbs);
        merge(all.pronouns, p.pronouns);
        merge(all.clitics, p.clitics);
        merge(all.prefixes, p.prefixes);
        merge(all.accordingTo, p.accordingTo);
        merge(all.relayBefore, p.relayBefore);
        merge(all.relayCarried, p.relayCarried);
        merge(all.relayReported, p.relayReported);
        merge(all.thatWords, p.thatWords);
        merge(all.titles, p.titles);
        merge(all.relativeWords, p.relativeWords);
    }
    return all;
}

} // namespace Dateline
