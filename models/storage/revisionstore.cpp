// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionstore.h"

#include "analysis/textanchoring.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The tables whose rows are anchored in a story's text, in the order of OrphanedAnnotation::Kind.
constexpr std::array<QStringView, 3> AnchoredTables = { u"claim", u"quote", u"mention" };

QString tableOf(OrphanedAnnotation::Kind kind)
{
    return AnchoredTables.at(size_t(kind)).toString();
}

/// A stored date or NULL.
QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Never NULL for the NOT NULL selector columns.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QDateTime timestamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid()) {
        time.setTimeZone(QTimeZone::UTC);
    }
    return time;
}

/// One anchored row of the story being revised.
struct AnchoredRow {
    OrphanedAnnotation::Kind kind = OrphanedAnnotation::Kind::Claim;
    qint64 id = 0;
    TextAnchor anchor;
    // A quotation's cue ("kata Kabulov"), moved with it.
    bool hasCue = false;
    qsizetype cueStart = 0;
    qsizetype cueEnd = 0;
};

/// How far from a re-anchored quotation its cue is looked for when it did not move with it.
constexpr qsizetype CueReach = 400;

} // namespace

RevisionStore::RevisionStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status RevisionStore::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return Status::failure(query.lastError().text());
    }
    return {};
}

