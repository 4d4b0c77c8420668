// SPDX-License-Identifier: GPL-3.0-or-later
#include "namefinder.h"

#include "matchrules.h"
#include "textnormalizer.h"
#include "wordlexicon.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

constexpr qsizetype LongestName = 8; ///< words; longer capitalised runs are headlines or lists

bool isOpeningMark(QChar c)
{
    return c == u'«' || c == u'“' || c == u'„' || c == u'"' || c == u'‘' || c == u'‚' || c == u'「';
}

bool isClosingMark(QChar c)
{
    return c == u'»' || c == u'”' || c == u'“' || c == u'"' || c == u'’' || c == u'‘' || c == u'」';
}

QString slug(const QStringList &words)
{
    return words.join(u'-');
}

} // namespace

NameFinder::NameFinder(const QString &text, const QList<NormalToken> &tokens, bool caseless, const MatchRules &rules,
    const WordLexicon *lexicon)
    : m_text(text)
    , m_tokens(tokens)
    , m_caseless(caseless)
    , m_rules(rules)
    , m_lexicon(lexicon)
{
    // The language's script, from its speech verbs: Cyrillic for Russian, Latin for Indonesian.
    qsizetype nonLatin = 0;
    qsizetype all = 0;
    for (const NormalToken &t : tokens) {
        if (m_text.at(t.start).isLetter()) {
            ++all;
            nonLatin += t.is(NormalToken::NonLatin) ? 1 : 0;
        }
    }
    m_latinLanguage = nonLatin * 2 <= all;
    m_common.fill(CommonUnknown, tokens.size());
}

bool NameFinder::startsSentence(qsizetype i) const
{
    if (i == 0) {
        return true;
    }
    const qsizetype from = m_tokens.at(i - 1).end;
    const QStringView between = QStringView(m_text).sliced(from, m_tokens.at(i).start - from);
    for (QChar c : between) {
        if (c == u'\n' || isOpeningMark(c)) {
            return true;
        }
        if ((c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u':') && !isInitial(i - 1)) {
            return true;
        }
        // "Москва, 2 декабря — Глава компании ...": after a dateline's dash the story begins.
        if (c == u'—' || c == u'–') {
            return true;
        }
    }
    return false;
}

bool NameFinder::isInitial(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    return t.length() == 1 && t.is(NormalToken::Upper) && t.end < m_text.size() && m_text.at(t.end) == u'.';
}

bool NameFinder::isCommonWord(qsizetype i) const
{
    if (!m_lexicon) {
        return false;
    }
    // Asked again of the same word as runs are tried from each word on; a name the dictionary
    // does not know costs a dozen lookups of its stems each time.
    qint8 &known = m_common[i];
    if (known == CommonUnknown) {
        known = lookUpCommonWord(i) ? 1 : 0;
    }
    return known == 1;
}

bool NameFinder::lookUpCommonWord(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    const QStringView word = QStringView(m_text).sliced(t.start, t.length());
    const WordLexicon::Word answer = m_lexicon->classify(word);
    if (answer != WordLexicon::Word::Unknown) {
        return answer == WordLexicon::Word::Common;
    }
    // A derived word the dictionary does not list ("pungkasnya", "perampingan") is common when
    // its stem is: try the clitics, then each prefix with each suffix (or none).
    const QString lower = TextNormalizer::lowerCase(word);
    // Compared inline: each unknown word is tried with dozens of affixes.
    const auto endsWith = [&](const QString &end) { return endsWithExactly(lower, end); };
    const auto startsWith = [&](const QString &start) { return startsWithExactly(lower, start); };
    const auto commonStem = [&](qsizetype cutFront, qsizetype cutBack) {
        const qsizetype size = lower.size() - cutFront - cutBack;
        return size >= 3 && m_lexicon->classify(QStringView(lower).sliced(cutFront, size)) == WordLexicon::Word::Common;
    };
    for (const QString &clitic : m_rules.clitics) {
        if (endsWith(clitic) && commonStem(0, clitic.size())) {
            return true;
        }
    }
    for (const QString &suffix : m_rules.names.derivationSuffixes) {
        if (endsWith(suffix) && commonStem(0, suffix.size())) {
            return true;
        }
    }
    for (const QString &prefix : m_rules.names.derivationPrefixes) {
        if (!startsWith(prefix)) {
            continue;
        }
        if (commonStem(prefix.size(), 0)) {
            return true;
        }
        for (const QString &suffix : m_rules.names.derivationSuffixes) {
            if (endsWith(suffix) && commonStem(prefix.size(), suffix.size())) {
                return true;
            }
        }
    }
    return false;
}

