// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <map>
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
    /// An ambiguous numeric date is month first when the story writes its other dates US style
    /// ("May 2"); English only.
    bool monthFirstWhenUsStyle = false;
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
    QStringList relayReported; ///< after a relay outlet: "reported", "melaporkan" (X reported)
    QStringList thatWords; ///< "bahwa", "that"
    QStringList relativeWords; ///< "yang", "who", "which": a verb after one is no report of speech
    /// A sentence's opening words that, before a speech verb, put its speaker after it and what
    /// was said elsewhere: "Об этом заявил министр" reports no clause of its own.
    QStringList reportOpeners;
    /// Words that carry a quotation into the sentence around it, right before its opening mark
    /// ("and “…”", "because, “…”", "like “…”"): such a quotation is partial, not direct.
    QStringList joiningWords;
    QStringList titles; ///< "Presiden", "Menteri Luar Negeri", "duta besar", "President"
    /// Words after which a place is a place, not its government: "di", "di luar", "in", "outside".
    QStringList locatives;
    /// Lower-case words inside personal names: "bin", "al", "van", "de".
    QStringList nameParticles;
    /// Lower-case words inside the names of organisations: "of", "the", "dan" (for acronyms).
    QStringList connectors;
    /// Quotation mark pairs the language uses, opening then closing: "“”", "«»".
    QStringList quotationMarks;

    // For names in no list (NameFinder), by the kinds "person", "place" and "organisation":
    /// The Hunspell dictionary that tells common words from names: "id_ID", "ru_RU".
    QString hunspell;
    /// Words right before a name that tell its kind: "bapak", "di", "в", "компании".
    QHash<QString, QStringList> nameCues;
    /// First words that belong to the name and tell its kind: "Jalan", "PT", "Universitas".
    QHash<QString, QStringList> nameHeads;
    /// Last words of a name that tell its kind: "Selatan", "FC", "Inc".
    QHash<QString, QStringList> nameTails;
    /// Endings of a name's last word, folded to Latin: "ovich", "skiy", "stan".
    QHash<QString, QStringList> nameEndings;
    /// Capitalised words that are no names: "I", "Anda", "Вы".
    QStringList notNames;
    /// The kind of a name written in another script than the language's ("Facebook" in Russian).
    QString otherScriptNames;
    /// Beginnings of words no dictionary holds that tell their kind: "Рос", "Мин" (Роскосмос).
    QHash<QString, QStringList> nameBeginnings;
    /// Endings that make a patronymic of a man's first name ("ович", "евич"): a dictionary that
    /// holds "Викторович" tells that "Виктор" is a first name, not a place.
    QStringList patronymicEndings;
    /// Endings of the lower-case words that qualify a head word before a name and belong to the
    /// name's span with it ("социальной сети Facebook", "государственного агентства БелТА").
    QStringList headModifierEndings;
    /// Affixes of derived words, for telling a derived common word ("perampingan") from a name
    /// when the dictionary does not know it: prefixes then suffixes.
    QStringList derivationPrefixes;
    QStringList derivationSuffixes;

    /// Whether a numeric date is day first ("DMY", the default) rather than month first.
    [[nodiscard]] bool dayFirst() const { return dateOrder != u"MDY"; }
};

/** The profiles of every language Dateline ships, loaded once from resources. */
class LanguageProfiles
{
public:
    LanguageProfiles(); ///< loads :/dateline/languages/*.json
    ~LanguageProfiles();
    Q_DISABLE_COPY_MOVE(LanguageProfiles)

    /// The profile for `code`; an empty profile (code set) when none ships.
    [[nodiscard]] const LanguageProfile &profile(const QString &code) const;
    [[nodiscard]] QStringList codes() const;

private:
    QHash<QString, LanguageProfile> m_profiles;
    std::unique_ptr<LanguageProfile> m_empty;
    // Empty profiles handed out for codes no file ships, kept so that the references stay valid
    // (std::map never moves its nodes); the mutex lets several threads ask at once.
    mutable std::map<QString, LanguageProfile> m_unknown;
    mutable QMutex m_unknownMutex;
};

} // namespace Dateline
