// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/foldedmap.h"
#include "domain/mention.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dateline
{

struct LanguageProfile;
struct MatchRules;
struct NormalToken;
class WordLexicon;

/// What the name finder needs of a language, folded once (part of MatchRules).
struct NameRules {
    enum Kind : quint8 { Unknown, Person, Place, Organisation };

    FoldedMap<quint8> cues; ///< folded word before a name -> its kind
    FoldedMap<quint8> cueStems; ///< the same for declined languages, by inflection stem
    FoldedMap<quint8> heads;
    FoldedMap<quint8> headStems;
    FoldedMap<quint8> tails;
    FoldedMap<quint8> tailStems;
    FoldedMap<bool> joiners; ///< lower-case words inside a name: "bin", "of"
    quint8 otherScriptKind = Unknown; ///< a Latin name in a Cyrillic story: an organisation
    QList<std::pair<QString, quint8>> beginnings; ///< as written, lower case: "рос", "мин"
    QStringList patronymicEndings;
    QStringList headModifierEndings; ///< as written, lower case
    QList<std::pair<QString, quint8>> endings; ///< as written, lower case; longest first
    FoldedMap<bool> notNames; ///< months, weekdays, pronouns, "I"
    FoldedMap<bool> speechAfter; ///< "said", "mengatakan": a person before them
    FoldedMap<bool> speechBefore; ///< "kata", "said": a person after them
    QStringList derivationPrefixes;
    QStringList derivationSuffixes;

    void add(const LanguageProfile &profile);
    void sort();
};

/**
 * Finds the names no list holds: people, places and organisations a story names that the
 * gazetteer has never heard of ("Vladimir Voronin", "Transnistria", "PT Pindad"), after the
 * gazetteer has had its turn.
 *
 * A name is a run of capitalised words inside a sentence. Where capitals tell nothing (a
 * sentence's first word, a headline in title case, a text lower-cased on its way here) the
 * language's spelling dictionary tells a common word from a name (WordLexicon). The kind comes
 * from the language file: words before the name ("Bapak", "di", "компании"), first and last words
 * ("Jalan", "PT", "Selatan", "FC"), endings ("-ovich", "-stan"), a speech verb next to it (people
 * speak), then the shape of the name (two or three words: a person; an acronym: an organisation).
 * A story calls a name the same way throughout, so each name keeps one kind, and a surname alone
 * refers back to the person named in full.
 *
 * One object per story run; pure, no SQL.
 */
class NameFinder
{
public:
    NameFinder(const QString &text, const QList<NormalToken> &tokens, bool caseless, const MatchRules &rules,
        const WordLexicon *lexicon);

    /// `covered[i]`: token i belongs to a known actor's mention already. Mentions in text order.
    [[nodiscard]] QList<Mention> find(const QList<bool> &covered);

private:
    struct Run {
        qsizetype first = 0; ///< token range, end exclusive
        qsizetype last = 0;
        quint8 kind = NameRules::Unknown;
        bool quoted = false; ///< an organisation's name in quotation marks: «Единая Россия»
        qsizetype modifiers = 0; ///< lower-case words before the head word: "социальной" сети
    };

    [[nodiscard]] bool startsSentence(qsizetype i) const;
    [[nodiscard]] bool isCommonWord(qsizetype i) const;
    [[nodiscard]] bool lookUpCommonWord(qsizetype i) const;
    [[nodiscard]] bool isInitial(qsizetype i) const;
    [[nodiscard]] bool nameLike(qsizetype i) const;
    [[nodiscard]] quint8 lookUp(const FoldedMap<quint8> &words, const FoldedMap<quint8> &stems, qsizetype i) const;
    [[nodiscard]] Run runAt(qsizetype i) const;
    [[nodiscard]] quint8 endingKind(qsizetype i) const;
    [[nodiscard]] quint8 beginningKind(qsizetype i) const;
    [[nodiscard]] bool endsLikePerson(qsizetype i) const;
    [[nodiscard]] quint8 cueBefore(qsizetype i) const;
    [[nodiscard]] quint8 oneWordKind(qsizetype i) const;
    [[nodiscard]] bool isFirstName(const QString &word) const;
    [[nodiscard]] bool hasPatronymic(const QString &word) const;
    [[nodiscard]] bool quotedRun(qsizetype i, Run &run) const;
    [[nodiscard]] qsizetype withModifiers(qsizetype head) const;
    [[nodiscard]] quint8 kindOf(const Run &run) const;
    [[nodiscard]] QString wordKey(qsizetype i) const;
    [[nodiscard]] QString keyOf(const Run &run) const;
    void markHeadlines();

    const QString &m_text;
    const QList<NormalToken> &m_tokens;
    const bool m_caseless;
    const MatchRules &m_rules;
    const WordLexicon *m_lexicon;
    bool m_latinLanguage = true; ///< whether the story's language is written in Latin letters
    QList<bool> m_covered;
    QList<bool> m_headline; ///< per token: its line is in title case
    mutable QHash<QString, bool> m_firstNames; ///< isFirstName()'s answers in this story
    static constexpr qint8 CommonUnknown = -1;
    mutable QList<qint8> m_common; ///< per token: isCommonWord() 1 or 0, or CommonUnknown
};

} // namespace Dateline
