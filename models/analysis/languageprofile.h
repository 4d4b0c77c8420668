// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dateline
{

/**
 * What Dateline knows of one language, read from resources/languages/<code>.json: month and
 * weekday names and date order (for dates), speech verbs and cue patterns, pronouns and clitics
 * that refer back to the last speaker, titles and roles that introduce people, relay phrases
 * ("seperti melansir", "citing", "told"), and its quotation habits. Adding a language is adding
 * a file: no code.
 */
struct LanguageProfile {
    QString code; ///< ISO 639-1
    QString name;
    QString dateOrder; ///< "DMY", "MDY", "YMD"
    QList<QStringList> months; ///< 12 entries, each the forms of one month
    QList<QStringList> weekdays; ///< 7 entries, Monday first
    QStringList speechVerbs; ///< "mengatakan", "said", "told"
    QStringList speechVerbsBeforeSpeaker; ///< verb first: "kata", "ujar", "said" (said X)
    QStringList cueSuffixVerbs; ///< one word naming the last speaker: "tandasnya", "ungkapnya"
    QStringList pronouns; ///< third-person subject pronouns: "ia", "dia", "he", "she"
    QStringList clitics; ///< "-nya"
    QStringList prefixes; ///< "di", "ke"
    QStringList accordingTo; ///< "menurut", "according to"
    QStringList relayBefore; ///< before a relay outlet: "kepada", "told", "in an interview with"
    QStringList relayCarried; ///< "seperti melansir", "dikutip dari", "citing", "as reported by"
    QStringList thatWords; ///< "bahwa", "that"
    QStringList titles; ///< "Presiden", "Menteri Luar Negeri", "duta besar", "President"
};

/** The profiles of every language Dateline ships, loaded once from resources. */
class LanguageProfiles
{
public:
    LanguageProfiles(); ///< loads :/dateline/languages/*.json
    ~LanguageProfiles();

    /// The profile for `code`; an empty profile (code set) when none ships.
    [[nodiscard]] const LanguageProfile &profile(const QString &code) const;
    [[nodiscard]] QStringList codes() const;

private:
    QHash<QString, LanguageProfile> m_profiles;
    std::unique_ptr<LanguageProfile> m_empty;
};

} // namespace Dateline
