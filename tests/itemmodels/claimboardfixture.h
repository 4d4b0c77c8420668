// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the claim board's model and GUI tests: six invented stories about a death toll that
// outlets reported differently (137, 139, 144, 145) and about talks, with claims, tags (a tree),
// claimants, mentions and links written by plain SQL, so that the board is tested against rows
// it did not write itself.

#include "libraryfixture.h"

#include <QHash>
#include <QSqlQuery>

namespace Dateline::Test
{

struct FixtureClaim {
    QString label;
    int story = 0;
    QString exact;
    QString status;
    QString claimant; ///< actor name or empty
    QStringList tags; ///< tag names in order
    QString created;
};

struct ClaimBoardFixture {
    QList<qint64> storyIds;
    QList<QString> published; ///< per story, "" when unknown
    QList<QString> outlets; ///< per story, "" when none
    QHash<QString, qint64> claimIds; ///< by label
    QHash<QString, qint64> tagIds; ///< by name
    QHash<QString, qint64> actorIds; ///< by name
    QHash<QString, qint64> outletIds; ///< by name
    QList<FixtureClaim> claims;
    QString error;

    [[nodiscard]] QString labelOf(qint64 id) const { return claimIds.key(id); }
    [[nodiscard]] const FixtureClaim &claim(const QString &label) const
    {
        for (const FixtureClaim &claim : claims) {
            if (claim.label == label) {
                return claim;
            }
        }
        return claims.first();
    }
};

inline bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = sql + u": "_s + query.lastError().text();
        return false;
    }
    return true;
}

