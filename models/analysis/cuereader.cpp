// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/cuereader_p.h"

#include <QSet>

namespace Dateline
{

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

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
        // Most words are in lower case already: they borrow the text's characters (it outlives
        // the tokens) instead of each allocating a copy, which is most of what tokenizing cost.
        const QStringView word = QStringView(text).sliced(start, i - start);
        const bool lower =
            std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper() || c.isTitleCase(); });
        token.lower = lower ? QString::fromRawData(word.data(), word.size()) : word.toString().toLower();
        token.capitalised = text.at(start).isUpper();
        tokens.append(token);
    }
    return tokens;
}

CueReader::CueReader(const QString &text, const LanguageProfile &rules, const QList<NewsSpan> &quotations,
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
    , m_reportOpeners(rules.reportOpeners)
    , m_joining(rules.joiningWords)
{
    for (const QString &clitic : rules.clitics) {
        QString bare = clitic.toLower();
        bare.remove(u'-');
        if (!bare.isEmpty()) {
            m_clitics.append(bare);
        }
    }
    // The matcher gives its mentions in text order; sorting a shared list would copy every one.
    const auto byStart = [](const Mention &a, const Mention &b) { return a.start < b.start; };
    if (!std::is_sorted(m_mentions.cbegin(), m_mentions.cend(), byStart)) {
        std::sort(m_mentions.begin(), m_mentions.end(), byStart);
    }
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

const Mention *CueReader::mentionAt(qsizetype token) const
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

bool CueReader::isSuffixCue(qsizetype token) const
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

bool CueReader::isAccordingToClitic(qsizetype token) const
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

Actor CueReader::lastSpeaker(bool person) const
{
    return person && !m_lastPerson.name.isEmpty() ? m_lastPerson : m_lastSpeaker;
}

void CueReader::remember(const Actor &speaker)
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
CueReader::SpeakerPhrase CueReader::resolve(qsizetype first, qsizetype last) const
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
CueReader::SpeakerPhrase CueReader::speakerAfter(qsizetype from, qsizetype limit) const
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
CueReader::SpeakerPhrase CueReader::speakerBefore(qsizetype verb, qsizetype floor) const
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
std::optional<CueReader::Cue> CueReader::cueAfter(qsizetype from, qsizetype limit) const
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
std::optional<CueReader::Cue> CueReader::cueBefore(qsizetype floor, qsizetype limit) const
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
QList<Actor> CueReader::relays(qsizetype from, qsizetype limit) const
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
bool CueReader::isAbbreviation(qsizetype dot) const
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

bool CueReader::insideQuotation(qsizetype offset) const
{
    const auto it = std::upper_bound(
        m_quotations.cbegin(), m_quotations.cend(), offset, [](qsizetype o, const NewsSpan &s) { return o < s.start; });
    return it != m_quotations.cbegin() && (it - 1)->end > offset;
}

/// Where the sentence holding `offset` starts: after a line break or after . ! ? and a space,
/// outside quotations.
bool CueReader::quotedSentenceEndsAt(qsizetype offset) const
{
    // Top-level quotations do not overlap, so their ends are in order as their starts are.
    const auto it = std::lower_bound(
        m_quotations.cbegin(), m_quotations.cend(), offset, [](const NewsSpan &s, qsizetype o) { return s.end < o; });
    if (it == m_quotations.cend() || it->end != offset || it->innerEnd <= it->innerStart) {
        return false;
    }
    const QChar stop = m_text.at(it->innerEnd - 1);
    if (stop != u'.' && stop != u'?' && stop != u'!') {
        return false;
    }
    qsizetype next = offset;
    while (next < m_text.size() && m_text.at(next).isSpace() && m_text.at(next) != u'\n') {
        ++next;
    }
    // Only another quotation after it: "said on “Fox and Friends.” “I mean, …”". A capital
    // could be the cue of the quotation ("“Go.” Trump said."), so it does not end the sentence.
    const auto after = std::lower_bound(
        m_quotations.cbegin(), m_quotations.cend(), next, [](const NewsSpan &s, qsizetype o) { return s.start < o; });
    return next > offset && after != m_quotations.cend() && after->start == next;
}

qsizetype CueReader::sentenceStart(qsizetype offset) const
{
    for (qsizetype i = offset - 1; i >= 0; --i) {
        const QChar c = m_text.at(i);
        if (c == u'\n' && !insideQuotation(i)) {
            return i + 1;
        }
        if (!c.isLetterOrNumber() && !c.isSpace() && quotedSentenceEndsAt(i + 1)) {
            return i + 1;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && i + 1 < m_text.size() && m_text.at(i + 1).isSpace() &&
            !insideQuotation(i) && !isAbbreviation(i)) {
            return i + 1;
        }
    }
    return 0;
}

qsizetype CueReader::sentenceEnd(qsizetype offset) const
{
    for (qsizetype i = offset; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'\n' && !insideQuotation(i)) {
            return i;
        }
        if (i > offset && c.isSpace() && !m_text.at(i - 1).isLetterOrNumber() && quotedSentenceEndsAt(i)) {
            return i - 1;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 == m_text.size() || m_text.at(i + 1).isSpace()) &&
            !insideQuotation(i) && !isAbbreviation(i)) {
            return i;
        }
    }
    return m_text.size();
}

} // namespace Dateline
