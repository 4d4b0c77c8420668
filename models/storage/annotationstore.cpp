// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "actorstore.h"
#include "annotationrows_p.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

constexpr std::array<std::pair<Mention::Match, const char16_t *>, 7> matchNames { {
    { Mention::Match::Exact, u"exact" },
    { Mention::Match::Folded, u"folded" },
    { Mention::Match::Transliterated, u"transliterated" },
    { Mention::Match::Fuzzy, u"fuzzy" },
    { Mention::Match::Acronym, u"acronym" },
    { Mention::Match::Surname, u"surname" },
    { Mention::Match::Title, u"title" },
} };

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

bool overlapsAny(const QList<Span> &spans, qsizetype start, qsizetype end)
{
    return std::any_of(spans.cbegin(), spans.cend(), [&](const Span &span) {
        // An empty span overlaps what it stands in or touches at its start.
        return start < std::max(span.end, span.start + 1) && span.start < std::max(end, start + 1);
    });
}

/// Qt binds a null QString as NULL: the selector columns are NOT NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

bool hasActor(const Actor &actor)
{
    return actor.id != 0 || !actor.key.isEmpty() || !actor.name.trimmed().isEmpty();
}

QVariant actorValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QString mentionSql(const QString &where)
{
    return u"SELECT m.id, m.article_id, m.start_offset, m.end_offset, m.exact, m.match_kind, m.origin, m.state, %1, %2 "
           "FROM mention m JOIN actor a ON a.id = m.actor_id LEFT JOIN actor b ON b.id = m.also_actor_id "
           "WHERE %3 ORDER BY m.start_offset, m.id"_s.arg(
               ActorStore::actorColumns(u"a"_s), ActorStore::actorColumns(u"b"_s), where);
}

Mention readMention(const QSqlQuery &query)
{
    Mention mention;
    mention.id = query.value(0).toLongLong();
    mention.articleId = query.value(1).toLongLong();
    mention.start = query.value(2).toLongLong();
    mention.end = query.value(3).toLongLong();
    mention.text = query.value(4).toString();
    mention.match = AnnotationStore::matchFromName(query.value(5).toString());
    mention.origin = AnnotationRows::originFromName(query.value(6).toString());
    mention.state = AnnotationStore::stateFromName(query.value(7).toString());
    mention.actor = ActorStore::readActor(query, 8);
    mention.alsoActor = ActorStore::readActor(query, 8 + ActorStore::ActorColumnCount);
    return mention;
}

} // namespace

AnnotationStore::AnnotationStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_prepared(std::make_shared<QHash<QString, std::shared_ptr<QSqlQuery>>>())
    , m_ready(std::make_shared<QSet<QString>>())
{
}

QString AnnotationStore::selectorPrefix(const QString &text, qsizetype start)
{
    const qsizetype end = std::clamp<qsizetype>(start, 0, text.size());
    qsizetype from = std::max<qsizetype>(0, end - SelectorContext);
    // Never half a surrogate pair.
    if (from > 0 && from < end && text.at(from).isLowSurrogate()) {
        ++from;
    }
    return text.mid(from, end - from);
}

QString AnnotationStore::selectorSuffix(const QString &text, qsizetype end)
{
    const qsizetype from = std::clamp<qsizetype>(end, 0, text.size());
    qsizetype to = std::min<qsizetype>(text.size(), from + SelectorContext);
    if (to > from && to < text.size() && text.at(to - 1).isHighSurrogate()) {
        --to;
    }
    return text.mid(from, to - from);
}

QString AnnotationStore::stateName(AnnotationState state)
{
    switch (state) {
    case AnnotationState::Suggested:
        return u"suggested"_s;
    case AnnotationState::Confirmed:
        return u"confirmed"_s;
    case AnnotationState::Rejected:
        return u"rejected"_s;
    }
    return u"suggested"_s;
}

AnnotationState AnnotationStore::stateFromName(const QString &name)
{
    if (name == u"confirmed") {
        return AnnotationState::Confirmed;
    }
    if (name == u"rejected") {
        return AnnotationState::Rejected;
    }
    return AnnotationState::Suggested;
}

QString AnnotationStore::originName(AnnotationOrigin origin)
{
    switch (origin) {
    case AnnotationOrigin::Rule:
        return u"rule"_s;
    case AnnotationOrigin::Gazetteer:
        return u"gazetteer"_s;
    case AnnotationOrigin::User:
        return u"user"_s;
    }
    return u"gazetteer"_s;
}

