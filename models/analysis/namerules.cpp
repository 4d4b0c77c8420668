// SPDX-License-Identifier: GPL-3.0-or-later
#include "namerules.h"

#include "languageprofile.h"
#include "textnormalizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

quint8 kindNamed(const QString &name)
{
    if (name == u"person") {
        return NameRules::Person;
    }
    if (name == u"place") {
        return NameRules::Place;
    }
    if (name == u"organisation") {
        return NameRules::Organisation;
    }
    return NameRules::Unknown;
}

bool hasNonLatin(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() && c.unicode() > 0x24f; });
}

// Each word of each kind's list under its folded form, and (for a declined language) its stem,
// so that "компании" finds "компания".
void addWords(const QHash<QString, QStringList> &lists, FoldedMap<quint8> &words, FoldedMap<quint8> *stems)
{
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        const quint8 kind = kindNamed(it.key());
        if (kind == NameRules::Unknown) {
            continue;
        }
        for (const QString &word : it.value()) {
            const QString folded = TextNormalizer::fold(word);
            if (folded.isEmpty()) {
                continue;
            }
            words.insert(folded, kind);
            if (stems && hasNonLatin(word)) {
                stems->insert(TextNormalizer::inflectionStem(folded).toString(), kind);
            }
        }
    }
}

void addFlags(const QStringList &words, FoldedMap<bool> &set)
{
    for (const QString &word : words) {
        for (const QString &folded : TextNormalizer::foldedWords(word)) {
            set.insert(folded, true);
        }
    }
}

} // namespace

void NameRules::add(const LanguageProfile &profile)
{
    addWords(profile.nameCues, cues, &cueStems);
    addWords(profile.nameHeads, heads, &headStems);
    addWords(profile.nameTails, tails, &tailStems);
    // Particles and connectors join the words of a name, but no word that joins two names
    // ("dan", "и", "and") or places one ("di", "in").
    FoldedMap<bool> separate;
    addFlags(profile.joiningWords, separate);
    addFlags(profile.locatives, separate);
    addFlags(profile.prefixes, separate);
    for (const QStringList *list : { &profile.nameParticles, &profile.connectors }) {
        for (const QString &word : *list) {
            const QString folded = TextNormalizer::fold(word);
            if (!folded.isEmpty() && !separate.contains(folded)) {
                joiners.insert(folded, true);
            }
        }
    }
    if (!profile.otherScriptNames.isEmpty()) {
        otherScriptKind = kindNamed(profile.otherScriptNames);
    }
    for (auto it = profile.nameBeginnings.cbegin(); it != profile.nameBeginnings.cend(); ++it) {
        for (const QString &beginning : it.value()) {
            if (kindNamed(it.key()) != Unknown && !beginning.isEmpty()) {
                beginnings.append({ beginning.toLower(), kindNamed(it.key()) });
            }
        }
    }
    patronymicEndings += profile.patronymicEndings;
    for (const QString &ending : profile.headModifierEndings) {
        headModifierEndings.append(ending.toLower());
    }
    // Endings as written, in lower case: folded, "-ий" and "-ии" would both read "ii".
    for (auto it = profile.nameEndings.cbegin(); it != profile.nameEndings.cend(); ++it) {
        const quint8 kind = kindNamed(it.key());
        for (const QString &ending : it.value()) {
            if (kind != Unknown && !ending.isEmpty()) {
                endings.append({ ending.toLower(), kind });
            }
        }
    }
    for (const QStringList &month : profile.months) {
        addFlags(month, notNames);
    }
    for (const QStringList &day : profile.weekdays) {
        addFlags(day, notNames);
    }
    addFlags(profile.pronouns, notNames);
    addFlags(profile.notNames, notNames);
    addFlags(profile.speechVerbs, speechAfter);
    addFlags(profile.speechVerbsBeforeSpeaker, speechBefore);
    for (const QString &prefix : profile.derivationPrefixes) {
        derivationPrefixes.append(prefix.toLower());
    }
    for (const QString &suffix : profile.derivationSuffixes) {
        derivationSuffixes.append(suffix.toLower());
    }
}

void NameRules::sort()
{
    std::stable_sort(
        endings.begin(), endings.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

} // namespace Dateline
