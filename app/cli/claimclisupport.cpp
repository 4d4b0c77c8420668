// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimclisupport.h"

#include "codepoints.h"
#include "storage/actorstore.h"
#include "storage/articlestore.h"
#include "storage/tagstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

ClaimCliSupport::ClaimCliSupport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ClaimCliSupport::articleText(qint64 articleId)
{
    const auto cached = m_texts.constFind(articleId);
    if (cached != m_texts.cend()) {
        return cached.value();
    }
    const auto article = ArticleStore(m_db).article(articleId);
    const QString text = article ? article.value().text : QString();
    m_texts.insert(articleId, text);
    return text;
}

QStringList ClaimCliSupport::tagPaths(const Claim &claim)
{
    QStringList paths;
    const TagStore tags(m_db);
    for (const Tag &tag : claim.tags) {
        auto cached = m_tagPaths.constFind(tag.id);
        if (cached == m_tagPaths.cend()) {
            const auto path = tags.path(tag.id);
            cached = m_tagPaths.insert(tag.id, path ? path.value() : tag.name);
        }
        paths.append(cached.value());
    }
    return paths;
}

QJsonObject ClaimCliSupport::claimJson(const Claim &claim)
{
    const QString text = articleText(claim.articleId);
    QJsonValue claimant = QJsonValue::Null;
    if (claim.claimant.id != 0) {
        claimant = QJsonObject {
            { u"id"_s, claim.claimant.id },
            { u"name"_s, claim.claimant.name },
            { u"kind"_s, actorKindName(claim.claimant.kind) },
        };
    }
    return {
        { u"id"_s, claim.id },
        { u"article"_s, claim.articleId },
        { u"start"_s, codePointOffset(text, claim.anchor.start) },
        { u"end"_s, codePointOffset(text, claim.anchor.end) },
        { u"text"_s, claim.anchor.exact },
        { u"anchored"_s, claim.anchored },
        { u"claimant"_s, claimant },
        { u"status"_s, ClaimNames::statusName(claim.status) },
        { u"tags"_s, QJsonArray::fromStringList(tagPaths(claim)) },
        { u"title"_s, claim.articleTitle },
        { u"outlet"_s, stringOrNull(claim.outlet) },
        { u"published"_s, claim.published.isValid() ? QJsonValue(claim.published.toString(Qt::ISODate)) : QJsonValue() },
        { u"note"_s, claim.note },
        { u"links"_s, claim.linkCount },
        { u"created"_s, claim.created.isValid() ? QJsonValue(claim.created.toUTC().toString(Qt::ISODate)) : QJsonValue() },
    };
}

QJsonObject ClaimCliSupport::linkJson(const ClaimLink &link)
{
    return {
        { u"id"_s, link.id },
        { u"from"_s, link.fromClaimId },
        { u"to"_s, link.toClaimId },
        { u"relation"_s, ClaimNames::relationName(link.relation) },
        { u"note"_s, link.note },
        { u"created"_s, link.created.isValid() ? QJsonValue(link.created.toUTC().toString(Qt::ISODate)) : QJsonValue() },
    };
}

QJsonObject ClaimCliSupport::conflictJson(const FigureConflict &conflict)
{
    QJsonArray claims;
    QJsonArray values;
    for (const qint64 id : conflict.claimIds) {
        claims.append(id);
        values.append(QJsonObject {
            { u"claim"_s, id },
            { u"figures"_s, QJsonArray::fromStringList(conflict.values.value(id)) },
        });
    }
    return { { u"claims"_s, claims }, { u"values"_s, values } };
}

Result<std::optional<qint64>> ClaimCliSupport::findActor(const QString &name) const
{
    using R = Result<std::optional<qint64>>;
    const QString wanted = name.trimmed();
    const ActorStore actors(m_db);
    // search() finds names and aliases that start with the text; the exact one is among them.
    auto candidates = actors.search(wanted, 200);
    if (!candidates) {
        return R::failure(candidates.error());
    }
    for (const Actor &actor : std::as_const(candidates.value())) {
        if (actor.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return R(actor.id);
        }
    }
    for (const Actor &actor : std::as_const(candidates.value())) {
        auto aliases = actors.aliases(actor.id);
        if (!aliases) {
            return R::failure(aliases.error());
        }
        for (const Alias &alias : std::as_const(aliases.value())) {
            if (alias.text.compare(wanted, Qt::CaseInsensitive) == 0) {
                return R(actor.id);
            }
        }
    }
    return R(std::nullopt);
}

Result<qint64> ClaimCliSupport::findOrCreateActor(const QString &name) const
{
    using R = Result<qint64>;
    auto found = findActor(name);
    if (!found) {
        return R::failure(found.error());
    }
    if (found.value()) {
        return R(*found.value());
    }
    Actor actor;
    actor.name = name.trimmed();
    actor.kind = Actor::Kind::Other;
    auto added = ActorStore(m_db).addActor(actor);
    if (!added) {
        return R::failure(added.error());
    }
    return R(added.value().id);
}

qsizetype ClaimCliSupport::utf16Offset(const QString &text, qsizetype codePoints)
{
    if (codePoints < 0) {
        return -1;
    }
    qsizetype i = 0;
    for (qsizetype counted = 0; counted < codePoints; ++counted) {
        if (i >= text.size()) {
            return -1;
        }
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

} // namespace Dateline
