// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/namerules.h"
#include "domain/mention.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dateline
{

struct MatchRules;
struct NormalToken;
class WordLexicon;

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
 * One object per story run; pure, no SQL. namefinder.cpp finds the runs, namefinderkinds.cpp
 * decides their kinds; the language's rules are NameRules (namerules.h).
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