QString AnnotationStore::matchName(Mention::Match match)
{
    for (const auto &[m, name] : matchNames) {
        if (m == match) {
            return QString::fromUtf16(name);
        }
    }
    return u"exact"_s;
}

Mention::Match AnnotationStore::matchFromName(const QString &name)
{
    for (const auto &[m, matchName] : matchNames) {
        if (name == QStringView(matchName)) {
            return m;
        }
    }
    return Mention::Match::Exact;
}

Quote::Type AnnotationStore::quoteTypeFromName(const QString &name)
{
    if (name == u"partial") {
        return Quote::Type::Partial;
    }
    if (name == u"indirect") {
        return Quote::Type::Indirect;
    }
    return Quote::Type::Direct;
}

bool AnnotationStore::prepare(QSqlQuery *&query, const QString &sql)
{
    auto it = m_prepared->find(sql);
    if (it == m_prepared->end()) {
        it = m_prepared->insert(sql, std::make_shared<QSqlQuery>(m_db));
        it.value()->setForwardOnly(true);
    }
    query = it.value().get();
    if (m_ready->contains(sql)) {
        return true;
    }
    if (!query->prepare(sql)) {
        return false;
    }
    m_ready->insert(sql);
    return true;
}

Status AnnotationStore::replaceSuggestions(qint64 articleId, const QString &text, const QList<Mention> &mentions,
    const QList<Quote> &quotes, ActorStore &actors)
{
    // Prepared once per connection: preparing the quotation insert compiles its full-text trigger,
    // which would cost as much as the insert, and the importer calls this for every story.
    QSqlQuery *query = nullptr;
    const auto failed = [&query] {
        return Status::failure(tr("The story's annotations could not be stored: %1").arg(query->lastError().text()));
    };

    // What the reader decided stays, and keeps new suggestions off its place.
    QList<Span> decidedMentions;
    QList<Span> decidedQuotes;
    const std::pair<QString, QList<Span> *> decided[] = {
        { u"SELECT start_offset, end_offset FROM mention WHERE article_id = :article "
          "AND (state <> 'suggested' OR origin = 'user')"_s,
            &decidedMentions },
        { u"SELECT start_offset, end_offset FROM quote WHERE article_id = :article "
          "AND (state <> 'suggested' OR origin = 'user')"_s,
            &decidedQuotes },
    };
    for (const auto &[sql, spans] : decided) {
        if (!prepare(query, sql)) {
            return failed();
        }
        query->bindValue(u":article"_s, articleId);
        if (!query->exec()) {
            return failed();
        }
        while (query->next()) {
            spans->append({ query->value(0).toLongLong(), query->value(1).toLongLong() });
        }
        query->finish();
    }
    const QString deletions[] = {
        u"DELETE FROM mention WHERE article_id = :article AND state = 'suggested' AND origin <> 'user'"_s,
        // quote_relay rows go with their quotation (ON DELETE CASCADE); said here as well, so that
        // a connection without foreign keys leaves no orphans either.
        u"DELETE FROM quote_relay WHERE quote_id IN (SELECT id FROM quote WHERE article_id = :article "
        "AND state = 'suggested' AND origin <> 'user')"_s,
        u"DELETE FROM quote WHERE article_id = :article AND state = 'suggested' AND origin <> 'user'"_s,
    };
    for (const QString &sql : deletions) {
        if (!prepare(query, sql)) {
            return failed();
        }
        query->bindValue(u":article"_s, articleId);
        if (!query->exec()) {
            return failed();
        }
    }

    const auto inText = [&text](qsizetype start, qsizetype end) {
        return start >= 0 && end >= start && end <= text.size();
    };

    if (!mentions.isEmpty()) {
        // A text the reader rejected for an actor (or took from it for another) is not suggested
        // for that actor again, in any story, unless the reader confirmed that pair somewhere.
        // The gazetteer suppresses such aliases too; this also holds when the matcher finds the text
        // another way (a close misspelling, a surname).
        QSqlQuery *verdict = nullptr;
        // Each lookup names its partial index's condition, so that SQLite uses the index instead
        // of walking every mention of a much-named actor (which made imports quadratic).
        if (!prepare(verdict,
                u"SELECT (EXISTS (SELECT 1 FROM mention WHERE actor_id = :actor1 AND exact = :exact1 "
                "AND state <> 'suggested' AND state = 'rejected') OR EXISTS (SELECT 1 FROM mention "
                "WHERE suggested_actor_id = :actor2 AND exact = :exact2 AND state = 'confirmed')) AND "
                "NOT EXISTS (SELECT 1 FROM mention WHERE actor_id = :actor3 AND exact = :exact3 AND "
                "state <> 'suggested' AND state = 'confirmed')"_s)) {
            return Status::failure(
                tr("The story's annotations could not be stored: %1").arg(verdict->lastError().text()));
        }
        if (!prepare(query,
                u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, prefix, "
                "suffix, origin, state, match_kind, also_actor_id) VALUES (:article, :actor, :start, :end, "
                ":exact, :prefix, :suffix, :origin, 'suggested', :match, :also)"_s)) {
            return failed();
        }
        for (const Mention &mention : mentions) {
            // A span outside the text is a fault of the analysis: leaving it out keeps the story.
            if (!inText(mention.start, mention.end) || !hasActor(mention.actor) ||
                overlapsAny(decidedMentions, mention.start, mention.end)) {
                continue;
            }
            auto actorId = actors.ensure(mention.actor);
            if (!actorId) {
                return Status::failure(actorId.error());
            }
            const QString exact = text.mid(mention.start, mention.end - mention.start);
            verdict->bindValue(u":actor1"_s, actorId.value());
            verdict->bindValue(u":exact1"_s, nonNull(exact));
            verdict->bindValue(u":actor2"_s, actorId.value());
            verdict->bindValue(u":exact2"_s, nonNull(exact));
            verdict->bindValue(u":actor3"_s, actorId.value());
            verdict->bindValue(u":exact3"_s, nonNull(exact));
            if (!verdict->exec() || !verdict->next()) {
                return Status::failure(
                    tr("The story's annotations could not be stored: %1").arg(verdict->lastError().text()));
            }
            const bool rejected = verdict->value(0).toInt() == 1;
            verdict->finish();
            if (rejected) {
                continue;
            }
            qint64 alsoId = 0;
            if (hasActor(mention.alsoActor)) {
                auto also = actors.ensure(mention.alsoActor);
                if (!also) {
                    return Status::failure(also.error());
                }
                alsoId = also.value();
            }
            query->bindValue(u":article"_s, articleId);
            query->bindValue(u":actor"_s, actorId.value());
            query->bindValue(u":start"_s, mention.start);
            query->bindValue(u":end"_s, mention.end);
            query->bindValue(u":exact"_s, nonNull(exact));
            query->bindValue(u":prefix"_s, nonNull(selectorPrefix(text, mention.start)));
            query->bindValue(u":suffix"_s, nonNull(selectorSuffix(text, mention.end)));
            query->bindValue(u":origin"_s,
                originName(mention.origin == AnnotationOrigin::User ? AnnotationOrigin::Gazetteer : mention.origin));
            query->bindValue(u":match"_s, matchName(mention.match));
            query->bindValue(u":also"_s, actorValue(alsoId));
            if (!query->exec()) {
                return failed();
            }
        }
    }

    if (!quotes.isEmpty()) {
        QSqlQuery *relay = nullptr;
        if (!prepare(relay,
                u"INSERT OR IGNORE INTO quote_relay (quote_id, position, actor_id) "
                "VALUES (:quote, :position, :actor)"_s)) {
            return Status::failure(
                tr("The story's annotations could not be stored: %1").arg(relay->lastError().text()));
        }
        if (!prepare(query,
                u"INSERT INTO quote (article_id, start_offset, end_offset, exact, prefix, suffix, "
                "speaker_actor_id, cue_start, cue_end, cue_text, kind, origin, state) VALUES (:article, "
                ":start, :end, :exact, :prefix, :suffix, :speaker, :cueStart, :cueEnd, :cue, :kind, "
                "'rule', 'suggested')"_s)) {
            return failed();
        }
        for (const Quote &quote : quotes) {
            if (!inText(quote.start, quote.end) || overlapsAny(decidedQuotes, quote.start, quote.end)) {
                continue;
            }
            qint64 speakerId = 0;
            if (hasActor(quote.speaker)) {
                auto speaker = actors.ensure(quote.speaker);
                if (!speaker) {
                    return Status::failure(speaker.error());
                }
                speakerId = speaker.value();
            }
            const bool hasCue = quote.cueStart >= 0 && inText(quote.cueStart, quote.cueEnd);
            query->bindValue(u":article"_s, articleId);
            query->bindValue(u":start"_s, quote.start);
            query->bindValue(u":end"_s, quote.end);
            query->bindValue(u":exact"_s, nonNull(text.mid(quote.start, quote.end - quote.start)));
            query->bindValue(u":prefix"_s, nonNull(selectorPrefix(text, quote.start)));
            query->bindValue(u":suffix"_s, nonNull(selectorSuffix(text, quote.end)));
            query->bindValue(u":speaker"_s, actorValue(speakerId));
            query->bindValue(u":cueStart"_s, hasCue ? QVariant(quote.cueStart) : QVariant());
            query->bindValue(u":cueEnd"_s, hasCue ? QVariant(quote.cueEnd) : QVariant());
            query->bindValue(u":cue"_s,
                hasCue ? QVariant(text.mid(quote.cueStart, quote.cueEnd - quote.cueStart))
                       : (quote.cue.isEmpty() ? QVariant() : QVariant(quote.cue)));
            query->bindValue(u":kind"_s, quoteTypeName(quote.type));
            if (!query->exec()) {
                return failed();
            }
            const qint64 quoteId = query->lastInsertId().toLongLong();
            int position = 0;
            for (const Actor &via : quote.via) {
                if (!hasActor(via)) {
                    continue;
                }
                auto viaId = actors.ensure(via);
                if (!viaId) {
                    return Status::failure(viaId.error());
                }
                relay->bindValue(u":quote"_s, quoteId);
                relay->bindValue(u":position"_s, ++position);
                relay->bindValue(u":actor"_s, viaId.value());
                if (!relay->exec()) {
                    return Status::failure(
                        tr("The story's annotations could not be stored: %1").arg(relay->lastError().text()));
                }
            }
        }
    }
    return {};
}