quint8 NameFinder::lookUp(const FoldedMap<quint8> &words, const FoldedMap<quint8> &stems, qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    if (const auto it = findFolded(words, t); it != words.constEnd()) {
        return *it;
    }
    if (t.is(NormalToken::NonLatin)) {
        if (const auto it = findFolded(stems, TextNormalizer::inflectionStem(t.folded)); it != stems.constEnd()) {
            return *it;
        }
    }
    return NameRules::Unknown;
}

bool NameFinder::nameLike(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    // Most words of cased text are in lower case and no name: said before any lookup.
    if (!m_caseless && !t.is(NormalToken::Capitalised)) {
        return false;
    }
    if (m_covered.at(i) || !m_text.at(t.start).isLetter() ||
        findFolded(m_rules.names.notNames, t) != m_rules.names.notNames.constEnd()) {
        return false;
    }
    if (m_caseless) {
        // Without capitals only the dictionary can tell; the language's own cue words, speech
        // verbs and first words of names are never names themselves.
        const NameRules &names = m_rules.names;
        if (!m_lexicon || t.folded.size() < 2 || findFolded(names.cues, t) != names.cues.constEnd() ||
            findFolded(names.heads, t) != names.heads.constEnd() ||
            findFolded(names.speechAfter, t) != names.speechAfter.constEnd() ||
            findFolded(names.speechBefore, t) != names.speechBefore.constEnd() ||
            findFolded(m_rules.particles, t) != m_rules.particles.constEnd() || m_rules.clitics.contains(t.folded)) {
            return false;
        }
        // Model numbers ("s8", "rp183") are products and prices, not names.
        const QStringView written = QStringView(m_text).sliced(t.start, t.length());
        if (std::any_of(written.begin(), written.end(), [](QChar c) { return c.isDigit(); })) {
            return false;
        }
        return !isCommonWord(i);
    }
    if (!t.is(NormalToken::Capitalised)) {
        return false;
    }
    if (t.is(NormalToken::Upper) && t.length() == 1) {
        return isInitial(i);
    }
    if (startsSentence(i) || m_headline.at(i)) {
        if (m_lexicon) {
            return !isCommonWord(i);
        }
        // No dictionary: a capitalised first word counts only with a capitalised word after it.
        return i + 1 < m_tokens.size() && m_tokens.at(i + 1).gap == NormalToken::Space &&
            m_tokens.at(i + 1).is(NormalToken::Capitalised) && !m_covered.at(i + 1);
    }
    return true;
}

void NameFinder::markHeadlines()
{
    // A line in title case ("Russia Says Talks Will Go On") capitalises its common words too.
    m_headline = QList<bool>(m_tokens.size(), false);
    qsizetype lineStart = 0;
    const auto closeLine = [&](qsizetype end) {
        qsizetype words = 0;
        qsizetype capitalised = 0;
        for (qsizetype k = lineStart; k < end; ++k) {
            const NormalToken &t = m_tokens.at(k);
            if (m_text.at(t.start).isLetter() && t.folded.size() > 3) {
                ++words;
                capitalised += t.is(NormalToken::Capitalised) ? 1 : 0;
            }
        }
        if (words >= 4 && capitalised * 10 >= words * 7) {
            std::fill(m_headline.begin() + lineStart, m_headline.begin() + end, true);
        }
    };
    for (qsizetype k = 1; k < m_tokens.size(); ++k) {
        // Most words are a space apart: std::find spares QStringView::contains()'s call.
        const QChar *from = m_text.constData() + m_tokens.at(k - 1).end;
        const QChar *to = m_text.constData() + m_tokens.at(k).start;
        if (std::find(from, to, QChar(u'\n')) != to) {
            closeLine(k);
            lineStart = k;
        }
    }
    closeLine(m_tokens.size());
}

