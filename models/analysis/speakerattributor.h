// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/languageprofile.h"
#include "analysis/quotationfinder.h"
#include "domain/quote.h"

#include <QList>
#include <QString>

namespace Dateline
{

class Gazetteer;
class LanguageProfiles;

/**
 * Gives every quotation its speaker, cue and relay chain from the language's rules: cues before
 * or after it ("kata Kabulov", "Kabulov mengatakan", "tandasnya", "X said", "according to X"),
 * pronouns and clitics that refer to the last named speaker, the speaker of the enclosing
 * sentence for a partial quotation, and reported speech ("X mengatakan (bahwa) ...") as indirect
 * quotations. Relays: "kepada kantor berita RIA seperti melansir Reuters" -> via RIA, Reuters.
 */
class SpeakerAttributor
{
public:
    SpeakerAttributor(const Gazetteer &gazetteer, const LanguageProfiles &languages);

    [[nodiscard]] QList<Quote> attribute(const QString &text, const QString &language,
        const QList<NewsSpan> &quotations, const QList<Mention> &mentions) const;

    /// As above with the rules of one profile (or a union of profiles, see unionOf()): needs
    /// no loaded resources, which keeps the rules testable alone.
    [[nodiscard]] static QList<Quote> attribute(const QString &text, const LanguageProfile &rules,
        const QList<NewsSpan> &quotations, const QList<Mention> &mentions);
    /// Every rule of every profile in `languages`: for a story whose language is unknown.
    [[nodiscard]] static LanguageProfile unionOf(const LanguageProfiles &languages);

private:
    const Gazetteer &m_gazetteer;
    const LanguageProfiles &m_languages;
    LanguageProfile m_all; ///< unionOf(m_languages), for stories of unknown language
};

} // namespace Dateline
