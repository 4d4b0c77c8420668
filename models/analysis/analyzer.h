// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/actormatcher.h"
#include "analysis/speakerattributor.h"
#include "domain/mention.h"
#include "domain/quote.h"

#include <QList>
#include <QString>

namespace Dateline
{

class Gazetteer;
class LanguageProfiles;

struct Analysis {
    QString language;
    QList<Mention> mentions;
    QList<Quote> quotes;
    QList<AcronymDefinition> acronyms;
};

/**
 * Text in, actors and quotations out: the whole analysis pipeline (grammar, actors, speakers),
 * pure and free of SQL, shared by the import worker, "Re-analyse" and `dateline analyze`.
 * analyze() may run in several threads at once (each thread gets its own grammar highlighter).
 */
class Analyzer
{
public:
    Analyzer(const Gazetteer &gazetteer, const LanguageProfiles &languages);

    /// `language` is ISO 639-1 (detected at import); empty: rules of every shipped language.
    [[nodiscard]] Analysis analyze(const QString &text, const QString &language) const;

private:
    const Gazetteer &m_gazetteer;
    const LanguageProfiles &m_languages;
    ActorMatcher m_matcher; ///< keeps each language's folded rules between stories
    SpeakerAttributor m_attributor;
};

} // namespace Dateline
