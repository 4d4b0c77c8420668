// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace Dateline
{

class Gazetteer;
class LanguageProfiles;
struct MatchRules;
class WordLexicon;

/// "Islamic State Khurasan Provience (ISKP)": the acronym now names that actor in this story.
struct AcronymDefinition {
    QString acronym;
    QString expansion;
    QString actorKey; ///< the actor the expansion matched, empty for a new one
    qsizetype start = 0; ///< UTF-16 span of "expansion (acronym)"
    qsizetype end = 0;
};

struct ActorMatches {
    QList<Mention> mentions; ///< in text order, not overlapping
    QList<AcronymDefinition> acronyms; ///< offered to the library as new aliases
};

/**
 * Finds the actors of a story: gazetteer aliases over normalised tokens (case and diacritics
 * folded, other scripts through ICU transliteration, Indonesian clitics and affixes and the
 * English possessive stripped, word boundaries respected, all-caps short aliases only as
 * upper-case words), acronym definitions, close misspellings of known names, titles and roles
 * that introduce people in no list, surnames that refer back to a full name, and capitals that
 * stand for their government. Then the NameFinder finds the names no list holds, with the
 * language's spelling dictionary (loaded on first use) where capitals tell nothing.
 *
 * Stateless per call: one matcher serves many threads.
 */
class ActorMatcher
{
public:
    ActorMatcher(const Gazetteer &gazetteer, const LanguageProfiles &languages);
    ~ActorMatcher();

    /// `language` is ISO 639-1; empty: the rules of every shipped language at once.
    [[nodiscard]] ActorMatches match(const QString &text, const QString &language) const;

private:
    [[nodiscard]] const MatchRules &rulesFor(const QString &language) const;
    [[nodiscard]] const WordLexicon *lexiconFor(const QString &language) const;

    const Gazetteer &m_gazetteer;
    const LanguageProfiles &m_languages;
    /// Titles, locatives, clitics of each language folded once, and their union under "".
    QHash<QString, std::shared_ptr<const MatchRules>> m_rules;
    /// Each language's spelling dictionary, opened when a story first needs it (null: none).
    mutable QHash<QString, std::shared_ptr<const WordLexicon>> m_lexicons;
    mutable QMutex m_lexiconMutex;
};

} // namespace Dateline
