// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerattributor.h"

#include "analysis/cuereader_p.h"

#include <algorithm>
#include <optional>

namespace Dateline
{

namespace
{

/// What attributing one story needs beyond reading its cues: the state carried from one
/// quotation to the next (the cues used, the last quotation).
class Attribution : private CueReader
{
public:
    using CueReader::CueReader;

    QList<Quote> run();

private:
    void quotation(const NewsSpan &span, qsizetype nextQuote, QList<Quote> &quotes);
    void reportedSpeech(qsizetype offset, qsizetype end, QList<Quote> &quotes);
    [[nodiscard]] bool endsSentence(const NewsSpan &span) const;
    [[nodiscard]] bool joined(const NewsSpan &span, qsizetype floor, qsizetype limit) const;
    [[nodiscard]] bool subheading(const NewsSpan &span, qsizetype words) const;
    [[nodiscard]] bool fragment(const NewsSpan &span, qsizetype firstAfter, qsizetype afterLimit) const;
    [[nodiscard]] bool introducedBy(const NewsSpan &span, const Cue &cue, bool cueIsBefore, qsizetype floor) const;
    [[nodiscard]] bool resumesQuotation(const NewsSpan &span, const QList<Quote> &quotes) const;
    Quote makeQuote(
        qsizetype start, qsizetype end, Quote::Type type, const std::optional<Cue> &cue, qsizetype relayLimit) const;

    QList<std::pair<qsizetype, qsizetype>> m_usedCues; ///< token ranges of the quotations' cues
    qsizetype m_lastQuote = -1; ///< index of the last direct or partial quotation in the result
    qsizetype m_reportsSinceQuote = 0;
};

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

bool Attribution::endsSentence(const NewsSpan &span) const
{
    if (span.innerEnd <= span.innerStart || span.end <= span.innerEnd) {
        return false;
    }
    const QChar stop = m_text.at(span.innerEnd - 1);
    if (stop != u'.' && stop != u'?' && stop != u'!') {
        return false;
    }
    qsizetype next = span.end;
    while (next < m_text.size() && m_text.at(next).isSpace() && m_text.at(next) != u'\n') {
        ++next;
    }
    return next == m_text.size() || m_text.at(next) == u'\n' || (next > span.end && m_text.at(next).isUpper());
}

/// "adding that “…”", "because, “…”", "are like ''…''", "who, ''…''": a quotation that a
/// joining, complementising or relative word carries into its sentence is part of that sentence.
bool Attribution::joined(const NewsSpan &span, qsizetype floor, qsizetype limit) const
{
    if (limit <= floor) {
        return false;
    }
    const Token &last = m_tokens.at(limit - 1);
    const QStringView gap = between(last.end, span.start).trimmed();
    if (!gap.isEmpty() && gap != u",") {
        return false;
    }
    return m_joining.contains(last.lower) || m_that.contains(last.lower) || m_relative.contains(last.lower);
}

/// "'All Bets Are Off.'" alone on its line: a few words in single marks that make a paragraph of
/// their own, with nobody saying them, head a section of the story (quoting it) rather than
/// report speech. Double marks are left alone: "“Fear.”" can be a whole answer.
bool Attribution::subheading(const NewsSpan &span, qsizetype words) const
{
    const QChar mark = m_text.at(span.start);
    if ((mark != u'\'' && mark != u'\u2018') || words > 8) {
        return false;
    }
    const auto blank = [](QStringView text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() && c != u'\n'; });
    };
    const qsizetype lineStart = m_text.lastIndexOf(u'\n', span.start - 1) + 1;
    qsizetype lineEnd = m_text.indexOf(u'\n', span.end);
    if (lineEnd < 0) {
        lineEnd = m_text.size();
    }
    return blank(between(lineStart, span.start)) && blank(between(span.end, lineEnd));
}

/// "“… face jail time” for criminal behavior, she said": no punctuation closes the words inside
/// the marks and the sentence goes on in lower case after them, so they are a fragment of it.
bool Attribution::fragment(const NewsSpan &span, qsizetype firstAfter, qsizetype afterLimit) const
{
    if (span.innerEnd <= span.innerStart || !m_text.at(span.innerEnd - 1).isLetterOrNumber() ||
        firstAfter >= afterLimit) {
        return false;
    }
    const Token &next = m_tokens.at(firstAfter);
    const QStringView gap = between(span.end, next.start);
    return !next.capitalised && m_text.at(next.start).isLower() &&
        std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return c.isSpace() && c != u'\n'; });
}

