// SPDX-License-Identifier: GPL-3.0-or-later
// NameFinder, part two: what kind of name a run is (person, place, organisation), from the
// language file, the dictionary and the shape of the name. Part one (namefinder.cpp) finds the runs.
#include "namefinder.h"

#include "matchrules.h"
#include "textnormalizer.h"
#include "wordlexicon.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// Two to five letters that no one would pronounce as a word: "kpk", "pbb", "hmi".
bool looksLikeAcronym(QStringView folded)
{
    if (folded.size() < 2 || folded.size() > 5) {
        return false;
    }
    const auto vowel = [](QChar c) { return QStringView(u"aeiouy").contains(c); };
    const qsizetype vowels = std::count_if(folded.begin(), folded.end(), vowel);
    return vowels == 0 || (folded.size() >= 3 && !vowel(folded.at(0)) && !vowel(folded.at(1)) && vowels <= 1);
}

} // namespace

quint8 NameFinder::endingKind(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    const QStringView word = QStringView(m_text).sliced(t.start, t.length());
    for (const auto &[ending, kind] : m_rules.names.endings) {
        if (word.size() > ending.size() + 2 && word.endsWith(ending, Qt::CaseInsensitive)) {
            return kind;
        }
    }
    return NameRules::Unknown;
}

quint8 NameFinder::beginningKind(qsizetype i) const
{
    const NormalToken &t = m_tokens.at(i);
    const QStringView word = QStringView(m_text).sliced(t.start, t.length());
    for (const auto &[beginning, kind] : m_rules.names.beginnings) {
        if (word.size() > beginning.size() + 2 && word.startsWith(beginning, Qt::CaseInsensitive)) {
            return kind;
        }
    }
    return NameRules::Unknown;
}

bool NameFinder::endsLikePerson(qsizetype i) const
{
    return endingKind(i) == NameRules::Person;
}

quint8 NameFinder::cueBefore(qsizetype first) const
{
    if (first == 0) {
        return NameRules::Unknown;
    }
    const qsizetype before = first - 1;
    if (m_tokens.at(first).gap == NormalToken::Space || m_caseless) {
        if (const quint8 cue = lookUp(m_rules.names.cues, m_rules.names.cueStems, before); cue != NameRules::Unknown) {
            return cue;
        }
    }
    if (findFolded(m_rules.names.speechBefore, m_tokens.at(before)) != m_rules.names.speechBefore.constEnd()) {
        return NameRules::Person;
    }
    return NameRules::Unknown;
}