Result<std::optional<qint64>> RevisionStore::previousVersion(const Article &article) const
{
    QSqlQuery query(m_db);
    const auto failed = [&query] {
        return Result<std::optional<qint64>>::failure(
            tr("The library could not be searched for an earlier version of the story: %1")
                .arg(query.lastError().text()));
    };
    if (!article.url.isEmpty()) {
        // The conditions of the partial index article_by_url, so that SQLite uses it.
        query.prepare(u"SELECT id FROM article WHERE url = :url AND url IS NOT NULL AND url <> '' "
                      "ORDER BY id DESC LIMIT 1"_s);
        query.bindValue(u":url"_s, article.url);
        if (!query.exec()) {
            return failed();
        }
        if (query.next()) {
            return std::optional<qint64>(query.value(0).toLongLong());
        }
    }
    if (article.place.isEmpty() || article.title.isEmpty()) {
        return std::optional<qint64>();
    }
    query.prepare(u"SELECT id FROM article WHERE place = :place AND title = :title COLLATE NOCASE "
                  "AND place IS NOT NULL AND place <> '' ORDER BY id DESC LIMIT 1"_s);
    query.bindValue(u":place"_s, article.place);
    query.bindValue(u":title"_s, article.title);
    if (!query.exec()) {
        return failed();
    }
    if (query.next()) {
        return std::optional<qint64>(query.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

Result<bool> RevisionStore::hadText(qint64 articleId, const QByteArray &contentHash) const
{
    QSqlQuery query(m_db);
    // Through revision_by_article: a story has few revisions.
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM revision WHERE article_id = :article AND old_content_hash = :hash)"_s);
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":hash"_s, contentHash);
    if (!query.exec() || !query.next()) {
        return Result<bool>::failure(
            tr("The revisions of the story could not be read: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt() == 1;
}

Result<ReanchorReport> RevisionStore::replaceText(qint64 articleId, const Article &revised)
{
    if (revised.text.isEmpty()) {
        return Result<ReanchorReport>::failure(tr("A story cannot be given an empty text."));
    }
    // A savepoint: inside the importer's batch it nests, on its own it is a transaction.
    if (Status begun = exec(u"SAVEPOINT revision"_s); !begun) {
        return Result<ReanchorReport>::failure(tr("The story could not be revised: %1").arg(begun.error()));
    }
    const auto fail = [this](const QString &why) {
        static_cast<void>(exec(u"ROLLBACK TO revision"_s)); // the message below is what matters
        static_cast<void>(exec(u"RELEASE revision"_s));
        return Result<ReanchorReport>::failure(tr("The story could not be revised: %1").arg(why));
    };

    QSqlQuery query(m_db);
    query.prepare(u"SELECT text, title, content_hash, place, published FROM article WHERE id = :id"_s);
    query.bindValue(u":id"_s, articleId);
    if (!query.exec()) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("story %1 is not in the library").arg(articleId));
    }
    const QString oldText = query.value(0).toString();
    const QVariant oldTitle = query.value(1);
    const QVariant oldHash = query.value(2);
    const QVariant oldPlace = query.value(3);
    const QVariant oldPublished = query.value(4);
    query.finish();

    ReanchorReport report;
    query.prepare(u"INSERT INTO revision (article_id, old_text, old_title, old_content_hash, replaced_at, old_place, "
                  "old_published) VALUES (:article, :text, :title, :hash, :replaced, :place, :published)"_s);
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":text"_s, oldText);
    query.bindValue(u":title"_s, oldTitle);
    query.bindValue(u":hash"_s, oldHash);
    query.bindValue(u":replaced"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.bindValue(u":place"_s, oldPlace);
    query.bindValue(u":published"_s, oldPublished);
    if (!query.exec()) {
        return fail(query.lastError().text());
    }
    report.revisionId = query.lastInsertId().toLongLong();

    // What the new import does not know (no date found, no language) stays as it was.
    query.prepare(u"UPDATE article SET text = :text, title = :title, content_hash = :hash, place = :place, "
                  "published = coalesce(:published, published), "
                  "language = CASE WHEN :language1 <> '' THEN :language2 ELSE language END, "
                  "source_path = coalesce(:source, source_path), fetched = coalesce(:fetched, fetched), "
                  "url = CASE WHEN coalesce(url, '') = '' THEN :url ELSE url END, html = :html WHERE id = :id"_s);
    query.bindValue(u":text"_s, revised.text);
    query.bindValue(u":title"_s, nonNull(revised.title));
    query.bindValue(u":hash"_s, revised.contentHash.isEmpty() ? QVariant() : QVariant(revised.contentHash));
    query.bindValue(u":place"_s, textOrNull(revised.place));
    query.bindValue(u":published"_s, dateValue(revised.published));
    query.bindValue(u":language1"_s, nonNull(revised.language));
    query.bindValue(u":language2"_s, nonNull(revised.language));
    query.bindValue(u":source"_s, textOrNull(revised.sourcePath));
    query.bindValue(u":fetched"_s,
        revised.fetched.isValid() ? QVariant(revised.fetched.toUTC().toString(Qt::ISODate)) : QVariant());
    query.bindValue(u":url"_s, textOrNull(revised.url));
    query.bindValue(u":html"_s, textOrNull(revised.html));
    query.bindValue(u":id"_s, articleId);
    if (!query.exec()) {
        return fail(query.lastError().text());
    }

    // Every anchored row of the story, orphans of earlier revisions included: a passage that
    // comes back finds its annotations again.
    QList<AnchoredRow> rows;
    for (const auto kind :
        { OrphanedAnnotation::Kind::Claim, OrphanedAnnotation::Kind::Quotation, OrphanedAnnotation::Kind::Mention }) {
        const bool isQuote = kind == OrphanedAnnotation::Kind::Quotation;
        query.prepare(u"SELECT id, start_offset, end_offset, exact, prefix, suffix%1 FROM %2 WHERE article_id = :article"_s
                          .arg(isQuote ? u", cue_start, cue_end"_s : QString(), tableOf(kind)));
        query.bindValue(u":article"_s, articleId);
        if (!query.exec()) {
            return fail(query.lastError().text());
        }
        while (query.next()) {
            AnchoredRow row;
            row.kind = kind;
            row.id = query.value(0).toLongLong();
            row.anchor = { query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toString() };
            if (isQuote && !query.value(6).isNull()) {
                row.hasCue = true;
                row.cueStart = query.value(6).toLongLong();
                row.cueEnd = query.value(7).toLongLong();
            }
            rows.append(row);
        }
        query.finish();
    }
    QList<TextAnchor> anchors;
    anchors.reserve(rows.size());
    for (const AnchoredRow &row : std::as_const(rows)) {
        anchors.append(row.anchor);
    }
    const QList<AnchorMatch> matches = TextAnchoring(revised.text).locateAll(anchors);

    // Two statements per table, prepared once for all of the story's rows.
    std::array<QSqlQuery, 3> moved { QSqlQuery(m_db), QSqlQuery(m_db), QSqlQuery(m_db) };
    std::array<QSqlQuery, 3> orphaned { QSqlQuery(m_db), QSqlQuery(m_db), QSqlQuery(m_db) };
    for (size_t t = 0; t < AnchoredTables.size(); ++t) {
        const QString table = AnchoredTables.at(t).toString();
        const bool isQuote = t == size_t(OrphanedAnnotation::Kind::Quotation);
        if (!moved.at(t).prepare(u"UPDATE %1 SET start_offset = :start, end_offset = :end, exact = :exact, "
                                 "prefix = :prefix, suffix = :suffix, anchored = 1%2 WHERE id = :id"_s
                                     .arg(table, isQuote ? u", cue_start = :cueStart, cue_end = :cueEnd"_s : QString()))) {
            return fail(moved.at(t).lastError().text());
        }
        // An orphan keeps its selector; its span shrinks to nothing at the end of the new text.
        if (!orphaned.at(t).prepare(u"UPDATE %1 SET start_offset = :start, end_offset = :end, anchored = 0%2 WHERE id = :id"_s
                                        .arg(table, isQuote ? u", cue_start = NULL, cue_end = NULL"_s : QString()))) {
            return fail(orphaned.at(t).lastError().text());
        }
    }
    const QStringView newText(revised.text);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AnchoredRow &row = rows.at(i);
        const AnchorMatch &match = matches.at(i);
        const auto t = size_t(row.kind);
        QSqlQuery &update = match.found() ? moved[t] : orphaned[t];
        if (!match.found()) {
            // At the very end of the text an empty span touches nothing, so an orphaned decision
            // keeps no new suggestion off its old place (AnnotationStore::replaceSuggestions).
            update.bindValue(u":start"_s, newText.size());
            update.bindValue(u":end"_s, newText.size());
            ++report.orphaned;
        } else {
            const TextAnchor &anchor = match.anchor;
            update.bindValue(u":start"_s, anchor.start);
            update.bindValue(u":end"_s, anchor.end);
            update.bindValue(u":exact"_s, nonNull(anchor.exact));
            update.bindValue(u":prefix"_s, nonNull(anchor.prefix));
            update.bindValue(u":suffix"_s, nonNull(anchor.suffix));
            if (row.kind == OrphanedAnnotation::Kind::Quotation) {
                QVariant cueStart;
                QVariant cueEnd;
                if (row.hasCue && row.cueEnd <= oldText.size() && row.cueStart <= row.cueEnd) {
                    // The cue moves with its quotation; where the words around it changed, it is
                    // looked for near the quotation, and dropped when it is gone.
                    const QStringView cue = QStringView(oldText).sliced(row.cueStart, row.cueEnd - row.cueStart);
                    const qsizetype shifted = row.cueStart + (anchor.start - row.anchor.start);
                    qsizetype found = -1;
                    if (shifted >= 0 && shifted + cue.size() <= newText.size() &&
                        newText.sliced(shifted, cue.size()) == cue) {
                        found = shifted;
                    } else if (!cue.isEmpty()) {
                        const qsizetype from = std::max<qsizetype>(0, anchor.start - CueReach);
                        const qsizetype to = std::min<qsizetype>(newText.size(), anchor.end + CueReach);
                        const qsizetype at = newText.sliced(from, to - from).indexOf(cue);
                        found = at >= 0 ? from + at : -1;
                    }
                    if (found >= 0) {
                        cueStart = found;
                        cueEnd = found + cue.size();
                    }
                }
                update.bindValue(u":cueStart"_s, cueStart);
                update.bindValue(u":cueEnd"_s, cueEnd);
            }
            ++(match.kind == AnchorMatch::Kind::Exact ? report.exact : report.fuzzy);
        }
        update.bindValue(u":id"_s, row.id);
        if (!update.exec()) {
            return fail(update.lastError().text());
        }
    }

    if (Status released = exec(u"RELEASE revision"_s); !released) {
        return fail(released.error());
    }
    return report;
}

Result<QList<Revision>> RevisionStore::revisions(qint64 articleId) const
{
    QSqlQuery query(m_db);
    const auto failed = [&query] {
        return Result<QList<Revision>>::failure(
            tr("The revisions of the story could not be read: %1").arg(query.lastError().text()));
    };
    query.prepare(u"SELECT id, old_title, old_place, old_published, replaced_at FROM revision "
                  "WHERE article_id = :article ORDER BY replaced_at, id"_s);
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    QList<Revision> revisions;
    while (query.next()) {
        Revision revision;
        revision.id = query.value(0).toLongLong();
        revision.articleId = articleId;
        revision.number = int(revisions.size()) + 1;
        revision.title = query.value(1).toString();
        revision.place = query.value(2).toString();
        revision.published = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        revision.replacedAt = timestamp(query.value(4));
        revisions.append(revision);
    }
    query.finish();
    query.prepare(u"SELECT title, place, published FROM article WHERE id = :id"_s);
    query.bindValue(u":id"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    if (!query.next()) {
        return Result<QList<Revision>>::failure(tr("Story %1 is not in the library.").arg(articleId));
    }
    Revision current;
    current.articleId = articleId;
    current.number = int(revisions.size()) + 1;
    current.current = true;
    current.title = query.value(0).toString();
    current.place = query.value(1).toString();
    current.published = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    revisions.append(current);
    return revisions;
}

Result<QString> RevisionStore::revisionText(qint64 articleId, qint64 revisionId) const
{
    QSqlQuery query(m_db);
    if (revisionId == 0) {
        query.prepare(u"SELECT text FROM article WHERE id = :article"_s);
    } else {
        query.prepare(u"SELECT old_text FROM revision WHERE id = :revision AND article_id = :article"_s);
        query.bindValue(u":revision"_s, revisionId);
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return Result<QString>::failure(tr("The revision could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return Result<QString>::failure(tr("The story has no such revision."));
    }
    return query.value(0).toString();
}

Result<QList<OrphanedAnnotation>> RevisionStore::orphans() const
{
    // Each part names its table's partial index condition (anchored = 0). A rejected mention or
    // quotation is not listed: it is a verdict of the reader's, kept to keep the analysis off that
    // text, not an annotation to place again.
    static const QString part = u"SELECT %1 AS kind, x.id AS id, x.article_id, a.title, x.exact, x.prefix, x.suffix, "
                                "x.start_offset, x.end_offset, coalesce(who.name, ''), "
                                "(SELECT max(r.replaced_at) FROM revision r WHERE r.article_id = x.article_id) AS revised "
                                "FROM %2 x JOIN article a ON a.id = x.article_id "
                                "LEFT JOIN actor who ON who.id = x.%3 WHERE x.anchored = 0 %4"_s;
    const QString sql = part.arg(u"0"_s, u"claim"_s, u"claimant_actor_id"_s, QString()) + u" UNION ALL "_s +
        part.arg(u"1"_s, u"quote"_s, u"speaker_actor_id"_s, u"AND x.state <> 'rejected'"_s) + u" UNION ALL "_s +
        part.arg(u"2"_s, u"mention"_s, u"actor_id"_s, u"AND x.state <> 'rejected'"_s) +
        u" ORDER BY revised DESC, kind, id DESC"_s;
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return Result<QList<OrphanedAnnotation>>::failure(
            tr("The orphaned annotations could not be read: %1").arg(query.lastError().text()));
    }
    QList<OrphanedAnnotation> orphans;
    while (query.next()) {
        OrphanedAnnotation orphan;
        orphan.kind = OrphanedAnnotation::Kind(query.value(0).toInt());
        orphan.id = query.value(1).toLongLong();
        orphan.articleId = query.value(2).toLongLong();
        orphan.articleTitle = query.value(3).toString();
        orphan.anchor = { query.value(7).toLongLong(), query.value(8).toLongLong(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toString() };
        orphan.actorName = query.value(9).toString();
        orphan.revisedAt = timestamp(query.value(10));
        orphans.append(orphan);
    }
    return orphans;
}

Result<AnnotationSnapshot> RevisionStore::removeAnnotation(OrphanedAnnotation::Kind kind, qint64 id)
{
    AnnotationSnapshot snapshot;
    snapshot.kind = kind;
    snapshot.id = id;
    // The annotation's own row first, then what hangs on it (and goes with it by cascade).
    QList<std::pair<QString, QString>> parts = { { tableOf(kind), u"id = :id"_s } };
    if (kind == OrphanedAnnotation::Kind::Claim) {
        parts.append({ u"claim_tag"_s, u"claim_id = :id"_s });
        parts.append({ u"claim_link"_s, u"from_claim_id = :id OR to_claim_id = :id2"_s });
    } else if (kind == OrphanedAnnotation::Kind::Quotation) {
        parts.append({ u"quote_relay"_s, u"quote_id = :id"_s });
    }
    QSqlQuery query(m_db);
    const auto failed = [&query] {
        return Result<AnnotationSnapshot>::failure(
            tr("The annotation could not be deleted: %1").arg(query.lastError().text()));
    };
    for (const auto &[table, where] : std::as_const(parts)) {
        query.prepare(u"SELECT * FROM %1 WHERE %2"_s.arg(table, where));
        query.bindValue(u":id"_s, id);
        if (where.contains(u":id2")) {
            query.bindValue(u":id2"_s, id);
        }
        if (!query.exec()) {
            return failed();
        }
        AnnotationSnapshot::Rows rows;
        rows.table = table;
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c) {
            rows.columns.append(record.fieldName(c));
        }
        while (query.next()) {
            QVariantList values;
            for (int c = 0; c < record.count(); ++c) {
                values.append(query.value(c));
            }
            rows.values.append(values);
        }
        query.finish();
        if (table == tableOf(kind) && rows.values.isEmpty()) {
            return Result<AnnotationSnapshot>::failure(tr("The annotation is no longer in the library."));
        }
        snapshot.rows.append(rows);
    }
    if (Status begun = exec(u"SAVEPOINT remove_annotation"_s); !begun) {
        return Result<AnnotationSnapshot>::failure(tr("The annotation could not be deleted: %1").arg(begun.error()));
    }
    // Said for every table, so that a connection without foreign keys leaves nothing behind either.
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        query.prepare(u"DELETE FROM %1 WHERE %2"_s.arg(it->first, it->second));
        query.bindValue(u":id"_s, id);
        if (it->second.contains(u":id2")) {
            query.bindValue(u":id2"_s, id);
        }
        if (!query.exec()) {
            const QString why = query.lastError().text();
            static_cast<void>(exec(u"ROLLBACK TO remove_annotation"_s));
            static_cast<void>(exec(u"RELEASE remove_annotation"_s));
            return Result<AnnotationSnapshot>::failure(tr("The annotation could not be deleted: %1").arg(why));
        }
    }
    if (Status released = exec(u"RELEASE remove_annotation"_s); !released) {
        return Result<AnnotationSnapshot>::failure(tr("The annotation could not be deleted: %1").arg(released.error()));
    }
    return snapshot;
}

Status RevisionStore::restoreAnnotation(const AnnotationSnapshot &snapshot)
{
    if (Status begun = exec(u"SAVEPOINT restore_annotation"_s); !begun) {
        return Status::failure(tr("The annotation could not be put back: %1").arg(begun.error()));
    }
    QSqlQuery query(m_db);
    QString error;
    for (const AnnotationSnapshot::Rows &rows : snapshot.rows) {
        if (rows.values.isEmpty()) {
            continue;
        }
        // Table and column names come from the schema (the snapshot's SELECT *), never from a person.
        QStringList quoted;
        QStringList placeholders;
        for (const QString &column : rows.columns) {
            quoted.append(u'"' + column + u'"');
            placeholders.append(u"?"_s);
        }
        if (!query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                rows.table, quoted.join(u", "_s), placeholders.join(u", "_s)))) {
            error = query.lastError().text();
            break;
        }
        for (const QVariantList &values : rows.values) {
            for (qsizetype c = 0; c < values.size(); ++c) {
                query.bindValue(int(c), values.at(c));
            }
            if (!query.exec()) {
                error = query.lastError().text();
                break;
            }
        }
        if (!error.isEmpty()) {
            break;
        }
    }
    if (!error.isEmpty()) {
        static_cast<void>(exec(u"ROLLBACK TO restore_annotation"_s));
        static_cast<void>(exec(u"RELEASE restore_annotation"_s));
        return Status::failure(tr("The annotation could not be put back: %1").arg(error));
    }
    if (Status released = exec(u"RELEASE restore_annotation"_s); !released) {
        return Status::failure(tr("The annotation could not be put back: %1").arg(released.error()));
    }
    return {};
}

} // namespace Dateline