/// Direct although words of the sentence stand before it: right after its cue and a comma or a
/// colon ("Mr. Barrett said, “we were floored.”"), or between a short lead-in and a cue that
/// follows at once ("As for complexity, ''…,'' said Mr. Kamin").
bool Attribution::introducedBy(const NewsSpan &span, const Cue &cue, bool cueIsBefore, qsizetype floor) const
{
    if (cueIsBefore) {
        const QStringView gap = between(m_tokens.at(cue.last).end, span.start).trimmed();
        if (gap == u"," || gap == u":") {
            return true;
        }
        // "Trump saying during the debate last week, “That makes me smart,”": a few words of
        // time or place between the cue and its comma, and a capital to open the quotation.
        const qsizetype gapWords = tokensBefore(span.start) - (cue.last + 1);
        return gap.endsWith(u',') && gapWords > 0 && gapWords <= 6 && span.innerEnd > span.innerStart &&
            m_text.at(span.innerStart).isUpper() && !gap.contains(u'.') && !insideQuotation(m_tokens.at(cue.last).end);
    }
    const qsizetype firstAfter = tokenAtOrAfter(span.end);
    if (cue.first != firstAfter || span.innerEnd <= span.innerStart) {
        return false;
    }
    const QChar end = m_text.at(span.innerEnd - 1);
    const QStringView lead = between(m_tokens.at(std::min(floor, m_tokens.size() - 1)).start, span.start).trimmed();
    return (end == u',' || end == u'?' || end == u'!') && lead.endsWith(u',') && tokensBefore(span.start) - floor <= 4;
}

/// "“A,” he said, “and B.”": the second part of a quotation that its own cue interrupts is as
/// direct as the first, however short, when nothing but that cue stands between the two.
bool Attribution::resumesQuotation(const NewsSpan &span, const QList<Quote> &quotes) const
{
    if (m_lastQuote < 0 || m_lastQuote >= quotes.size()) {
        return false;
    }
    const Quote &previous = quotes.at(m_lastQuote);
    if (previous.type != Quote::Type::Direct || previous.cueStart < previous.end || previous.cueEnd > span.start) {
        return false;
    }
    const QStringView lead = between(previous.cueEnd, span.start).trimmed();
    const QStringView gap = between(previous.end, span.start);
    const qsizetype gapTokens = tokensBefore(span.start) - tokenAtOrAfter(previous.end);
    const qsizetype cueTokens = tokensBefore(previous.cueEnd) - tokenAtOrAfter(previous.cueStart);
    return lead.endsWith(u',') && !gap.contains(u'\n') && gapTokens <= cueTokens + 8;
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
    // "Trump boasted, “That makes me smart.” Trump was…": the sentence ends inside the marks
    // (sentenceEnd() skips quotations), so a final stop before the closing mark and a capital
    // after it close the sentence too.
    const bool closes = std::none_of(rest.cbegin(), rest.cend(), isWordChar) || endsSentence(span);
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
    if (joined(span, beforeFloor, beforeLimit) ||
        (opens && fragment(span, firstAfter, afterLimit) && !(cue && !cueIsBefore && cue->first == firstAfter))) {
        type = Quote::Type::Partial;
    } else if (!opens && !resumesQuotation(span, quotes) &&
        !(cue && introducedBy(span, *cue, cueIsBefore, beforeFloor))) {
        // "… who feel that way, “but not among …”", "in November, “she would sign …”": words in
        // lower case that go on with the sentence, and no cue hands over to them, are part of it.
        const bool lowerStart = span.innerEnd > span.innerStart && m_text.at(span.innerStart).isLower();
        // A dash sets a whole sentence in marks apart as an aside: "a compliment -- ''That makes
        // me smart'' -- and".
        const bool dash = lead.endsWith(u'-') || lead.endsWith(u'\u2014') || lead.endsWith(u'\u2013');
        bool introduced = lead.endsWith(u':') || (lead.endsWith(u',') && closes && words > 3 && !lowerStart) ||
            (dash && !lowerStart && words > 2);
        if (!introduced && cueIsBefore && closes && words > 3) {
            // "X mengatakan, … “…”", "says of Clinton, “…”", "Trump declared “…”". A comma right
            // after the verb hands the rest of the sentence over, lower case or not.
            const qsizetype after = m_tokens.at(cue->last).end;
            const QStringView gap = between(after, std::min(after + 3, span.start)).trimmed();
            introduced = gap.startsWith(u',') || gap.startsWith(u':') ||
                (!lowerStart && (lead.endsWith(u',') || cue->last == beforeLimit - 1));
        }
        type = introduced ? Quote::Type::Direct : Quote::Type::Partial;
    }
    if (!cue && type == Quote::Type::Partial) {
        // "… called it “a disaster” on Tuesday, Trump said": anywhere later in the sentence.
        for (qsizetype i = firstAfter + 1; i < afterLimit && !cue; ++i) {
            cue = cueAfter(i, afterLimit);
        }
    }
    if (!cue && type == Quote::Type::Direct && subheading(span, words)) {
        type = Quote::Type::Partial;
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
            if (j > first && m_reportOpeners.matchAt(m_tokens, first, j) == j - first) {
                continue; // "Об этом заявил министр": what he said is told elsewhere
            }
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
        merge(all.reportOpeners, p.reportOpeners);
        merge(all.joiningWords, p.joiningWords);
    }
    return all;
}

} // namespace Dateline