quint8 NameFinder::kindOf(const Run &run) const
{
    const NameRules &names = m_rules.names;
    if (run.kind != NameRules::Unknown) {
        return run.kind;
    }
    if (const quint8 head = lookUp(names.heads, names.headStems, run.first + run.modifiers);
        head != NameRules::Unknown) {
        return head;
    }
    const NormalToken &last = m_tokens.at(run.last - 1);
    if (const auto tail = findFolded(names.tails, last); tail != names.tails.constEnd()) {
        return *tail;
    }
    const qsizetype words = run.last - run.first;
    const NormalToken &first = m_tokens.at(run.first);
    if (words == 1 && first.is(NormalToken::Upper) && first.length() >= 2) {
        return NameRules::Organisation; // an acronym: "HTC", "ФСБ"
    }
    if (words == 1 && m_caseless && looksLikeAcronym(first.folded)) {
        return NameRules::Organisation; // "kpk", "pbb" in a lower-cased text
    }
    if (m_latinLanguage == first.is(NormalToken::NonLatin) && names.otherScriptKind != NameRules::Unknown) {
        // "Facebook", "Angry Birds" in a Russian story; but "Joel Simon" is someone.
        bool common = words == 1 || words >= 4;
        for (qsizetype k = run.first; k < run.last && !common; ++k) {
            common = isCommonWord(k);
        }
        if (common) {
            return names.otherScriptKind;
        }
    }
    if (words == 1 && m_lexicon && !m_caseless &&
        m_lexicon->classify(QStringView(m_text).sliced(first.start, first.length())) == WordLexicon::Word::Unknown) {
        // "глава Роскосмоса": an agency's name after a person's cue is still the agency.
        if (const quint8 beginning = beginningKind(run.first); beginning != NameRules::Unknown) {
            return beginning;
        }
    }
    // "президента Белоруссии Александр Лукашенко": a person's cue before one word that a known
    // name follows at once is that name's; the word between is the title's state or organisation.
    const quint8 cue = cueBefore(run.first);
    const bool cueIsNext = cue == NameRules::Person && words == 1 && run.last < m_tokens.size() &&
        m_covered.at(run.last) && m_tokens.at(run.last).gap == NormalToken::Space;
    if (cue != NameRules::Unknown && !cueIsNext) {
        return cue;
    }
    if (const quint8 ending = endingKind(run.last - 1); ending != NameRules::Unknown) {
        return ending;
    }
    if (run.last < m_tokens.size()) {
        const NormalToken &after = m_tokens.at(run.last);
        if (findFolded(names.speechAfter, after) != names.speechAfter.constEnd()) {
            return NameRules::Person;
        }
    }
    if (words >= 2 && words <= 3) {
        // "BPJS Kesehatan", "Bank BRI": an acronym inside makes an organisation.
        for (qsizetype k = run.first; k < run.last; ++k) {
            if (m_tokens.at(k).is(NormalToken::Upper) && m_tokens.at(k).length() >= 2) {
                return NameRules::Organisation;
            }
        }
        bool plain = true;
        for (qsizetype k = run.first; k < run.last && plain; ++k) {
            plain = !m_tokens.at(k).is(NormalToken::Upper) || isInitial(k);
        }
        if (plain) {
            return NameRules::Person;
        }
    }
    if (words >= 4) {
        return NameRules::Organisation;
    }
    return words == 1 ? oneWordKind(run.first) : quint8(NameRules::Unknown);
}

bool NameFinder::isFirstName(const QString &word) const
{
    if (m_rules.names.patronymicEndings.isEmpty()) {
        return false;
    }
    // A story names its people again and again; Hunspell's stems are slow to ask for.
    if (const auto known = m_firstNames.constFind(word); known != m_firstNames.constEnd()) {
        return *known;
    }
    const bool answer = hasPatronymic(word);
    m_firstNames.insert(word, answer);
    return answer;
}

bool NameFinder::hasPatronymic(const QString &word) const
{
    QStringList forms = m_lexicon->stems(word);
    if (!forms.contains(word)) {
        forms.prepend(word);
    }
    for (const QString &form : std::as_const(forms)) {
        // "Виктор" -> "Викторович", "Алексей" -> "Алексеевич", "Юрий" -> "Юрьевич".
        // "Аркадий" -> "Аркадьевич": a final "ий" gives way too.
        const QString base = form.endsWith(u'й') || form.endsWith(u'ь') ? form.chopped(1) : form;
        const QString shorter = form.endsWith(u"ий") ? form.chopped(2) : base;
        for (const QString &ending : m_rules.names.patronymicEndings) {
            if (form.size() >= 3 &&
                (m_lexicon->holds(form + ending) || m_lexicon->holds(base + ending) ||
                    m_lexicon->holds(shorter + ending))) {
                return true;
            }
        }
    }
    return false;
}

quint8 NameFinder::oneWordKind(qsizetype i) const
{
    // One word and no clue: the dictionary decides. The language's own dictionary's names are
    // mostly places, but a first name has a patronymic; a word no dictionary holds is mostly
    // someone's name, unless it begins like an agency ("Роскосмос", "Минсвязи").
    if (!m_lexicon || isCommonWord(i)) {
        return NameRules::Unknown;
    }
    const NormalToken &t = m_tokens.at(i);
    const QString word = m_text.sliced(t.start, t.length());
    if (m_lexicon->classify(word) == WordLexicon::Word::Proper) {
        // A name only a borrowed dictionary holds ("Denny" in en_US for an Indonesian story) is
        // mostly a foreign given name: the places of the world are in the gazetteer already.
        if (isFirstName(word) || !m_lexicon->properInFirst(word)) {
            return NameRules::Person;
        }
        return NameRules::Place;
    }
    const quint8 beginning = beginningKind(i);
    return beginning != NameRules::Unknown ? beginning : quint8(NameRules::Person);
}

} // namespace Dateline