inline ClaimBoardFixture buildClaimBoardFixture(const QSqlDatabase &db)
{
    ClaimBoardFixture f;
    struct Story {
        QString title;
        QString text;
        QString outlet;
        QDate date;
    };
    const QList<Story> stories = {
        { u"Toll rises"_s, u"The death toll rose to 137, officials said. Lavrov blamed Kyiv without evidence."_s,
            u"Reuters"_s, QDate(2024, 3, 23) },
        { u"Investigators count"_s,
            u"Investigators said 139 people died in the attack. Kabulov said talks with Kabul continue."_s, u"TASS"_s,
            QDate(2024, 3, 24) },
        { u"Korban bertambah"_s,
            u"Jumlah korban tewas mencapai 144 orang, kata pejabat. Menurut Lavrov, serangan itu terencana."_s,
            u"Kompas"_s, QDate(2024, 3, 25) },
        { u"Toll revised"_s, u"The toll was revised to 145 dead. An envoy met Kabulov in Moscow."_s, u"Reuters"_s,
            QDate(2024, 3, 27) },
        { u"A blog post"_s, u"A blogger claimed the toll was 200. Nobody confirmed it, Kabulov said."_s, QString(),
            QDate() },
        { u"Talks"_s, u"Kabulov said the Taliban would be removed from the list of banned groups."_s, u"TASS"_s,
            QDate(2024, 4, 2) },
    };
    QList<Article> articles;
    for (const Story &story : stories) {
        articles.append(makeArticle(story.title, story.text, story.outlet, u"en"_s, story.date));
        f.published.append(story.date.isValid() ? story.date.toString(Qt::ISODate) : QString());
        f.outlets.append(story.outlet);
    }
    f.storyIds = insertAll(db, articles, &f.error);
    if (f.storyIds.size() != stories.size()) {
        return f;
    }
    f.claims = {
        { u"c137"_s, 0, u"The death toll rose to 137"_s, u"unverified"_s, {}, { u"Death toll"_s },
            u"2024-03-23T10:00:00.000Z"_s },
        { u"cBlame"_s, 0, u"Lavrov blamed Kyiv without evidence"_s, u"false"_s, u"Sergey Lavrov"_s, { u"Blame"_s },
            u"2024-03-23T10:05:00.000Z"_s },
        { u"c139"_s, 1, u"139 people died in the attack"_s, u"true"_s, {}, { u"Death toll"_s, u"Moscow attack"_s },
            u"2024-03-24T09:00:00.000Z"_s },
        { u"cTalks"_s, 1, u"Kabulov said talks with Kabul continue"_s, u"unverified"_s, u"Zamir Kabulov"_s,
            { u"Diplomacy"_s }, u"2024-03-24T09:30:00.000Z"_s },
        { u"c144"_s, 2, u"Jumlah korban tewas mencapai 144 orang"_s, u"mostly_true"_s, {}, { u"Death toll"_s },
            u"2024-03-25T08:00:00.000Z"_s },
        { u"cPlan"_s, 2, u"Menurut Lavrov, serangan itu terencana"_s, u"misleading"_s, {}, {},
            u"2024-03-25T08:30:00.000Z"_s },
        { u"c145"_s, 3, u"The toll was revised to 145 dead"_s, u"true"_s, {}, { u"Death toll"_s, u"Casualties"_s },
            u"2024-03-27T12:00:00.000Z"_s },
        { u"cBlog"_s, 4, u"the toll was 200"_s, u"disputed"_s, {}, {}, u"2024-03-28T12:00:00.000Z"_s },
        { u"cList"_s, 5, u"the Taliban would be removed from the list of banned groups"_s, u"unverified"_s,
            u"Zamir Kabulov"_s, { u"Diplomacy"_s }, u"2024-04-02T07:00:00.000Z"_s },
    };
    Transaction transaction(db);
    QSqlQuery query(db);
    for (const QString &name : { u"Zamir Kabulov"_s, u"Sergey Lavrov"_s }) {
        if (!execBound(query, u"INSERT INTO actor (name, kind) VALUES (?, 'person')"_s, { name }, &f.error)) {
            return f;
        }
        f.actorIds.insert(name, query.lastInsertId().toLongLong());
    }
    // Casualties > Death toll; the others top level.
    const QList<std::pair<QString, QString>> tags = { { u"Casualties"_s, {} }, { u"Death toll"_s, u"Casualties"_s },
        { u"Moscow attack"_s, {} }, { u"Diplomacy"_s, {} }, { u"Blame"_s, {} } };
    for (const auto &[name, parent] : tags) {
        const QVariant parentId = parent.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(f.tagIds.value(parent));
        if (!execBound(query, u"INSERT INTO tag (parent_id, name) VALUES (?, ?)"_s, { parentId, name }, &f.error)) {
            return f;
        }
        f.tagIds.insert(name, query.lastInsertId().toLongLong());
    }
    for (const FixtureClaim &claim : f.claims) {
        const QString text = articles.at(claim.story).text;
        const qsizetype start = text.indexOf(claim.exact);
        if (start < 0) {
            f.error = u"fixture text not found: "_s + claim.exact;
            return f;
        }
        const QVariant claimant = claim.claimant.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                           : QVariant(f.actorIds.value(claim.claimant));
        if (!execBound(query,
                u"INSERT INTO claim (article_id, start_offset, end_offset, exact, claimant_actor_id, status, "
                u"created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { f.storyIds.at(claim.story), start, start + claim.exact.size(), claim.exact, claimant, claim.status,
                    claim.created, claim.created },
                &f.error)) {
            return f;
        }
        const qint64 id = query.lastInsertId().toLongLong();
        f.claimIds.insert(claim.label, id);
        for (qsizetype i = 0; i < claim.tags.size(); ++i) {
            if (!execBound(query, u"INSERT INTO claim_tag (claim_id, tag_id, position) VALUES (?, ?, ?)"_s,
                    { id, f.tagIds.value(claim.tags.at(i)), int(i) }, &f.error)) {
                return f;
            }
        }
    }
    // Lavrov is named inside cPlan (confirmed); Kabulov inside cBlog, but the reader rejected it.
    const auto mention = [&](int story, const QString &exact, const QString &actor, const QString &state) {
        const qsizetype start = articles.at(story).text.indexOf(exact);
        return execBound(query,
            u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, origin, state) "
            u"VALUES (?, ?, ?, ?, ?, 'gazetteer', ?)"_s,
            { f.storyIds.at(story), f.actorIds.value(actor), start, start + exact.size(), exact, state }, &f.error);
    };
    if (!mention(2, u"Lavrov"_s, u"Sergey Lavrov"_s, u"confirmed"_s)
        || !mention(4, u"toll"_s, u"Zamir Kabulov"_s, u"rejected"_s)) {
        return f;
    }
    // Thread one: 137 same as 145 (a conflict), 139 supports 137, 144 elaborates 145.
    // Thread two: cList updates cTalks.
    const QList<std::tuple<QString, QString, QString>> links = { { u"c137"_s, u"c145"_s, u"same"_s },
        { u"c139"_s, u"c137"_s, u"supports"_s }, { u"c144"_s, u"c145"_s, u"elaborates"_s },
        { u"cList"_s, u"cTalks"_s, u"updates"_s } };
    for (const auto &[from, to, relation] : links) {
        if (!execBound(query,
                u"INSERT INTO claim_link (from_claim_id, to_claim_id, relation, created) "
                u"VALUES (?, ?, ?, '2024-04-03T00:00:00.000Z')"_s,
                { f.claimIds.value(from), f.claimIds.value(to), relation }, &f.error)) {
            return f;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        f.error = committed.error();
        return f;
    }
    for (const QString &name : f.outlets) {
        if (!name.isEmpty() && !f.outletIds.contains(name)) {
            f.outletIds.insert(name, scalar(db, u"SELECT id FROM outlet WHERE name = '%1'"_s.arg(name)).toLongLong());
        }
    }
    return f;
}

} // namespace Dateline::Test
