// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "claimrows_p.h"
#include "transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

using ClaimRows::idArray;
using ClaimRows::idOrNull;

namespace
{

/// The tag and its descendants, the tag first and parents before children.
constexpr auto subtreeSql = u"WITH RECURSIVE sub(id, depth) AS (SELECT :root, 0 UNION ALL SELECT t.id, sub.depth + 1 "
                            "FROM tag t JOIN sub ON t.parent_id = sub.id) ";

QVariant colourValue(const QString &colour)
{
    return colour.isEmpty() ? QVariant() : QVariant(colour);
}

bool validColour(const QString &colour)
{
    static const QRegularExpression pattern(u"^#[0-9A-Fa-f]{6}$"_s);
    return colour.isEmpty() || pattern.match(colour).hasMatch();
}

Tag readTag(const QSqlQuery &query)
{
    Tag tag;
    tag.id = query.value(0).toLongLong();
    tag.parentId = query.value(1).toLongLong();
    tag.name = query.value(2).toString();
    tag.colour = query.value(3).toString();
    return tag;
}

constexpr auto tagColumns = u"t.id, coalesce(t.parent_id, 0), t.name, coalesce(t.colour, '')";

} // namespace

TagStore::TagStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Tag>> TagStore::tags() const
{
    using R = Result<QList<Tag>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1, (SELECT count(*) FROM claim_tag ct WHERE ct.tag_id = t.id) FROM tag t"_s.arg(
            QStringView(tagColumns)))) {
        return R::failure(tr("The tags could not be read: %1").arg(query.lastError().text()));
    }
    QHash<qint64, QList<Tag>> children;
    QSet<qint64> ids;
    QList<Tag> all;
    while (query.next()) {
        Tag tag = readTag(query);
        tag.claimCount = query.value(4).toLongLong();
        ids.insert(tag.id);
        all.append(tag);
    }
    for (const Tag &tag : std::as_const(all)) {
        // A parent that is missing (a connection without foreign keys) leaves its children at the top.
        children[ids.contains(tag.parentId) ? tag.parentId : 0].append(tag);
    }
    for (auto &siblings : children) {
        std::sort(siblings.begin(), siblings.end(), [](const Tag &a, const Tag &b) {
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.id < b.id;
        });
    }
    // Depth first, so that every tag comes right after its parent's earlier children.
    QList<Tag> ordered;
    ordered.reserve(all.size());
    QList<Tag> stack = children.value(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const Tag tag = stack.takeLast();
        ordered.append(tag);
        QList<Tag> below = children.value(tag.id);
        std::reverse(below.begin(), below.end());
        stack += below;
    }
    return ordered;
}

Result<Tag> TagStore::tag(qint64 id) const
{
    using R = Result<Tag>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1, (SELECT count(*) FROM claim_tag ct WHERE ct.tag_id = t.id) FROM tag t "
                       "WHERE t.id = :id"_s.arg(QStringView(tagColumns)))) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no tag %1 in the library.").arg(id));
    }
    Tag tag = readTag(query);
    tag.claimCount = query.value(4).toLongLong();
    return tag;
}

