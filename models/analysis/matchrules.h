// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namefinder.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dateline
{

struct LanguageProfile;

/// A phrase of a language file (a title, a locative), folded into words.
struct RulePhrase {
    QStringList words;
    QList<quint8> gaps;
};

/// What the matcher needs of a language, folded once when the matcher is made.
struct MatchRules {
    FoldedMap<QList<RulePhrase>> titles; ///< by first word, longest first
    QList<RulePhrase> locatives;
    QStringList clitics; ///< folded suffixes: "nya", "lah"
    QStringList prefixes; ///< folded: "di", "ke"
    // Maps rather than sets: they are searched by the text's tokens, with their hashes.
    FoldedMap<bool> particles; ///< inside personal names: "bin", "al"
    FoldedMap<bool> connectors; ///< inside organisation names: "of", "dan"
    NameRules names; ///< for the names no list holds

    /// Adds a language's phrases (for the union of all languages, call it for each).
    void add(const LanguageProfile &profile);
    /// Longest titles first; call once after the last add().
    void sort();
};

} // namespace Dateline
