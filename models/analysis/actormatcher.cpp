// SPDX-License-Identifier: GPL-3.0-or-later
#include "actormatcher.h"

#include "languageprofile.h"
#include "matchrules.h"
#include "storymatch_p.h"
#include "wordlexicon.h"

namespace Dateline
{

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
    Matching::StoryMatch story(text, language, m_gazetteer.index(), rulesFor(language), lexiconFor(language));
    ActorMatches matches = story.run();
    // The story's own actors live only as long as the run: the mentions carry copies.
    return matches;
}

} // namespace Dateline