Status TagStore::checkName(const QString &name, qint64 parentId, qint64 exceptId) const
{
    if (name.isEmpty()) {
        return Status::failure(tr("A tag needs a name."));
    }
    if (name.contains(u'/')) {
        // "/" separates the parts of a tag's path ("Casualties/Death toll").
        return Status::failure(tr("A tag's name cannot contain “/”."));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT name FROM tag WHERE coalesce(parent_id, 0) = :parent AND name = :name COLLATE NOCASE "
                       "AND id <> :id"_s)) {
        return Status::failure(tr("The tag could not be checked: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":parent"_s, parentId);
    query.bindValue(u":name"_s, name);
    query.bindValue(u":id"_s, exceptId);
    if (!query.exec()) {
        return Status::failure(tr("The tag could not be checked: %1").arg(query.lastError().text()));
    }
    if (query.next()) {
        return Status::failure(tr("A tag named “%1” already exists here.").arg(query.value(0).toString()));
    }
    return {};
}

Result<Tag> TagStore::create(const QString &name, qint64 parentId, const QString &colour)
{
    using R = Result<Tag>;
    const QString trimmed = name.trimmed();
    if (auto checked = checkName(trimmed, parentId, 0); !checked) {
        return R::failure(checked.error());
    }
    if (!validColour(colour)) {
        return R::failure(tr("“%1” is not a colour: use #rrggbb.").arg(colour));
    }
    if (parentId != 0) {
        if (auto parent = tag(parentId); !parent) {
            return R::failure(parent.error());
        }
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO tag (parent_id, name, colour) VALUES (:parent, :name, :colour)"_s)) {
        return R::failure(tr("The tag could not be created: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":parent"_s, idOrNull(parentId));
    query.bindValue(u":name"_s, trimmed);
    query.bindValue(u":colour"_s, colourValue(colour));
    if (!query.exec()) {
        return R::failure(tr("The tag could not be created: %1").arg(query.lastError().text()));
    }
    Tag tag;
    tag.id = query.lastInsertId().toLongLong();
    tag.parentId = parentId;
    tag.name = trimmed;
    tag.colour = colour;
    return tag;
}

Result<Tag> TagStore::byPath(const QString &path, bool create)
{
    using R = Result<Tag>;
    QStringList parts;
    for (const QString &part : path.split(u'/')) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    if (parts.isEmpty()) {
        return R::failure(tr("“%1” is not a tag's path.").arg(path));
    }
    // Created parents and child together or not at all.
    std::optional<Transaction> transaction;
    if (create) {
        transaction.emplace(m_db);
        if (!transaction->status()) {
            return R::failure(transaction->status().error());
        }
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1 FROM tag t WHERE coalesce(t.parent_id, 0) = :parent AND t.name = :name COLLATE NOCASE "
                       "ORDER BY t.id LIMIT 1"_s.arg(QStringView(tagColumns)))) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    Tag current;
    for (const QString &part : std::as_const(parts)) {
        query.bindValue(u":parent"_s, current.id);
        query.bindValue(u":name"_s, part);
        if (!query.exec()) {
            return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
        }
        if (query.next()) {
            current = readTag(query);
            query.finish();
            continue;
        }
        query.finish();
        if (!create) {
            return R::failure(tr("There is no tag “%1”.").arg(path));
        }
        auto created = this->create(part, current.id);
        if (!created) {
            return created;
        }
        current = created.value();
    }
    if (transaction) {
        if (auto committed = transaction->commit(); !committed) {
            return R::failure(committed.error());
        }
    }
    auto counted = tag(current.id);
    return counted ? counted : R(current);
}

Result<QString> TagStore::path(qint64 id) const
{
    using R = Result<QString>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"WITH RECURSIVE up(id, parent_id, name, depth) AS (SELECT id, parent_id, name, 0 FROM tag "
                       "WHERE id = :id UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM tag t "
                       "JOIN up ON t.id = up.parent_id WHERE up.depth < 64) SELECT name FROM up ORDER BY depth DESC"_s)) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    if (names.isEmpty()) {
        return R::failure(tr("There is no tag %1 in the library.").arg(id));
    }
    return names.join(u'/');
}

Status TagStore::rename(qint64 id, const QString &name)
{
    auto current = tag(id);
    if (!current) {
        return Status::failure(current.error());
    }
    const QString trimmed = name.trimmed();
    if (auto checked = checkName(trimmed, current.value().parentId, id); !checked) {
        return checked;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE tag SET name = :name WHERE id = :id"_s)) {
        return Status::failure(tr("The tag could not be renamed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":name"_s, trimmed);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The tag could not be renamed: %1").arg(query.lastError().text()));
    }
    return {};
}

Status TagStore::setColour(qint64 id, const QString &colour)
{
    if (!validColour(colour)) {
        return Status::failure(tr("“%1” is not a colour: use #rrggbb.").arg(colour));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE tag SET colour = :colour WHERE id = :id"_s)) {
        return Status::failure(tr("The tag's colour could not be changed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":colour"_s, colourValue(colour));
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The tag's colour could not be changed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no tag %1 in the library.").arg(id));
    }
    return {};
}

Result<QList<qint64>> TagStore::subtree(qint64 id) const
{
    using R = Result<QList<qint64>>;
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(subtreeSql) + u"SELECT id FROM sub ORDER BY depth, id"_s)) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":root"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The tag could not be read: %1").arg(query.lastError().text()));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Status TagStore::move(qint64 id, qint64 newParentId)
{
    auto current = tag(id);
    if (!current) {
        return Status::failure(current.error());
    }
    if (newParentId != 0) {
        auto below = subtree(id);
        if (!below) {
            return Status::failure(below.error());
        }
        if (below.value().contains(newParentId)) {
            return Status::failure(tr("“%1” cannot be moved under itself or one of its own tags.")
                                       .arg(current.value().name));
        }
        if (auto parent = tag(newParentId); !parent) {
            return Status::failure(parent.error());
        }
    }
    if (auto checked = checkName(current.value().name, newParentId, id); !checked) {
        return checked;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE tag SET parent_id = :parent WHERE id = :id"_s)) {
        return Status::failure(tr("The tag could not be moved: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":parent"_s, idOrNull(newParentId));
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The tag could not be moved: %1").arg(query.lastError().text()));
    }
    return {};
}

Result<TagMerge> TagStore::merge(qint64 fromId, qint64 intoId)
{
    using R = Result<TagMerge>;
    const QString context = tr("The tags could not be merged: %1");
    if (fromId == intoId) {
        return R::failure(tr("A tag cannot be merged into itself."));
    }
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return R::failure(transaction.status().error());
    }
    auto from = tag(fromId);
    if (!from) {
        return R::failure(from.error());
    }
    auto into = tag(intoId);
    if (!into) {
        return R::failure(into.error());
    }
    auto below = subtree(fromId);
    if (!below) {
        return R::failure(below.error());
    }
    if (below.value().contains(intoId)) {
        return R::failure(tr("“%1” cannot be merged into one of its own tags.").arg(from.value().name));
    }
    TagMerge merge;
    merge.from = from.value();
    merge.from.claimCount = 0;
    merge.intoId = intoId;
    QSqlQuery query(m_db);
    const auto failed = [&] { return R::failure(context.arg(query.lastError().text())); };

    // Children of `from` join those of `into`: two of the same name would break the sibling rule.
    if (!query.prepare(u"SELECT a.name FROM tag a JOIN tag b ON b.parent_id = :into AND b.name = a.name COLLATE NOCASE "
                       "WHERE a.parent_id = :from LIMIT 1"_s)) {
        return failed();
    }
    query.bindValue(u":into"_s, intoId);
    query.bindValue(u":from"_s, fromId);
    if (!query.exec()) {
        return failed();
    }
    if (query.next()) {
        return R::failure(tr("Both tags have a tag named “%1”: merge or rename those first.")
                              .arg(query.value(0).toString()));
    }
    if (!query.prepare(u"SELECT ct.claim_id, ct.position, EXISTS (SELECT 1 FROM claim_tag o WHERE o.claim_id = ct.claim_id "
                       "AND o.tag_id = :into) FROM claim_tag ct WHERE ct.tag_id = :from ORDER BY ct.claim_id"_s)) {
        return failed();
    }
    query.bindValue(u":into"_s, intoId);
    query.bindValue(u":from"_s, fromId);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        const qint64 claimId = query.value(0).toLongLong();
        if (query.value(2).toInt() != 0) {
            merge.droppedClaimIds.append(claimId);
            merge.droppedRows.append({ claimId, fromId, query.value(1).toInt() });
        } else {
            merge.movedClaimIds.append(claimId);
        }
    }
    if (!query.prepare(u"SELECT id FROM tag WHERE parent_id = :from ORDER BY id"_s)) {
        return failed();
    }
    query.bindValue(u":from"_s, fromId);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        merge.movedChildIds.append(query.value(0).toLongLong());
    }

    const std::pair<QString, QList<std::pair<QString, QVariant>>> steps[] = {
        // The moved claims keep the place the tag had in their order.
        { u"UPDATE claim_tag SET tag_id = :into WHERE tag_id = :from AND claim_id IN (SELECT value FROM json_each(:ids))"_s,
            { { u":into"_s, intoId }, { u":from"_s, fromId }, { u":ids"_s, idArray(merge.movedClaimIds) } } },
        { u"DELETE FROM claim_tag WHERE tag_id = :from"_s, { { u":from"_s, fromId } } },
        { u"UPDATE tag SET parent_id = :into WHERE parent_id = :from"_s, { { u":into"_s, intoId }, { u":from"_s, fromId } } },
        { u"DELETE FROM tag WHERE id = :from"_s, { { u":from"_s, fromId } } },
    };
    for (const auto &[sql, values] : steps) {
        if (!query.prepare(sql)) {
            return failed();
        }
        for (const auto &[name, value] : values) {
            query.bindValue(name, value);
        }
        if (!query.exec()) {
            return failed();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    return merge;
}

Status TagStore::unmerge(const TagMerge &merge)
{
    const QString context = tr("The tags could not be split again: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return transaction.status();
    }
    QSqlQuery query(m_db);
    const auto failed = [&] { return Status::failure(context.arg(query.lastError().text())); };
    if (!query.prepare(u"INSERT INTO tag (id, parent_id, name, colour) VALUES (:id, :parent, :name, :colour)"_s)) {
        return failed();
    }
    query.bindValue(u":id"_s, merge.from.id);
    query.bindValue(u":parent"_s, idOrNull(merge.from.parentId));
    query.bindValue(u":name"_s, merge.from.name);
    query.bindValue(u":colour"_s, colourValue(merge.from.colour));
    if (!query.exec()) {
        return failed();
    }
    const std::pair<QString, QList<std::pair<QString, QVariant>>> steps[] = {
        { u"UPDATE claim_tag SET tag_id = :from WHERE tag_id = :into AND claim_id IN (SELECT value FROM json_each(:ids))"_s,
            { { u":into"_s, merge.intoId }, { u":from"_s, merge.from.id }, { u":ids"_s, idArray(merge.movedClaimIds) } } },
        { u"UPDATE tag SET parent_id = :from WHERE id IN (SELECT value FROM json_each(:ids))"_s,
            { { u":from"_s, merge.from.id }, { u":ids"_s, idArray(merge.movedChildIds) } } },
    };
    for (const auto &[sql, values] : steps) {
        if (!query.prepare(sql)) {
            return failed();
        }
        for (const auto &[name, value] : values) {
            query.bindValue(name, value);
        }
        if (!query.exec()) {
            return failed();
        }
    }
    // The claims that had both get `from` back at its old place (or last, for a merge value
    // made without places).
    QHash<qint64, int> positionOf;
    for (const ClaimTagRow &row : merge.droppedRows) {
        positionOf.insert(row.claimId, row.position);
    }
    if (!query.prepare(u"INSERT OR IGNORE INTO claim_tag (claim_id, tag_id, position) VALUES (:claim, :tag, "
                       "coalesce(:position, (SELECT coalesce(max(position), -1) + 1 FROM claim_tag WHERE claim_id = :claim2)))"_s)) {
        return failed();
    }
    for (const qint64 claimId : merge.droppedClaimIds) {
        const auto position = positionOf.constFind(claimId);
        query.bindValue(u":claim"_s, claimId);
        query.bindValue(u":tag"_s, merge.from.id);
        query.bindValue(u":position"_s, position != positionOf.cend() ? QVariant(position.value()) : QVariant());
        query.bindValue(u":claim2"_s, claimId);
        if (!query.exec()) {
            return failed();
        }
    }
    return transaction.commit();
}

Result<TagRemoval> TagStore::remove(qint64 id)
{
    using R = Result<TagRemoval>;
    const QString context = tr("The tag could not be deleted: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return R::failure(transaction.status().error());
    }
    if (auto exists = tag(id); !exists) {
        return R::failure(exists.error());
    }
    TagRemoval removal;
    QSqlQuery query(m_db);
    const auto failed = [&] { return R::failure(context.arg(query.lastError().text())); };
    if (!query.prepare(QString::fromUtf16(subtreeSql) + u"SELECT %1 FROM sub JOIN tag t ON t.id = sub.id "
                                                         "ORDER BY sub.depth, t.id"_s.arg(QStringView(tagColumns)))) {
        return failed();
    }
    query.bindValue(u":root"_s, id);
    if (!query.exec()) {
        return failed();
    }
    QList<qint64> ids;
    while (query.next()) {
        removal.tags.append(readTag(query));
        ids.append(removal.tags.constLast().id);
    }
    if (!query.prepare(u"SELECT claim_id, tag_id, position FROM claim_tag WHERE tag_id IN (SELECT value FROM "
                       "json_each(:ids)) ORDER BY tag_id, claim_id"_s)) {
        return failed();
    }
    query.bindValue(u":ids"_s, idArray(ids));
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        removal.claimTags.append(
            { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt() });
    }
    // Children first, and claim_tag by hand: nothing is left behind on a connection without
    // foreign keys either.
    if (!query.prepare(u"DELETE FROM claim_tag WHERE tag_id IN (SELECT value FROM json_each(:ids))"_s)) {
        return failed();
    }
    query.bindValue(u":ids"_s, idArray(ids));
    if (!query.exec()) {
        return failed();
    }
    if (!query.prepare(u"DELETE FROM tag WHERE id = :id"_s)) {
        return failed();
    }
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        query.bindValue(u":id"_s, *it);
        if (!query.exec()) {
            return failed();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    return removal;
}

Status TagStore::restore(const TagRemoval &removal)
{
    const QString context = tr("The tag could not be put back: %1");
    Transaction transaction(m_db);
    if (!transaction.status()) {
        return transaction.status();
    }
    QSqlQuery query(m_db);
    const auto failed = [&] { return Status::failure(context.arg(query.lastError().text())); };
    if (!query.prepare(u"INSERT INTO tag (id, parent_id, name, colour) VALUES (:id, :parent, :name, :colour)"_s)) {
        return failed();
    }
    for (const Tag &tag : removal.tags) {
        query.bindValue(u":id"_s, tag.id);
        query.bindValue(u":parent"_s, idOrNull(tag.parentId));
        query.bindValue(u":name"_s, tag.name);
        query.bindValue(u":colour"_s, colourValue(tag.colour));
        if (!query.exec()) {
            return failed();
        }
    }
    // A claim deleted since then stays deleted.
    if (!query.prepare(u"INSERT OR IGNORE INTO claim_tag (claim_id, tag_id, position) SELECT :claim, :tag, :position "
                       "WHERE EXISTS (SELECT 1 FROM claim WHERE id = :claim2)"_s)) {
        return failed();
    }
    for (const ClaimTagRow &row : removal.claimTags) {
        query.bindValue(u":claim"_s, row.claimId);
        query.bindValue(u":tag"_s, row.tagId);
        query.bindValue(u":position"_s, row.position);
        query.bindValue(u":claim2"_s, row.claimId);
        if (!query.exec()) {
            return failed();
        }
    }
    return transaction.commit();
}

Result<qsizetype> TagStore::claimCountWithDescendants(qint64 id) const
{
    using R = Result<qsizetype>;
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(subtreeSql) +
            u"SELECT count(DISTINCT claim_id) FROM claim_tag WHERE tag_id IN (SELECT id FROM sub)"_s)) {
        return R::failure(tr("The tag's claims could not be counted: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":root"_s, id);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("The tag's claims could not be counted: %1").arg(query.lastError().text()));
    }
    return R(query.value(0).toLongLong());
}

} // namespace Dateline
