// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchrules.h"

#include "languageprofile.h"
#include "textnormalizer.h"

#include <algorithm>

namespace Dateline
{

namespace
{

RulePhrase phraseOf(const QString &text)
{
    RulePhrase phrase;
    const TokenizedText tokenized = TextNormalizer::tokenize(text);
    for (const NormalToken &t : tokenized.tokens) {
        phrase.words.append(t.folded.toString());
        phrase.gaps.append(quint8(t.gap));
    }
    return phrase;
}

} // namespace

void MatchRules::add(const LanguageProfile &profile)
{
    for (const QString &title : profile.titles) {
        RulePhrase phrase = phraseOf(title);
        if (!phrase.words.isEmpty()) {
            titles[phrase.words.first()].append(phrase);
        }
    }
    for (const QString &locative : profile.locatives) {
        RulePhrase phrase = phraseOf(locative);
        if (!phrase.words.isEmpty()) {
            locatives.append(phrase);
        }
    }
    for (const QString &clitic : profile.clitics) {
        const QString folded = TextNormalizer::fold(clitic);
        // "'s" folds to "s": the possessive is a word of its own after the apostrophe already.
        if (folded.size() >= 2 && !clitics.contains(folded)) {
            clitics.append(folded);
        }
    }
    for (const QString &prefix : profile.prefixes) {
        const QString folded = TextNormalizer::fold(prefix);
        if (!folded.isEmpty() && !prefixes.contains(folded)) {
            prefixes.append(folded);
        }
    }
    for (const QString &particle : profile.nameParticles) {
        particles.insert(TextNormalizer::fold(particle), true);
    }
    for (const QString &connector : profile.connectors) {
        connectors.insert(TextNormalizer::fold(connector), true);
    }
    names.add(profile);
}

void MatchRules::sort()
{
    for (QList<RulePhrase> &list : titles) {
        std::stable_sort(list.begin(), list.end(),
            [](const RulePhrase &a, const RulePhrase &b) { return a.words.size() > b.words.size(); });
    }
    names.sort();
}

} // namespace Dateline
