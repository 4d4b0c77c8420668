// SPDX-License-Identifier: GPL-3.0-or-later
#include "claim.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

QString ClaimNames::statusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Unverified:
        return u"unverified"_s;
    case ClaimStatus::True:
        return u"true"_s;
    case ClaimStatus::MostlyTrue:
        return u"mostly_true"_s;
    case ClaimStatus::Misleading:
        return u"misleading"_s;
    case ClaimStatus::False:
        return u"false"_s;
    case ClaimStatus::Disputed:
        return u"disputed"_s;
    case ClaimStatus::Retracted:
        return u"retracted"_s;
    }
    return u"unverified"_s;
}

std::optional<ClaimStatus> ClaimNames::statusFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    for (const ClaimStatus status : allStatuses()) {
        if (statusName(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString ClaimNames::statusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Unverified:
        return tr("Unverified");
    case ClaimStatus::True:
        return tr("True");
    case ClaimStatus::MostlyTrue:
        return tr("Mostly true");
    case ClaimStatus::Misleading:
        return tr("Misleading");
    case ClaimStatus::False:
        return tr("False");
    case ClaimStatus::Disputed:
        return tr("Disputed");
    case ClaimStatus::Retracted:
        return tr("Retracted");
    }
    return {};
}

QList<ClaimStatus> ClaimNames::allStatuses()
{
    return { ClaimStatus::Unverified, ClaimStatus::True, ClaimStatus::MostlyTrue, ClaimStatus::Misleading,
        ClaimStatus::False, ClaimStatus::Disputed, ClaimStatus::Retracted };
}

QString ClaimNames::relationName(ClaimRelation relation)
{
    switch (relation) {
    case ClaimRelation::Same:
        return u"same"_s;
    case ClaimRelation::Supports:
        return u"supports"_s;
    case ClaimRelation::Contradicts:
        return u"contradicts"_s;
    case ClaimRelation::Elaborates:
        return u"elaborates"_s;
    case ClaimRelation::Updates:
        return u"updates"_s;
    case ClaimRelation::Cites:
        return u"cites"_s;
    }
    return u"same"_s;
}

std::optional<ClaimRelation> ClaimNames::relationFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const ClaimRelation relation : allRelations()) {
        if (relationName(relation) == key) {
            return relation;
        }
    }
    return std::nullopt;
}

QList<ClaimRelation> ClaimNames::allRelations()
{
    return { ClaimRelation::Same, ClaimRelation::Supports, ClaimRelation::Contradicts, ClaimRelation::Elaborates,
        ClaimRelation::Updates, ClaimRelation::Cites };
}

QString ClaimNames::relationPhrase(ClaimRelation relation, bool fromSource)
{
    switch (relation) {
    case ClaimRelation::Same:
        return tr("same claim as");
    case ClaimRelation::Supports:
        return fromSource ? tr("supports") : tr("supported by");
    case ClaimRelation::Contradicts:
        return fromSource ? tr("contradicts") : tr("contradicted by");
    case ClaimRelation::Elaborates:
        return fromSource ? tr("elaborates") : tr("elaborated by");
    case ClaimRelation::Updates:
        return fromSource ? tr("updates") : tr("updated by");
    case ClaimRelation::Cites:
        return fromSource ? tr("cites") : tr("cited by");
    }
    return {};
}

QString ClaimNames::tagList(const Claim &claim)
{
    QStringList names;
    names.reserve(claim.tags.size());
    for (const Tag &tag : claim.tags) {
        names << tag.name;
    }
    return names.join(u", "_s);
}

QString ClaimNames::textInStory(const Claim &claim)
{
    return claim.articleTitle.isEmpty() ? claim.anchor.exact
                                        : tr("%1\n\nin “%2”").arg(claim.anchor.exact, claim.articleTitle);
}

} // namespace Dateline
