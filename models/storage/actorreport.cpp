// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorreport.h"

#include "actorstore.h"
#include "annotationrows_p.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

qsizetype capitals(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isUpper(); });
}

} // namespace

ActorReport::ActorReport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<QuoteInArticle>> ActorReport::quotesByActor(
    qint64 actorId, const QuoteCursor &after, int limit, QuoteCursor *next) const
{
    using R = Result<QList<QuoteInArticle>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&query] {
        return R::failure(tr("The actor's quotations could not be read: %1").arg(query.lastError().text()));
    };
    // Keyset over (date, id), newest first: a page costs the same anywhere in the list.
    const QString sql = u"SELECT %1, art.title, coalesce(art.outlet_id, 0), coalesce(o.name, ''), "
                        "coalesce(art.published, '') AS day FROM quote q JOIN article art ON art.id = q.article_id "
                        "LEFT JOIN outlet o ON o.id = art.outlet_id LEFT JOIN actor s ON s.id = q.speaker_actor_id "
                        "WHERE q.speaker_actor_id = :actor AND q.state <> 'rejected' %2 "
                        "ORDER BY day DESC, q.id DESC LIMIT :limit"_s.arg(AnnotationRows::quoteColumns(),
                            after.atStart ? QString() : u"AND (coalesce(art.published, ''), q.id) < (:day, :id)"_s);
    if (!query.prepare(sql)) {
        return failed();
    }
    query.bindValue(u":actor"_s, actorId);
    if (!after.atStart) {
        query.bindValue(u":day"_s, after.published);
        query.bindValue(u":id"_s, after.id);
    }
    query.bindValue(u":limit"_s, std::max(1, limit));
    if (!query.exec()) {
        return failed();
    }
    QList<QuoteInArticle> rows;
    const int first = AnnotationRows::QuoteColumnCount + ActorStore::ActorColumnCount;
    QuoteCursor cursor = after;
    while (query.next()) {
        QuoteInArticle row;
        row.quote = AnnotationRows::readQuote(query);
        row.articleTitle = query.value(first).toString();
        row.outletId = query.value(first + 1).toLongLong();
        row.outlet = query.value(first + 2).toString();
        cursor.published = query.value(first + 3).toString();
        row.published = QDate::fromString(cursor.published, Qt::ISODate);
        cursor.id = row.quote.id;
        cursor.atStart = false;
        rows.append(row);
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    if (!query.prepare(u"SELECT %1 FROM quote_relay r JOIN actor a ON a.id = r.actor_id WHERE r.quote_id = :id "
                       "ORDER BY r.position"_s.arg(ActorStore::actorColumns(u"a"_s)))) {
        return failed();
    }
    for (QuoteInArticle &row : rows) {
        query.bindValue(u":id"_s, row.quote.id);
        if (!query.exec()) {
            return failed();
        }
        while (query.next()) {
            row.quote.via.append(ActorStore::readActor(query, 0));
        }
    }
    if (next != nullptr) {
        *next = cursor;
    }
    return rows;
}

Result<QList<OutletName>> ActorReport::namesByOutlet(qint64 actorId) const
{
    using R = Result<QList<OutletName>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A capital standing for its government ("Moskow" for Russia) is one of the state's names.
    if (!query.prepare(u"SELECT coalesce(art.outlet_id, 0), coalesce(o.name, ''), m.exact, count(*) FROM mention m "
                       "JOIN article art ON art.id = m.article_id LEFT JOIN outlet o ON o.id = art.outlet_id "
                       "WHERE (m.actor_id = :actor1 OR m.also_actor_id = :actor2) AND m.state <> 'rejected' "
                       "AND m.exact <> '' GROUP BY 1, 3"_s)) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":actor1"_s, actorId);
    query.bindValue(u":actor2"_s, actorId);
    if (!query.exec()) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    // "Taliban" and "TALIBAN" are one name; it is shown as its most frequent spelling.
    struct Folded {
        OutletName total;
        int bestCount = 0;
    };
    QHash<std::pair<qint64, QString>, Folded> folded;
    QList<std::pair<qint64, QString>> order;
    while (query.next()) {
        const qint64 outletId = query.value(0).toLongLong();
        const QString text = query.value(2).toString().simplified();
        const int count = query.value(3).toInt();
        const std::pair<qint64, QString> key { outletId, text.toCaseFolded() };
        auto it = folded.find(key);
        if (it == folded.end()) {
            it = folded.insert(key, {});
            it->total.outletId = outletId;
            it->total.outlet = query.value(1).toString();
            order.append(key);
        }
        it->total.count += count;
        // On a tie, the spelling with fewer capitals: "Taliban" over a headline's "TALIBAN".
        if (count > it->bestCount || (count == it->bestCount && capitals(text) < capitals(it->total.text))) {
            it->bestCount = count;
            it->total.text = text;
        }
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    QList<OutletName> names;
    names.reserve(order.size());
    for (const auto &key : std::as_const(order)) {
        names.append(folded.value(key).total);
    }
    std::sort(names.begin(), names.end(), [](const OutletName &a, const OutletName &b) {
        // Stories without an outlet last.
        if ((a.outletId == 0) != (b.outletId == 0)) {
            return b.outletId == 0;
        }
        if (const int byOutlet = a.outlet.compare(b.outlet, Qt::CaseInsensitive); byOutlet != 0) {
            return byOutlet < 0;
        }
        if (a.outletId != b.outletId) {
            return a.outletId < b.outletId;
        }
        if (a.count != b.count) {
            return a.count > b.count;
        }
        return a.text < b.text;
    });
    return names;
}

} // namespace Dateline