Result<QList<Mention>> AnnotationStore::mentions(qint64 articleId) const
{
    using R = Result<QList<Mention>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(mentionSql(u"m.article_id = :article"_s))) {
        return R::failure(tr("The story's actors could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return R::failure(tr("The story's actors could not be read: %1").arg(query.lastError().text()));
    }
    QList<Mention> mentions;
    while (query.next()) {
        mentions.append(readMention(query));
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The story's actors could not be read: %1").arg(query.lastError().text()));
    }
    return mentions;
}

Result<Mention> AnnotationStore::mention(qint64 id) const
{
    using R = Result<Mention>;
    QSqlQuery query(m_db);
    if (!query.prepare(mentionSql(u"m.id = :id"_s))) {
        return R::failure(tr("The mention could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The mention could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no mention %1 in the library.").arg(id));
    }
    return readMention(query);
}

Result<QList<Quote>> AnnotationStore::quotes(qint64 articleId) const
{
    using R = Result<QList<Quote>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&query] {
        return R::failure(tr("The story's quotations could not be read: %1").arg(query.lastError().text()));
    };
    if (!query.prepare(
            u"SELECT %1 FROM quote q LEFT JOIN actor s ON s.id = q.speaker_actor_id "
            "WHERE q.article_id = :article ORDER BY q.start_offset, q.id"_s.arg(AnnotationRows::quoteColumns()))) {
        return failed();
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    QList<Quote> quotes;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        quotes.append(AnnotationRows::readQuote(query));
        rowOf.insert(quotes.constLast().id, quotes.size() - 1);
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    if (!query.prepare(u"SELECT r.quote_id, %1 FROM quote_relay r JOIN quote q ON q.id = r.quote_id "
                       "JOIN actor a ON a.id = r.actor_id WHERE q.article_id = :article "
                       "ORDER BY r.quote_id, r.position"_s.arg(ActorStore::actorColumns(u"a"_s)))) {
        return failed();
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row != rowOf.cend()) {
            quotes[row.value()].via.append(ActorStore::readActor(query, 1));
        }
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    return quotes;
}

Result<Quote> AnnotationStore::quote(qint64 id) const
{
    using R = Result<Quote>;
    QSqlQuery query(m_db);
    const auto failed = [&query] {
        return R::failure(tr("The quotation could not be read: %1").arg(query.lastError().text()));
    };
    if (!query.prepare(u"SELECT %1 FROM quote q LEFT JOIN actor s ON s.id = q.speaker_actor_id WHERE q.id = :id"_s.arg(
            AnnotationRows::quoteColumns()))) {
        return failed();
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return failed();
    }
    if (!query.next()) {
        return R::failure(tr("There is no quotation %1 in the library.").arg(id));
    }
    Quote quote = AnnotationRows::readQuote(query);
    if (!query.prepare(u"SELECT %1 FROM quote_relay r JOIN actor a ON a.id = r.actor_id WHERE r.quote_id = :id "
                       "ORDER BY r.position"_s.arg(ActorStore::actorColumns(u"a"_s)))) {
        return failed();
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        quote.via.append(ActorStore::readActor(query, 0));
    }
    return quote;
}

Result<AnnotationChange> AnnotationStore::setMention(qint64 id, std::optional<qint64> actorId, AnnotationState state)
{
    return setAnnotation(AnnotationChange::Target::Mention, id, actorId, state);
}

Result<AnnotationChange> AnnotationStore::setQuote(qint64 id, std::optional<qint64> speakerId, AnnotationState state)
{
    return setAnnotation(AnnotationChange::Target::Quote, id, speakerId, state);
}

// A mention and a quotation change the same way: read what they are now (for undo), then apply.
Result<AnnotationChange> AnnotationStore::setAnnotation(
    AnnotationChange::Target target, qint64 id, std::optional<qint64> actorId, AnnotationState state)
{
    using R = Result<AnnotationChange>;
    const bool isMention = target == AnnotationChange::Target::Mention;
    QSqlQuery query(m_db);
    const auto failed = [&query, isMention] {
        return R::failure(isMention ? tr("The mention could not be changed: %1").arg(query.lastError().text())
                                    : tr("The quotation could not be changed: %1").arg(query.lastError().text()));
    };
    const QString sql = isMention
        ? u"SELECT article_id, actor_id, state FROM mention WHERE id = :id"_s
        : u"SELECT article_id, coalesce(speaker_actor_id, 0), state FROM quote WHERE id = :id"_s;
    if (!query.prepare(sql)) {
        return failed();
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return failed();
    }
    if (!query.next()) {
        return R::failure(isMention ? tr("There is no mention %1 in the library.").arg(id)
                                    : tr("There is no quotation %1 in the library.").arg(id));
    }
    AnnotationChange change;
    change.target = target;
    change.id = id;
    change.articleId = query.value(0).toLongLong();
    change.previousActorId = query.value(1).toLongLong();
    change.previousState = stateFromName(query.value(2).toString());
    change.actorId = actorId.value_or(change.previousActorId);
    change.state = state;
    query.finish();
    if (auto applied = apply(change); !applied) {
        return R::failure(applied.error());
    }
    return change;
}

Result<AnnotationChange> AnnotationStore::confirmMention(qint64 id)
{
    return setMention(id, std::nullopt, AnnotationState::Confirmed);
}

Result<AnnotationChange> AnnotationStore::rejectMention(qint64 id)
{
    return setMention(id, std::nullopt, AnnotationState::Rejected);
}

Result<AnnotationChange> AnnotationStore::reassignMention(qint64 id, qint64 actorId)
{
    if (actorId == 0) {
        return Result<AnnotationChange>::failure(tr("A mention must name an actor."));
    }
    return setMention(id, actorId, AnnotationState::Confirmed);
}

Result<AnnotationChange> AnnotationStore::confirmQuote(qint64 id)
{
    return setQuote(id, std::nullopt, AnnotationState::Confirmed);
}

Result<AnnotationChange> AnnotationStore::rejectQuote(qint64 id)
{
    return setQuote(id, std::nullopt, AnnotationState::Rejected);
}

Result<AnnotationChange> AnnotationStore::reassignQuote(qint64 id, qint64 speakerActorId)
{
    return setQuote(id, speakerActorId, AnnotationState::Confirmed);
}

Status AnnotationStore::apply(const AnnotationChange &change)
{
    QSqlQuery query(m_db);
    if (change.target == AnnotationChange::Target::Mention) {
        // suggested_actor_id remembers the analysis' actor while the mention belongs to another
        // (the library's gazetteer learns from it); back to NULL when it returns to that actor.
        if (!query.prepare(u"UPDATE mention SET actor_id = :actor, state = :state, suggested_actor_id = CASE "
                           "WHEN origin = 'user' OR coalesce(suggested_actor_id, actor_id) = :actor2 THEN NULL "
                           "ELSE coalesce(suggested_actor_id, actor_id) END WHERE id = :id"_s)) {
            return Status::failure(tr("The mention could not be changed: %1").arg(query.lastError().text()));
        }
        query.bindValue(u":actor"_s, change.actorId);
        query.bindValue(u":state"_s, stateName(change.state));
        query.bindValue(u":actor2"_s, change.actorId);
        query.bindValue(u":id"_s, change.id);
        if (!query.exec()) {
            return Status::failure(tr("The mention could not be changed: %1").arg(query.lastError().text()));
        }
        if (query.numRowsAffected() == 0) {
            return Status::failure(tr("There is no mention %1 in the library.").arg(change.id));
        }
        return {};
    }
    if (!query.prepare(u"UPDATE quote SET speaker_actor_id = :speaker, state = :state WHERE id = :id"_s)) {
        return Status::failure(tr("The quotation could not be changed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":speaker"_s, actorValue(change.actorId));
    query.bindValue(u":state"_s, stateName(change.state));
    query.bindValue(u":id"_s, change.id);
    if (!query.exec()) {
        return Status::failure(tr("The quotation could not be changed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no quotation %1 in the library.").arg(change.id));
    }
    return {};
}

Status AnnotationStore::revert(const AnnotationChange &change)
{
    AnnotationChange back = change;
    back.actorId = change.previousActorId;
    back.state = change.previousState;
    return apply(back);
}

Result<Mention> AnnotationStore::addUserMention(qint64 articleId, qint64 actorId, qsizetype start, qsizetype end)
{
    using R = Result<Mention>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT text FROM article WHERE id = :id"_s)) {
        return R::failure(tr("The mention could not be added: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, articleId);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("There is no story %1 in the library.").arg(articleId));
    }
    const QString text = query.value(0).toString();
    query.finish();
    if (start < 0 || end <= start || end > text.size()) {
        return R::failure(tr("The mention lies outside the story's text."));
    }
    if (!query.prepare(u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, prefix, suffix, "
                       "origin, state, match_kind) VALUES (:article, :actor, :start, :end, :exact, :prefix, :suffix, "
                       "'user', 'confirmed', 'exact')"_s)) {
        return R::failure(tr("The mention could not be added: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":actor"_s, actorId);
    query.bindValue(u":start"_s, start);
    query.bindValue(u":end"_s, end);
    query.bindValue(u":exact"_s, nonNull(text.mid(start, end - start)));
    query.bindValue(u":prefix"_s, nonNull(selectorPrefix(text, start)));
    query.bindValue(u":suffix"_s, nonNull(selectorSuffix(text, end)));
    if (!query.exec()) {
        return R::failure(tr("The mention could not be added: %1").arg(query.lastError().text()));
    }
    return mention(query.lastInsertId().toLongLong());
}

Result<Quote> AnnotationStore::addUserQuote(
    qint64 articleId, qsizetype start, qsizetype end, qint64 speakerActorId, Quote::Type type)
{
    using R = Result<Quote>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT text FROM article WHERE id = :id"_s)) {
        return R::failure(tr("The quotation could not be added: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, articleId);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("There is no story %1 in the library.").arg(articleId));
    }
    const QString text = query.value(0).toString();
    query.finish();
    if (start < 0 || end <= start || end > text.size()) {
        return R::failure(tr("The quotation lies outside the story's text."));
    }
    if (!query.prepare(u"INSERT INTO quote (article_id, start_offset, end_offset, exact, prefix, suffix, "
                       "speaker_actor_id, kind, origin, state) VALUES (:article, :start, :end, :exact, :prefix, "
                       ":suffix, :speaker, :kind, 'user', 'confirmed')"_s)) {
        return R::failure(tr("The quotation could not be added: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":start"_s, start);
    query.bindValue(u":end"_s, end);
    query.bindValue(u":exact"_s, nonNull(text.mid(start, end - start)));
    query.bindValue(u":prefix"_s, nonNull(selectorPrefix(text, start)));
    query.bindValue(u":suffix"_s, nonNull(selectorSuffix(text, end)));
    query.bindValue(u":speaker"_s, actorValue(speakerActorId));
    query.bindValue(u":kind"_s, quoteTypeName(type));
    if (!query.exec()) {
        return R::failure(tr("The quotation could not be added: %1").arg(query.lastError().text()));
    }
    return quote(query.lastInsertId().toLongLong());
}

Status AnnotationStore::removeMention(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM mention WHERE id = :id"_s)) {
        return Status::failure(tr("The mention could not be removed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The mention could not be removed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no mention %1 in the library.").arg(id));
    }
    return {};
}

Status AnnotationStore::removeQuote(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM quote WHERE id = :id"_s)) {
        return Status::failure(tr("The quotation could not be removed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The quotation could not be removed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no quotation %1 in the library.").arg(id));
    }
    return {};
}

} // namespace Dateline
