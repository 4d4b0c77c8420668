// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/actor.h"

#include <array>
#include <utility>

namespace Dateline
{

namespace
{
constexpr std::array<std::pair<Actor::Kind, const char16_t *>, 8> kindNames { {
    { Actor::Kind::State, u"state" },
    { Actor::Kind::Person, u"person" },
    { Actor::Kind::Organisation, u"organisation" },
    { Actor::Kind::ArmedGroup, u"armed_group" },
    { Actor::Kind::NewsAgency, u"news_agency" },
    { Actor::Kind::Outlet, u"outlet" },
    { Actor::Kind::City, u"city" },
    { Actor::Kind::Other, u"other" },
} };
} // namespace

QString actorKindName(Actor::Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind) {
            return QString::fromUtf16(name);
        }
    }
    return QStringLiteral("other");
}

Actor::Kind actorKindFromName(const QString &name)
{
    for (const auto &[k, kindName] : kindNames) {
        if (name == QStringView(kindName)) {
            return k;
        }
    }
    return Actor::Kind::Other;
}

} // namespace Dateline
