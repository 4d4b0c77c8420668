// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"

#include <QString>

namespace Dateline::TestSupport
{

/// How a mention was matched, in the short words the actor tests write their expectations in.
inline QString matchName(Mention::Match match)
{
    using namespace Qt::StringLiterals;
    switch (match) {
    case Mention::Match::Exact:
        return u"exact"_s;
    case Mention::Match::Folded:
        return u"folded"_s;
    case Mention::Match::Transliterated:
        return u"translit"_s;
    case Mention::Match::Fuzzy:
        return u"fuzzy"_s;
    case Mention::Match::Acronym:
        return u"acronym"_s;
    case Mention::Match::Surname:
        return u"surname"_s;
    case Mention::Match::Title:
        return u"title"_s;
    }
    return {};
}

} // namespace Dateline::TestSupport