bool NameFinder::quotedRun(qsizetype i, Run &run) const
{
    // «Газпром», “Partai Buruh”: an organisation's name in quotation marks, where only its first
    // word need be capitalised.
    const NormalToken &first = m_tokens.at(i);
    if (m_caseless || i == 0 || !first.is(NormalToken::Capitalised) || m_covered.at(i) ||
        !isOpeningMark(m_text.at(first.start - 1))) {
        return false;
    }
    for (qsizetype k = i; k < m_tokens.size() && k < i + 5; ++k) {
        if (m_covered.at(k) ||
            (k > i && m_tokens.at(k).gap == NormalToken::Break &&
                !QStringView(m_text)
                     .sliced(m_tokens.at(k - 1).end, m_tokens.at(k).start - m_tokens.at(k - 1).end)
                     .trimmed()
                     .isEmpty())) {
            const qsizetype from = m_tokens.at(k - 1).end;
            if (k == i || !isClosingMark(m_text.at(from))) {
                return false;
            }
            run.first = i;
            run.last = k;
            break;
        }
        const qsizetype end = m_tokens.at(k).end;
        if (end >= m_text.size() || isClosingMark(m_text.at(end))) {
            run.first = i;
            run.last = k + 1;
            break;
        }
    }
    if (run.last <= run.first) {
        return false;
    }
    // Something in it must be a name: «День гнева» is a slogan, «Газпром» a company.
    bool named = false;
    for (qsizetype k = run.first; k < run.last && !named; ++k) {
        named = m_tokens.at(k).is(NormalToken::Upper) || (m_lexicon && !isCommonWord(k));
    }
    // A word before the marks may say what it is: "компании «Газпром»".
    const qsizetype before = run.first - 1;
    const bool adjacent = before >= 0 &&
        QStringView(m_text)
            .sliced(m_tokens.at(before).end, first.start - 1 - m_tokens.at(before).end)
            .trimmed()
            .isEmpty();
    const quint8 head = adjacent && !m_covered.at(before) ? lookUp(m_rules.names.heads, m_rules.names.headStems, before)
                                                          : quint8(NameRules::Unknown);
    if (head != NameRules::Unknown) {
        run.first = withModifiers(before);
        run.modifiers = before - run.first;
        run.kind = head;
    } else if (!named) {
        return false;
    } else {
        run.kind = NameRules::Organisation;
    }
    run.quoted = true;
    return true;
}

