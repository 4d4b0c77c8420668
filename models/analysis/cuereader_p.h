// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to dateline_analysis: the token and cue scanning under SpeakerAttributor.

#include "analysis/languageprofile.h"
#include "analysis/quotationfinder.h"
#include "domain/quote.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace Dateline
{

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
    bool capitalised = false;
    bool cueWord = false; ///< may start a speech verb or "according to": worth a closer look
};

/// A phrase of one or more words from a rule list, lower case, split into words.
using Phrase = QStringList;

/// A list of phrases indexed by first word, so that matching at a token costs one hash look-up.
class PhraseSet
{
public:
    PhraseSet() = default;
    explicit PhraseSet(const QStringList &phrases)
    {
        for (const QString &phrase : phrases) {
            const QString lower = phrase.toLower().remove(u'-').simplified();
            const Phrase words = lower.split(u' ', Qt::SkipEmptyParts);
            if (!words.isEmpty()) {
                m_byFirst[words.constFirst()].append(words);
            }
        }
        // Longest first, so that "as reported by" wins over "as".
        for (auto &list : m_byFirst) {
            std::sort(list.begin(), list.end(), [](const Phrase &a, const Phrase &b) { return a.size() > b.size(); });
        }
    }

    /// The number of tokens the longest phrase matching at `at` covers, 0 when none.
    [[nodiscard]] qsizetype matchAt(const QList<Token> &tokens, qsizetype at, qsizetype limit) const
    {
        if (at >= limit) {
            return 0;
        }
        const auto found = m_byFirst.constFind(tokens.at(at).lower);
        if (found == m_byFirst.cend()) {
            return 0;
        }
        for (const Phrase &phrase : *found) {
            if (at + phrase.size() > limit) {
                continue;
            }
            bool all = true;
            for (qsizetype i = 1; i < phrase.size() && all; ++i) {
                all = tokens.at(at + i).lower == phrase.at(i);
            }
            if (all) {
                return phrase.size();
            }
        }
        return 0;
    }

    [[nodiscard]] QStringList firstWords() const { return m_byFirst.keys(); }

    [[nodiscard]] bool contains(const QString &word) const
    {
        const auto found = m_byFirst.constFind(word);
        return found != m_byFirst.cend() &&
            std::any_of(found->cbegin(), found->cend(), [](const Phrase &p) { return p.size() == 1; });
    }

private:
    QHash<QString, QList<Phrase>> m_byFirst;
};

[[nodiscard]] bool isWordChar(QChar c);
/// Words: letters and digits, with an inner hyphen, apostrophe or period ("al-Shabaab",
/// "Arrahmah.id", "U.S") kept inside the word. A token's `lower` may borrow the characters of
/// `text`: the text must outlive the tokens.
[[nodiscard]] QList<Token> tokenize(const QString &text);

/**
 * Reads one story for SpeakerAttributor: its tokens, sentences and quotations, and the cues
 * in them ("kata Kabulov", "Kabulov mengatakan", "menurut X", "tandasnya"), their speakers and
 * relay chains ("kepada kantor berita RIA seperti melansir Reuters" -> RIA, Reuters). It keeps
 * the last named speaker, whom pronouns and clitics refer to; deciding what each quotation is
 * and which cue it takes is left to the attribution built on it.
 */
class CueReader
{
public:
    CueReader(const QString &text, const LanguageProfile &rules, const QList<NewsSpan> &quotations,
        const QList<Mention> &mentions);

protected:
    struct Cue {
        qsizetype first = 0; ///< tokens of the cue, speaker included
        qsizetype last = 0; ///< inclusive
        Actor speaker;
        qsizetype relayFrom = 0; ///< where the relay chain may start
    };

    struct SpeakerPhrase {
        qsizetype first = 0;
        qsizetype last = -1; ///< inclusive; last < first: none
        Actor speaker;
        bool found = false;
    };

