// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/foldedmap.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Dateline
{

struct LanguageProfile;

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

} // namespace Dateline