NameFinder::Run NameFinder::runAt(qsizetype i) const
{
    Run run;
    run.first = i;
    run.last = i;
    qsizetype j = i;
    if (!nameLike(i)) {
        // "jalan sudirman", "компании Vestas": a word that opens a name and says what it is.
        // The cheap conditions first: the next word must be a space away before the lookups.
        if (i + 1 >= m_tokens.size() || m_tokens.at(i + 1).gap != NormalToken::Space) {
            return run;
        }
        const quint8 head = lookUp(m_rules.names.heads, m_rules.names.headStems, i);
        if (head == NameRules::Unknown || !nameLike(i + 1)) {
            return run;
        }
        run.kind = head;
        j = i + 1;
    }
    qsizetype last = j + 1;
    while (last < m_tokens.size() && last - i < LongestName && !m_covered.at(last)) {
        const NormalToken &t = m_tokens.at(last);
        const bool hyphen = t.gap == NormalToken::Joiner && m_text.at(t.start - 1) == u'-';
        const bool joined =
            t.gap == NormalToken::Space || hyphen || (t.gap == NormalToken::Abbreviation && isInitial(last - 1));
        if (!joined) {
            break;
        }
        // "Business NZ Фил", "ФИФА Зепп Блаттер": a change of script, or a capitalised word after
        // an acronym, starts another name ("КНР Ху Цзиньтао" is a state and a person); but "PT"
        // and "ООО" open the name after them.
        const NormalToken &previous = m_tokens.at(last - 1);
        if (previous.is(NormalToken::NonLatin) != t.is(NormalToken::NonLatin) ||
            (previous.is(NormalToken::Upper) && previous.length() >= 2 && !t.is(NormalToken::Upper) &&
                t.is(NormalToken::Capitalised) && !hyphen &&
                lookUp(m_rules.names.heads, m_rules.names.headStems, last - 1) == NameRules::Unknown &&
                lookUp(m_rules.names.cues, m_rules.names.cueStems, last - 1) == NameRules::Unknown)) {
            break;
        }
        if (nameLike(last) || (hyphen && m_text.at(t.start).isLetter())) {
            ++last;
            continue;
        }
        // "Osama bin Laden", "Bank of East Asia": a particle between two words of a name.
        const bool particle = findFolded(m_rules.names.joiners, t) != m_rules.names.joiners.constEnd();
        if (particle && !m_caseless && t.is(NormalToken::Lower) && last + 1 < m_tokens.size() &&
            m_tokens.at(last + 1).gap == NormalToken::Space && !m_covered.at(last + 1) && nameLike(last + 1)) {
            last += 2;
            continue;
        }
        break;
    }
    // "Тверской площади", "Следственного комитета": a lower-case last word that names the kind.
    if (!m_caseless && last < m_tokens.size() && !m_covered.at(last) && m_tokens.at(last).gap == NormalToken::Space &&
        m_tokens.at(last).is(NormalToken::Lower)) {
        if (const quint8 tail = lookUp(m_rules.names.tails, m_rules.names.tailStems, last);
            tail != NameRules::Unknown) {
            ++last;
            run.kind = tail;
        }
    }
    run.last = last;
    // "Судья Зорькин", "Pelatih Budi": a cue word capitalised at the start is no part of the name.
    if (run.kind == NameRules::Unknown && run.last - run.first >= 2) {
        if (const quint8 cue = lookUp(m_rules.names.cues, m_rules.names.cueStems, run.first);
            cue != NameRules::Unknown && (!m_lexicon || isCommonWord(run.first))) {
            ++run.first; // kindOf() reads the cue before the name
        }
    }
    // "руководитель Роскосмоса Анатолий Перминов": an organisation, then the person it names.
    if (run.last - run.first >= 3 && endsLikePerson(run.last - 1) && !endsLikePerson(run.first) &&
        !isInitial(run.last - 2)) {
        run.last -= 2;
        if (run.kind == NameRules::Person) {
            run.kind = NameRules::Unknown;
        }
    } else if (run.kind != NameRules::Unknown && run.first == i && j == i + 1 &&
        (endsLikePerson(run.last - 1) ||
            (run.last - j >= 2 && m_lexicon &&
                isFirstName(m_text.sliced(m_tokens.at(j).start, m_tokens.at(j).length()))))) {
        // "театра Алексей Ратманский", "сети Марк Цукерберг": the head word belongs to the
        // organisation before the person.
        run.first = j;
        run.kind = NameRules::Unknown;
    }
    // "di Kota Kazan" (Kazan known): one capitalised common word alone is part of a name the
    // gazetteer holds, or emphasis; a name of common words ("Kementerian Luar Negeri") has more.
    if (run.kind == NameRules::Unknown && run.last - run.first == 1 && isCommonWord(run.first) &&
        !m_tokens.at(run.first).is(NormalToken::Upper)) {
        run.last = run.first;
        return run;
    }
    // "Duta Vesar": a title's first word, misspelt title or not, is no part of a name.
    // Two words after a title's first word are more likely a misspelt title than a name.
    if (run.kind == NameRules::Unknown && run.last - run.first >= 2 &&
        findFolded(m_rules.titles, m_tokens.at(run.first)) != m_rules.titles.constEnd()) {
        ++run.first;
        if (run.last - run.first == 1) {
            run.first = run.last; // skip both words
        }
    }
    // "социальной сети Facebook": the words that qualify the head word are the name's too.
    if (j == i + 1 && run.first == i && run.last > j) {
        run.first = withModifiers(i);
        run.modifiers = i - run.first;
    }
    return run;
}

qsizetype NameFinder::withModifiers(qsizetype head) const
{
    // Agreeing adjectives before the head word ("государственного информационного агентства
    // БелТА", "столичном аэропорту «Домодедово»") and a compound's first part ("интернет-издания").
    const QStringList &endings = m_rules.names.headModifierEndings;
    qsizetype first = head;
    while (!endings.isEmpty() && first > 0 && head - first < 3 && !m_covered.at(first - 1)) {
        const NormalToken &word = m_tokens.at(first - 1);
        const NormalToken &next = m_tokens.at(first);
        const bool compound = next.gap == NormalToken::Joiner && m_text.at(next.start - 1) == u'-';
        if (!word.is(NormalToken::Lower) || (next.gap != NormalToken::Space && !compound) || startsSentence(first) ||
            m_headline.at(first - 1)) {
            break;
        }
        const QStringView written = QStringView(m_text).sliced(word.start, word.length());
        const bool agrees = std::any_of(endings.cbegin(), endings.cend(),
            [&](const QString &ending) { return written.size() > ending.size() + 2 && written.endsWith(ending); });
        if (!agrees && !compound) {
            break;
        }
        --first;
    }
    return first;
}

