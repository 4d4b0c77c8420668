// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymatch_p.h"

#include "namefinder.h"
#include "wordlexicon.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Dateline::Matching
{

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
            } else if (w.is(NormalToken::Lower) && isIn(m_rules.connectors, w) && k < t - 1) {
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
        const QList<qint32> *posting = m_index.containing(m_tokens.at(k));
        if (posting && (!candidates || posting->size() < candidates->size())) {
            candidates = posting;
        }
    }
    if (!candidates || candidates->size() > 4000) {
        return best;
    }
    // The words joined by spaces, written into a string made once at its size: appending word
    // by word reallocated it for every capitalised run of a story.
    qsizetype size = to - from - 1;
    for (qsizetype k = from; k < to; ++k) {
        size += m_tokens.at(k).folded.size();
    }
    QString phrase(size, Qt::Uninitialized);
    QChar *out = phrase.data();
    for (qsizetype k = from; k < to; ++k) {
        if (k > from) {
            *out++ = u' ';
        }
        out = std::copy(m_tokens.at(k).folded.begin(), m_tokens.at(k).folded.end(), out);
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
            const Gazetteer::Index::FuzzyKey &key = m_index.fuzzyKey(id);
            if (std::abs(int(key.words) - int(words)) > 1 || key.upperOnly || key.first != phrase.front().unicode() ||
                std::abs(int(key.phraseSize) - int(phrase.size())) > limit) {
                continue;
            }
            const int d = TextNormalizer::editDistance(phrase, m_index.entries().at(id).phrase, limit);
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
        } else if (!(end > i && t.is(NormalToken::Lower) && isIn(m_rules.connectors, t))) {
            break;
        }
        ++end;
    }
    return lastCapital + 1 - i;
}

bool StoryMatch::ownsNoFirstWord(qsizetype first, qsizetype last) const
{
    // "президент ФИФА Зепп Блаттер", "президента Белоруссии Александр Лукашенко": three
    // capitalised words after a title, the first of them an acronym, or (where names carry a
    // patronymic and none of these does) a place the dictionary knows, name the title's
    // organisation or state before the person. "лидер КНДР Ким Чен Ын" keeps its short words.
    const NormalToken &t = m_tokens.at(first);
    if (t.is(NormalToken::Upper) && t.length() >= 2) {
        return true;
    }
    const QStringList &patronymics = m_rules.names.patronymicEndings;
    if (patronymics.isEmpty() || !m_lexicon || t.length() < 5) {
        return false;
    }
    for (qsizetype k = first + 1; k <= last; ++k) {
        const QStringView word = QStringView(m_text).sliced(m_tokens.at(k).start, m_tokens.at(k).length());
        for (const QString &ending : patronymics) {
            if (word.contains(ending, Qt::CaseInsensitive)) {
                return false;
            }
        }
    }
    const QStringView word = QStringView(m_text).sliced(t.start, t.length());
    return m_lexicon->classify(word) == WordLexicon::Word::Proper && m_lexicon->properInFirst(word);
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
        } else if (!(end > i && t.is(NormalToken::Lower) && isIn(m_rules.particles, t))) {
            break;
        }
        ++end;
    }
    if (lastName - i >= 2 && ownsNoFirstWord(i, lastName)) {
        // The title's own object, not the person: leave it to the name finder.
        ++i;
    }
    QStringList words;
    for (qsizetype k = i; k <= lastName; ++k) {
        words.append(m_tokens.at(k).folded.toString());
    }
    const NormalToken &own = m_tokens.at(i);
    Actor actor;
    actor.key = u"person:"_s + slug(words);
    actor.name = m_text.sliced(own.start, m_tokens.at(lastName).end - own.start);
    actor.kind = Actor::Kind::Person;
    Candidate c;
    c.first = i;
    c.last = lastName + 1;
    c.start = own.start;
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
        if (last.folded.size() >= 3 && !isIn(m_rules.particles, last)) {
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
        const qsizetype nextStart =
            m + 1 < m_result.mentions.size() ? m_result.mentions.at(m + 1).start : m_text.size();
        if (last + 1 < m_tokens.size() && m_tokens.at(last).end == mention.end &&
            m_tokens.at(last + 1).gap == NormalToken::Space && m_tokens.at(last + 1).end <= nextStart &&
            (m_caseless || m_tokens.at(last + 1).is(NormalToken::Capitalised))) {
            const auto tail = findFolded(names.tails, m_tokens.at(last + 1));
            if (tail != names.tails.constEnd() && *tail == NameRules::Place) {
                ++last;
                widened = true;
            }
        }
        const qsizetype previousEnd = m > 0 ? m_result.mentions.at(m - 1).end : 0;
        if (first > 0 && m_tokens.at(first).gap == NormalToken::Space && m_tokens.at(first - 1).start >= previousEnd) {
            const auto head = findFolded(names.heads, m_tokens.at(first - 1));
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
    // "Реджеп Эрдоган" with only "Эрдоган" known: the first name belongs to the known person;
    // "президент ФИФА Зепп Блаттер": an organisation or a place before a person stays itself.
    qsizetype next = 0;
    for (Mention &name : found) {
        while (next < known.size() && known.at(next).start < name.end) {
            ++next;
        }
        if (next < known.size() && known.at(next).actor.kind == Actor::Kind::Person &&
            name.actor.kind == Actor::Kind::Person && name.match == Mention::Match::Exact &&
            !name.text.contains(u' ') &&
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

} // namespace Dateline::Matching
