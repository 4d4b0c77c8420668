// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include "analysis/actormatcher.h"
#include "analysis/quotationfinder.h"
#include "analysis/speakerattributor.h"

namespace Dateline
{

Analyzer::Analyzer(const Gazetteer &gazetteer, const LanguageProfiles &languages)
    : m_gazetteer(gazetteer)
    , m_languages(languages)
    , m_matcher(gazetteer, languages)
    , m_attributor(gazetteer, languages)
{
}

Analysis Analyzer::analyze(const QString &text, const QString &language) const
{
    // The grammar's highlighter keeps state while it runs: one per thread, made on first use
    // and kept, so that the import worker and `dateline analyze` pay for it once.
    thread_local QuotationFinder finder;
    const QList<NewsSpan> quotations = finder.quotations(text);

    ActorMatches actors = m_matcher.match(text, language);

    Analysis analysis;
    analysis.language = language;
    analysis.quotes = m_attributor.attribute(text, language, quotations, actors.mentions);
    analysis.mentions = std::move(actors.mentions);
    analysis.acronyms = std::move(actors.acronyms);
    return analysis;
}

} // namespace Dateline