QString NameFinder::wordKey(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    if (!t.is(NormalToken::NonLatin)) {
        return t.folded.toString();
    }
    // Russian declines names, and a surname's suffix stands before the case ending: twice
    // stripped, "Пельменова", "Пельменовым" and "Пельменов" all read "pelmen".
    return TextNormalizer::inflectionStem(TextNormalizer::inflectionStem(t.folded)).toString();
}

QString NameFinder::keyOf(const Run &run) const
{
    qsizetype first = run.first + std::max<qsizetype>(run.modifiers, 0);
    // "PT Sindang Makmurjaya" and "Sindang Makmurjaya", "компании «Стрелковед»" and
    // "«Стрелковед»": an organisation is the same without the word that said what it is.
    if (run.last - first >= 2 &&
        lookUp(m_rules.names.heads, m_rules.names.headStems, first) == NameRules::Organisation) {
        ++first;
    }
    QStringList words;
    for (qsizetype k = first; k < run.last; ++k) {
        words.append(wordKey(k));
    }
    return slug(words);
}

QList<Mention> NameFinder::find(const QList<bool> &covered)
{
    m_covered = covered;
    markHeadlines();
    QList<Run> runs;
    for (qsizetype i = 0; i < m_tokens.size();) {
        Run run;
        if (!quotedRun(i, run)) {
            run = runAt(i);
        }
        if (!runs.isEmpty() && run.first < runs.last().last) {
            // Modifiers reach no further back than the name before.
            run.modifiers -= runs.last().last - run.first;
            run.first = runs.last().last;
        }
        if (run.last > run.first) {
            runs.append(run);
        }
        i = std::max(i + 1, run.last);
    }

    // One kind per name in a story, from its clearest use; a surname alone is the person
    // named in full before it.
    QHash<QString, quint8> kinds;
    QHash<QString, QString> surnames; ///< the surname's key -> the full name's
    QList<QString> keys;
    keys.reserve(runs.size());
    for (Run &run : runs) {
        run.kind = kindOf(run);
        keys.append(keyOf(run));
        if (run.kind != NameRules::Unknown && !kinds.contains(keys.last())) {
            kinds.insert(keys.last(), run.kind);
        }
    }
    QList<Mention> mentions;
    QHash<QString, Actor> actors;
    QSet<QString> earlier; ///< keys of the names before the current one
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const Run &run = runs.at(r);
        QString key = keys.at(r);
        earlier.insert(keys.at(r));
        Mention::Match match = Mention::Match::Exact;
        if (const auto full = surnames.constFind(key); full != surnames.constEnd()) {
            key = *full;
            match = Mention::Match::Surname;
        }
        const quint8 kind = kinds.value(key, NameRules::Unknown);
        if (kind == NameRules::Unknown) {
            continue;
        }
        const qsizetype start = m_tokens.at(run.first).start;
        // Spans run from word to word, as the NER corpora mark them: "компании «Стрелковед" keeps
        // the opening mark between its words but not the closing one after them.
        const qsizetype end = m_tokens.at(run.last - 1).end;
        auto actor = actors.find(key);
        if (actor == actors.end()) {
            Actor a;
            a.kind = kind == NameRules::Person ? Actor::Kind::Person
                : kind == NameRules::Place     ? Actor::Kind::City
                                               : Actor::Kind::Organisation;
            a.key = (kind == NameRules::Person         ? u"person:"_s
                            : kind == NameRules::Place ? u"place:"_s
                                                       : u"org:"_s) +
                key;
            a.name = m_text.sliced(start, end - start);
            actor = actors.insert(key, a);
        }
        // The surname alone refers back to this person from now on, unless it stood alone
        // before the full name (then it may be someone else).
        if (kind == NameRules::Person && run.last - run.first >= 2 && match == Mention::Match::Exact) {
            const QString surname = wordKey(run.last - 1);
            if (surname.size() >= 3 && !surnames.contains(surname) && !earlier.contains(surname)) {
                surnames.insert(surname, key);
            }
        }
        Mention mention;
        mention.actor = *actor;
        mention.start = start;
        mention.end = end;
        mention.text = m_text.sliced(start, end - start);
        mention.match = match;
        mention.origin = AnnotationOrigin::Rule;
        mentions.append(std::move(mention));
    }
    return mentions;
}

} // namespace Dateline
