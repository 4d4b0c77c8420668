// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimthreads.h"

#include "analysis/figurereader.h"
#include "claimlinkstore.h"
#include "claimstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// Union-find over claim ids; the root of a set is its smallest id, so that a thread's id does
/// not depend on the order in which its links were read.
class Components
{
public:
    qint64 find(qint64 id)
    {
        auto parent = m_parent.find(id);
        if (parent == m_parent.end()) {
            m_parent.insert(id, id);
            return id;
        }
        qint64 root = id;
        while (m_parent.value(root) != root) {
            root = m_parent.value(root);
        }
        // Path compression: the next find of any of these is one step.
        while (id != root) {
            const qint64 next = m_parent.value(id);
            m_parent[id] = root;
            id = next;
        }
        return root;
    }

    void join(qint64 a, qint64 b)
    {
        const qint64 rootA = find(a);
        const qint64 rootB = find(b);
        if (rootA != rootB) {
            m_parent[std::max(rootA, rootB)] = std::min(rootA, rootB);
        }
    }

    [[nodiscard]] QList<qint64> ids() const { return m_parent.keys(); }

private:
    QHash<qint64, qint64> m_parent;
};

bool isSubset(const QStringList &a, const QStringList &b)
{
    return std::all_of(a.cbegin(), a.cend(), [&b](const QString &figure) { return b.contains(figure); });
}

} // namespace

ClaimThreads::ClaimThreads(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ClaimThread> ClaimThreads::thread(qint64 claimId) const
{
    using R = Result<ClaimThread>;
    const ClaimLinkStore linkStore(m_db);
    QList<qint64> ids { claimId };
    QSet<qint64> seen { claimId };
    QHash<qint64, ClaimLink> links;
    // Breadth first over the links: one look-up per claim of the thread, both directions.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto linksOf = linkStore.linksOf(ids.at(i));
        if (!linksOf) {
            return R::failure(linksOf.error());
        }
        for (const ClaimLink &link : std::as_const(linksOf.value())) {
            links.insert(link.id, link);
            for (const qint64 end : { link.fromClaimId, link.toClaimId }) {
                if (!seen.contains(end)) {
                    seen.insert(end);
                    ids.append(end);
                }
            }
        }
    }
    auto claims = ClaimStore(m_db).claimsById(ids);
    if (!claims) {
        return R::failure(claims.error());
    }
    if (std::none_of(claims.value().cbegin(), claims.value().cend(),
            [claimId](const Claim &claim) { return claim.id == claimId; })) {
        return R::failure(tr("There is no claim %1 in the library.").arg(claimId));
    }
    ClaimThread thread;
    thread.claims = claims.value();
    // Earliest first appearance: the story's date (unknown dates last), then when the claim was marked.
    std::stable_sort(thread.claims.begin(), thread.claims.end(), [](const Claim &a, const Claim &b) {
        if (a.published.isValid() != b.published.isValid()) {
            return a.published.isValid();
        }
        if (a.published != b.published) {
            return a.published < b.published;
        }
        if (a.created != b.created) {
            return a.created < b.created;
        }
        return a.id < b.id;
    });
    thread.links = links.values();
    std::sort(thread.links.begin(), thread.links.end(),
        [](const ClaimLink &a, const ClaimLink &b) { return a.id < b.id; });
    thread.conflicts = conflicts(thread.claims, thread.links);
    return thread;
}

Result<QHash<qint64, qint64>> ClaimThreads::threadIds() const
{
    using R = Result<QHash<qint64, qint64>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT from_claim_id, to_claim_id FROM claim_link"_s)) {
        return R::failure(tr("The threads could not be read: %1").arg(query.lastError().text()));
    }
    Components components;
    while (query.next()) {
        components.join(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The threads could not be read: %1").arg(query.lastError().text()));
    }
    QHash<qint64, qint64> threadOf;
    const QList<qint64> ids = components.ids();
    threadOf.reserve(ids.size());
    for (const qint64 id : ids) {
        threadOf.insert(id, components.find(id));
    }
    return threadOf;
}

QList<FigureConflict> ClaimThreads::conflicts(const QList<Claim> &claims, const QList<ClaimLink> &links)
{
    QSet<qint64> present;
    for (const Claim &claim : claims) {
        present.insert(claim.id);
    }
    // Only "same claim" links say that two passages state one fact; "contradicts" and the others
    // expect them to differ.
    Components same;
    for (const ClaimLink &link : links) {
        if (link.relation == ClaimRelation::Same && present.contains(link.fromClaimId) &&
            present.contains(link.toClaimId)) {
            same.join(link.fromClaimId, link.toClaimId);
        }
    }
    QHash<qint64, QList<const Claim *>> groups;
    QList<qint64> order;
    for (const Claim &claim : claims) {
        const qint64 root = same.find(claim.id);
        if (!groups.contains(root)) {
            order.append(root);
        }
        groups[root].append(&claim);
    }
    QList<FigureConflict> result;
    for (const qint64 root : std::as_const(order)) {
        const QList<const Claim *> &group = groups.value(root);
        if (group.size() < 2) {
            continue;
        }
        QList<std::pair<qint64, QStringList>> stated;
        for (const Claim *claim : group) {
            QStringList figures = FigureReader::figures(claim->anchor.exact);
            if (!figures.isEmpty()) {
                stated.append({ claim->id, figures });
            }
        }
        // A claim that gives fewer of the figures ("137 dead" beside "137 dead, 60 hurt") does not
        // disagree; two that each give one the other lacks ("137" against "145") do.
        bool disagree = false;
        for (qsizetype i = 0; i < stated.size() && !disagree; ++i) {
            for (qsizetype j = i + 1; j < stated.size() && !disagree; ++j) {
                disagree = !isSubset(stated.at(i).second, stated.at(j).second) &&
                    !isSubset(stated.at(j).second, stated.at(i).second);
            }
        }
        if (!disagree) {
            continue;
        }
        FigureConflict conflict;
        for (const auto &[id, figures] : std::as_const(stated)) {
            conflict.claimIds.append(id);
            conflict.values.insert(id, figures);
        }
        result.append(conflict);
    }
    return result;
}

} // namespace Dateline