    [[nodiscard]] qsizetype tokenAtOrAfter(qsizetype offset) const
    {
        const auto it = std::lower_bound(
            m_tokens.cbegin(), m_tokens.cend(), offset, [](const Token &t, qsizetype o) { return t.end <= o; });
        return it - m_tokens.cbegin();
    }
    /// Tokens wholly before `offset`: the index one past the last.
    [[nodiscard]] qsizetype tokensBefore(qsizetype offset) const
    {
        const auto it = std::lower_bound(
            m_tokens.cbegin(), m_tokens.cend(), offset, [](const Token &t, qsizetype o) { return t.end <= o; });
        return it - m_tokens.cbegin();
    }
    [[nodiscard]] QStringView between(qsizetype from, qsizetype to) const
    {
        return QStringView(m_text).mid(from, std::max<qsizetype>(0, to - from));
    }
    /// True when the text between two neighbouring tokens breaks a phrase (a comma, a colon,
    /// a quotation mark, a line break...).
    [[nodiscard]] bool breakBetween(qsizetype left, qsizetype right) const
    {
        const QStringView gap = between(m_tokens.at(left).end, m_tokens.at(right).start);
        for (qsizetype k = 0; k < gap.size(); ++k) {
            const QChar c = gap.at(k);
            if (c == u'(' || c == u')' || (c == u'.' && k + 1 < gap.size() && gap.at(k + 1) == u')')) {
                continue; // "Rep. Gwen Moore (D-Wis.) said"
            }
            if (!c.isSpace() || c == u'\n') {
                if (c == u'.' && gap.size() <= 2 && m_tokens.at(left).end - m_tokens.at(left).start <= 3 &&
                    m_tokens.at(left).capitalised) {
                    continue; // "Mr. Smith", "Sen. McCain"
                }
                return true;
            }
        }
        return false;
    }
    /// A break inside a name: any break, or a parenthesis ("Gwen Moore (D-Wis.)").
    [[nodiscard]] bool nameBreak(qsizetype left, qsizetype right) const
    {
        const QStringView gap = between(m_tokens.at(left).end, m_tokens.at(right).start);
        return breakBetween(left, right) || gap.contains(u'(') || gap.contains(u')');
    }
    [[nodiscard]] const Mention *mentionAt(qsizetype token) const;
    [[nodiscard]] bool isPronoun(qsizetype token) const { return m_pronouns.contains(m_tokens.at(token).lower); }
    [[nodiscard]] bool isSpeechVerb(qsizetype token) const { return m_speechVerbs.contains(m_tokens.at(token).lower); }
    [[nodiscard]] bool isSuffixCue(qsizetype token) const;
    [[nodiscard]] bool isAccordingToClitic(qsizetype token) const;
    [[nodiscard]] Actor lastSpeaker(bool person) const;

    [[nodiscard]] SpeakerPhrase speakerAfter(qsizetype from, qsizetype limit) const;
    [[nodiscard]] SpeakerPhrase speakerBefore(qsizetype verb, qsizetype floor) const;
    [[nodiscard]] SpeakerPhrase resolve(qsizetype first, qsizetype last) const;

    [[nodiscard]] std::optional<Cue> cueAfter(qsizetype from, qsizetype limit) const;
    [[nodiscard]] std::optional<Cue> cueBefore(qsizetype floor, qsizetype limit) const;
    [[nodiscard]] QList<Actor> relays(qsizetype from, qsizetype limit) const;

    [[nodiscard]] qsizetype sentenceStart(qsizetype offset) const;
    [[nodiscard]] qsizetype sentenceEnd(qsizetype offset) const;
    [[nodiscard]] bool insideQuotation(qsizetype offset) const;
    /// A quotation ends at `offset` with its own full stop inside the marks, and another
    /// quotation opens right after it: the sentence ends there too.
    [[nodiscard]] bool quotedSentenceEndsAt(qsizetype offset) const;
    [[nodiscard]] bool isAbbreviation(qsizetype dot) const;

    void remember(const Actor &speaker);

    const QString &m_text;
    QList<Token> m_tokens;
    QList<Mention> m_mentions;
    QList<NewsSpan> m_quotations;
    PhraseSet m_speechVerbs;
    PhraseSet m_verbsFirst;
    PhraseSet m_suffixVerbs;
    PhraseSet m_pronouns;
    PhraseSet m_accordingTo;
    PhraseSet m_relayBefore;
    PhraseSet m_relayCarried;
    PhraseSet m_relayReported;
    PhraseSet m_that;
    PhraseSet m_titles;
    PhraseSet m_relative;
    PhraseSet m_reportOpeners;
    PhraseSet m_joining;
    QStringList m_clitics;
    Actor m_lastSpeaker;
    Actor m_lastPerson;
};

} // namespace Dateline
