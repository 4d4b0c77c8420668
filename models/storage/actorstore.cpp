// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorstore.h"

#include "actorstore_p.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString likeEscaped(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return text;
}

} // namespace

ActorStore::ActorStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_idByKey(std::make_shared<QHash<QString, qint64>>())
{
}

QString ActorStore::libraryKey(qint64 id)
{
    return u"library:%1"_s.arg(id);
}

QString ActorStore::actorColumns(const QString &alias)
{
    return u"%1.id, %1.key, %1.name, %1.kind, %1.country, %1.description, %1.wikidata_id, %1.checked"_s.arg(alias);
}

Actor ActorStore::readActor(const QSqlQuery &query, int first)
{
    Actor actor;
    if (query.isNull(first)) {
        return actor;
    }
    actor.id = query.value(first).toLongLong();
    actor.key = query.value(first + 1).toString();
    actor.name = query.value(first + 2).toString();
    actor.kind = actorKindFromName(query.value(first + 3).toString());
    actor.country = query.value(first + 4).toString();
    actor.description = query.value(first + 5).toString();
    actor.wikidataId = query.value(first + 6).toString();
    actor.checked = QDate::fromString(query.value(first + 7).toString(), Qt::ISODate);
    return actor;
}

QString ActorStore::aliasKindName(Alias::Kind kind)
{
    switch (kind) {
    case Alias::Kind::Name:
        return u"name"_s;
    case Alias::Kind::Acronym:
        return u"acronym"_s;
    case Alias::Kind::Metonym:
        return u"metonym"_s;
    case Alias::Kind::Transliteration:
        return u"transliteration"_s;
    }
    return u"name"_s;
}

Alias::Kind ActorStore::aliasKindFromName(const QString &name)
{
    if (name == u"acronym") {
        return Alias::Kind::Acronym;
    }
    if (name == u"metonym") {
        return Alias::Kind::Metonym;
    }
    if (name == u"transliteration") {
        return Alias::Kind::Transliteration;
    }
    return Alias::Kind::Name;
}

Result<qint64> ActorStore::ensure(const Actor &actor)
{
    using R = Result<qint64>;
    const auto failed = [&actor](const QSqlQuery &query) {
        return R::failure(tr("The actor “%1” could not be stored: %2").arg(actor.name, query.lastError().text()));
    };
    QSqlQuery query(m_db);
    if (actor.id != 0) {
        if (!query.prepare(u"SELECT id FROM actor WHERE id = :id"_s)) {
            return failed(query);
        }
        query.bindValue(u":id"_s, actor.id);
        if (!query.exec()) {
            return failed(query);
        }
        if (query.next()) {
            return actor.id;
        }
        if (actor.key.isEmpty() && actor.name.isEmpty()) {
            return R::failure(tr("There is no actor %1 in the library.").arg(actor.id));
        }
    }
    if (!actor.key.isEmpty()) {
        if (const auto cached = m_idByKey->constFind(actor.key); cached != m_idByKey->cend()) {
            return cached.value();
        }
        if (!query.prepare(u"SELECT id FROM actor WHERE key = :key"_s)) {
            return failed(query);
        }
        query.bindValue(u":key"_s, actor.key);
        if (!query.exec()) {
            return failed(query);
        }
        if (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            m_idByKey->insert(actor.key, id);
            return id;
        }
        query.finish();
        // An actor stored before keys existed (or by hand) with the same Wikidata id is this one.
        if (!actor.wikidataId.isEmpty()) {
            if (!query.prepare(u"UPDATE actor SET key = :key WHERE wikidata_id = :wikidata AND key IS NULL "
                               "RETURNING id"_s)) {
                return failed(query);
            }
            query.bindValue(u":key"_s, actor.key);
            query.bindValue(u":wikidata"_s, actor.wikidataId);
            if (!query.exec()) {
                return failed(query);
            }
            if (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                query.finish();
                m_idByKey->insert(actor.key, id);
                return id;
            }
            query.finish();
        }
    } else {
        if (actor.name.trimmed().isEmpty()) {
            return R::failure(tr("An actor without a name cannot be stored."));
        }
        // A person introduced by a title has no key: the keyless row with the same name and kind
        // is the same person.
        if (!query.prepare(u"SELECT id FROM actor WHERE key IS NULL AND name = :name COLLATE NOCASE AND kind = :kind "
                           "ORDER BY id LIMIT 1"_s)) {
            return failed(query);
        }
        query.bindValue(u":name"_s, actor.name.trimmed());
        query.bindValue(u":kind"_s, actorKindName(actor.kind));
        if (!query.exec()) {
            return failed(query);
        }
        if (query.next()) {
            return query.value(0).toLongLong();
        }
        query.finish();
    }
    if (actor.name.trimmed().isEmpty()) {
        return R::failure(tr("An actor without a name cannot be stored."));
    }
    if (!query.prepare(u"INSERT INTO actor (key, name, kind, country, description, wikidata_id, checked) "
                       "VALUES (:key, :name, :kind, :country, :description, :wikidata, :checked)"_s)) {
        return failed(query);
    }
    query.bindValue(u":key"_s, optionalText(actor.key));
    query.bindValue(u":name"_s, actor.name.trimmed());
    query.bindValue(u":kind"_s, actorKindName(actor.kind));
    query.bindValue(u":country"_s, optionalText(actor.country));
    query.bindValue(u":description"_s, optionalText(actor.description));
    // A Wikidata id another row holds already would refuse the insert: the key is what counts.
    query.bindValue(u":wikidata"_s, QVariant());
    query.bindValue(u":checked"_s, dateValue(actor.checked));
    if (!query.exec()) {
        return failed(query);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!actor.key.isEmpty()) {
        m_idByKey->insert(actor.key, id);
        if (!actor.wikidataId.isEmpty()) {
            QSqlQuery wikidata(m_db);
            if (wikidata.prepare(u"UPDATE actor SET wikidata_id = :wikidata WHERE id = :id AND NOT EXISTS "
                                 "(SELECT 1 FROM actor WHERE wikidata_id = :wikidata2)"_s)) {
                wikidata.bindValue(u":wikidata"_s, actor.wikidataId);
                wikidata.bindValue(u":id"_s, id);
                wikidata.bindValue(u":wikidata2"_s, actor.wikidataId);
                if (!wikidata.exec()) {
                    return failed(wikidata);
                }
            }
        }
    }
    return id;
}

Result<Actor> ActorStore::actor(qint64 id) const
{
    using R = Result<Actor>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1 FROM actor a WHERE a.id = :id"_s.arg(actorColumns(u"a"_s)))) {
        return R::failure(tr("The actor could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return R::failure(tr("The actor could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no actor %1 in the library.").arg(id));
    }
    return readActor(query, 0);
}

Result<std::optional<Actor>> ActorStore::actorByKey(const QString &key) const
{
    using R = Result<std::optional<Actor>>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1 FROM actor a WHERE a.key = :key"_s.arg(actorColumns(u"a"_s)))) {
        return R::failure(tr("The actor could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":key"_s, key);
    if (!query.exec()) {
        return R::failure(tr("The actor could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R(std::nullopt);
    }
    return R(readActor(query, 0));
}

Result<Actor> ActorStore::addActor(const Actor &actor)
{
    using R = Result<Actor>;
    if (actor.name.trimmed().isEmpty()) {
        return R::failure(tr("An actor needs a name."));
    }
    auto transaction = beginUnlessOpen(m_db);
    if (transaction && !transaction->status()) {
        return R::failure(transaction->status().error());
    }
    QSqlQuery query(m_db);
    const auto failed = [&] {
        return R::failure(tr("The actor “%1” could not be added: %2").arg(actor.name, query.lastError().text()));
    };
    if (!query.prepare(u"INSERT INTO actor (key, name, kind, country, description, wikidata_id, checked) "
                       "VALUES (:key, :name, :kind, :country, :description, :wikidata, :checked)"_s)) {
        return failed();
    }
    query.bindValue(u":key"_s, optionalText(actor.key));
    query.bindValue(u":name"_s, actor.name.trimmed());
    query.bindValue(u":kind"_s, actorKindName(actor.kind));
    query.bindValue(u":country"_s, optionalText(actor.country));
    query.bindValue(u":description"_s, optionalText(actor.description));
    query.bindValue(u":wikidata"_s, optionalText(actor.wikidataId));
    query.bindValue(u":checked"_s, dateValue(actor.checked));
    if (!query.exec()) {
        return failed();
    }
    Actor stored = actor;
    stored.name = actor.name.trimmed();
    stored.id = query.lastInsertId().toLongLong();
    if (stored.key.isEmpty()) {
        stored.key = libraryKey(stored.id);
        if (!query.prepare(u"UPDATE actor SET key = :key WHERE id = :id"_s)) {
            return failed();
        }
        query.bindValue(u":key"_s, stored.key);
        query.bindValue(u":id"_s, stored.id);
        if (!query.exec()) {
            return failed();
        }
    }
    if (transaction) {
        if (auto committed = transaction->commit(); !committed) {
            return R::failure(committed.error());
        }
    }
    m_idByKey->insert(stored.key, stored.id);
    return stored;
}

Status ActorStore::updateActor(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty()) {
        return Status::failure(tr("An actor needs a name."));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE actor SET name = :name, kind = :kind, country = :country, description = :description, "
                       "wikidata_id = :wikidata, checked = :checked WHERE id = :id"_s)) {
        return Status::failure(tr("The actor could not be changed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":name"_s, actor.name.trimmed());
    query.bindValue(u":kind"_s, actorKindName(actor.kind));
    query.bindValue(u":country"_s, optionalText(actor.country));
    query.bindValue(u":description"_s, optionalText(actor.description));
    query.bindValue(u":wikidata"_s, optionalText(actor.wikidataId));
    query.bindValue(u":checked"_s, dateValue(actor.checked));
    query.bindValue(u":id"_s, actor.id);
    if (!query.exec()) {
        return Status::failure(tr("The actor could not be changed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no actor %1 in the library.").arg(actor.id));
    }
    return {};
}

Status ActorStore::removeActor(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM actor WHERE id = :id"_s)) {
        return Status::failure(tr("The actor could not be removed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The actor could not be removed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no actor %1 in the library.").arg(id));
    }
    for (auto it = m_idByKey->begin(); it != m_idByKey->end();) {
        it = it.value() == id ? m_idByKey->erase(it) : std::next(it);
    }
    return {};
}

Result<QList<Alias>> ActorStore::aliases(qint64 actorId) const
{
    using R = Result<QList<Alias>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT l.id, l.actor_id, a.key, l.text, l.language, l.kind FROM alias l "
                       "JOIN actor a ON a.id = l.actor_id WHERE l.actor_id = :actor ORDER BY l.text, l.id"_s)) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":actor"_s, actorId);
    if (!query.exec()) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    QList<Alias> aliases;
    while (query.next()) {
        Alias alias;
        alias.id = query.value(0).toLongLong();
        alias.actorId = query.value(1).toLongLong();
        alias.actorKey = query.value(2).toString();
        alias.text = query.value(3).toString();
        alias.language = query.value(4).toString();
        alias.kind = aliasKindFromName(query.value(5).toString());
        aliases.append(alias);
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The actor's names could not be read: %1").arg(query.lastError().text()));
    }
    return aliases;
}

Result<qint64> ActorStore::addAlias(const Alias &alias)
{
    using R = Result<qint64>;
    const QString text = alias.text.trimmed();
    if (text.isEmpty()) {
        return R::failure(tr("An empty name cannot be added."));
    }
    qint64 actorId = alias.actorId;
    if (actorId == 0) {
        auto found = actorByKey(alias.actorKey);
        if (!found) {
            return R::failure(found.error());
        }
        if (!found.value()) {
            return R::failure(tr("The name “%1” belongs to no actor of the library.").arg(text));
        }
        actorId = found.value()->id;
    }
    QSqlQuery query(m_db);
    // The unique (actor, text, language) row makes adding the same name twice a no-op.
    if (!query.prepare(u"INSERT INTO alias (actor_id, text, language, kind) VALUES (:actor, :text, :language, :kind) "
                       "ON CONFLICT (actor_id, text, language) DO UPDATE SET kind = kind RETURNING id"_s)) {
        return R::failure(tr("The name “%1” could not be added: %2").arg(text, query.lastError().text()));
    }
    query.bindValue(u":actor"_s, actorId);
    query.bindValue(u":text"_s, text);
    query.bindValue(u":language"_s, nonNull(alias.language));
    query.bindValue(u":kind"_s, aliasKindName(alias.kind));
    if (!query.exec() || !query.next()) {
        return R::failure(tr("The name “%1” could not be added: %2").arg(text, query.lastError().text()));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Status ActorStore::removeAlias(qint64 aliasId)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM alias WHERE id = :id"_s)) {
        return Status::failure(tr("The name could not be removed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, aliasId);
    if (!query.exec()) {
        return Status::failure(tr("The name could not be removed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no name %1 in the library.").arg(aliasId));
    }
    return {};
}

Result<QList<Actor>> ActorStore::search(const QString &text, int limit) const
{
    using R = Result<QList<Actor>>;
    const QString words = text.simplified();
    if (words.isEmpty()) {
        return QList<Actor>();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1, (a.name LIKE :start1 ESCAPE '\\') AS first FROM actor a "
                       "WHERE a.name LIKE :start2 ESCAPE '\\' OR a.name LIKE :word1 ESCAPE '\\' "
                       "OR EXISTS (SELECT 1 FROM alias l WHERE l.actor_id = a.id "
                       "AND (l.text LIKE :start3 ESCAPE '\\' OR l.text LIKE :word2 ESCAPE '\\')) "
                       "ORDER BY first DESC, a.name COLLATE NOCASE, a.id LIMIT :limit"_s.arg(actorColumns(u"a"_s)))) {
        return R::failure(tr("The actors could not be searched: %1").arg(query.lastError().text()));
    }
    const QString start = likeEscaped(words) + u'%';
    const QString word = u"% "_s + likeEscaped(words) + u'%';
    query.bindValue(u":start1"_s, start);
    query.bindValue(u":start2"_s, start);
    query.bindValue(u":start3"_s, start);
    query.bindValue(u":word1"_s, word);
    query.bindValue(u":word2"_s, word);
    query.bindValue(u":limit"_s, std::max(1, limit));
    if (!query.exec()) {
        return R::failure(tr("The actors could not be searched: %1").arg(query.lastError().text()));
    }
    QList<Actor> actors;
    while (query.next()) {
        actors.append(readActor(query, 0));
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The actors could not be searched: %1").arg(query.lastError().text()));
    }
    return actors;
}

Result<LibraryGazetteer> ActorStore::libraryGazetteer() const
{
    using R = Result<LibraryGazetteer>;
    LibraryGazetteer gazetteer;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&query] {
        return R::failure(tr("The library's own actors could not be read: %1").arg(query.lastError().text()));
    };

    // The reader's own actors, and every keyed actor that the reader gave a name or that a
    // re-assigned mention taught one.
    if (!query.exec(u"SELECT %1 FROM actor a WHERE a.key LIKE 'library:%' OR (a.key IS NOT NULL AND "
                    "(EXISTS (SELECT 1 FROM alias l WHERE l.actor_id = a.id) OR EXISTS (SELECT 1 FROM mention m "
                    "WHERE m.actor_id = a.id AND m.suggested_actor_id IS NOT NULL AND m.state = 'confirmed'))) "
                    "ORDER BY a.id"_s.arg(actorColumns(u"a"_s)))) {
        return failed();
    }
    while (query.next()) {
        gazetteer.actors.append(readActor(query, 0));
    }
    if (query.lastError().isValid()) {
        return failed();
    }

    if (!query.exec(u"SELECT l.id, l.actor_id, a.key, l.text, l.language, l.kind FROM alias l "
                    "JOIN actor a ON a.id = l.actor_id WHERE a.key IS NOT NULL ORDER BY l.id"_s)) {
        return failed();
    }
    while (query.next()) {
        Alias alias;
        alias.id = query.value(0).toLongLong();
        alias.actorId = query.value(1).toLongLong();
        alias.actorKey = query.value(2).toString();
        alias.text = query.value(3).toString();
        alias.language = query.value(4).toString();
        alias.kind = aliasKindFromName(query.value(5).toString());
        gazetteer.aliases.append(alias);
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    // A mention the reader gave to another actor: its text names that actor in that language.
    if (!query.exec(u"SELECT DISTINCT m.actor_id, a.key, m.exact, art.language FROM mention m "
                    "JOIN actor a ON a.id = m.actor_id JOIN article art ON art.id = m.article_id "
                    "WHERE m.suggested_actor_id IS NOT NULL AND m.state = 'confirmed' AND a.key IS NOT NULL "
                    "AND m.exact <> '' AND NOT EXISTS (SELECT 1 FROM alias l WHERE l.actor_id = m.actor_id "
                    "AND l.text = m.exact) ORDER BY m.actor_id, m.exact"_s)) {
        return failed();
    }
    while (query.next()) {
        Alias alias;
        alias.actorId = query.value(0).toLongLong();
        alias.actorKey = query.value(1).toString();
        alias.text = query.value(2).toString();
        alias.language = query.value(3).toString();
        gazetteer.aliases.append(alias);
    }
    if (query.lastError().isValid()) {
        return failed();
    }

    // Rejected matches, and the actor the analysis proposed for a re-assigned mention; a pair the
    // reader confirmed elsewhere is not suppressed.
    if (!query.exec(u"SELECT DISTINCT a.key, m.exact FROM mention m JOIN actor a ON a.id = m.actor_id "
                    "WHERE m.state = 'rejected' AND a.key IS NOT NULL AND m.exact <> '' AND NOT EXISTS "
                    "(SELECT 1 FROM mention c WHERE c.actor_id = m.actor_id AND c.exact = m.exact "
                    "AND c.state = 'confirmed') "
                    "UNION SELECT a.key, m.exact FROM mention m JOIN actor a ON a.id = m.suggested_actor_id "
                    "WHERE m.state = 'confirmed' AND m.suggested_actor_id <> m.actor_id AND a.key IS NOT NULL "
                    "AND m.exact <> '' ORDER BY 1, 2"_s)) {
        return failed();
    }
    while (query.next()) {
        gazetteer.suppressions.append({ query.value(0).toString(), query.value(1).toString() });
    }
    if (query.lastError().isValid()) {
        return failed();
    }
    return gazetteer;
}

Result<QList<ActorInArticle>> ActorStore::actorsOfArticle(qint64 articleId) const
{
    using R = Result<QList<ActorInArticle>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&query] {
        return R::failure(tr("The story's actors could not be read: %1").arg(query.lastError().text()));
    };
    QHash<qint64, qsizetype> rowOf;
    QList<ActorInArticle> actors;
    const auto rowFor = [&](qint64 id) -> ActorInArticle & {
        auto it = rowOf.constFind(id);
        if (it == rowOf.cend()) {
            it = rowOf.insert(id, actors.size());
            actors.append(ActorInArticle());
            actors.last().actor.id = id;
        }
        return actors[it.value()];
    };

    if (!query.prepare(u"SELECT actor_id, also_actor_id, exact FROM mention WHERE article_id = :article "
                       "AND state <> 'rejected' ORDER BY start_offset, id"_s)) {
        return failed();
    }
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        const QString form = query.value(2).toString();
        for (int column : { 0, 1 }) {
            if (query.isNull(column)) {
                continue;
            }
            ActorInArticle &row = rowFor(query.value(column).toLongLong());
            ++row.mentions;
            if (!form.isEmpty() && !row.forms.contains(form)) {
                row.forms.append(form);
            }
        }
    }
    if (query.lastError().isValid()) {
        return failed();
    }

    // Speakers and relays: an actor the story only quotes through (a relay named in no mention) is
    // still one of its actors.
    if (!query.prepare(
            u"SELECT q.speaker_actor_id FROM quote q WHERE q.article_id = :article1 AND q.state <> "
            "'rejected' AND q.speaker_actor_id IS NOT NULL UNION ALL SELECT r.actor_id FROM quote_relay r "
            "JOIN quote q ON q.id = r.quote_id WHERE q.article_id = :article2 AND q.state <> 'rejected'"_s)) {
        return failed();
    }
    query.bindValue(u":article1"_s, articleId);
    query.bindValue(u":article2"_s, articleId);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        ++rowFor(query.value(0).toLongLong()).quotes;
    }
    if (query.lastError().isValid()) {
        return failed();
    }

    for (ActorInArticle &row : actors) {
        auto actor = this->actor(row.actor.id);
        if (!actor) {
            return R::failure(actor.error());
        }
        row.actor = actor.value();
    }
    std::stable_sort(actors.begin(), actors.end(), [](const ActorInArticle &a, const ActorInArticle &b) {
        if (a.mentions != b.mentions) {
            return a.mentions > b.mentions;
        }
        if (a.quotes != b.quotes) {
            return a.quotes > b.quotes;
        }
        return a.actor.name.compare(b.actor.name, Qt::CaseInsensitive) < 0;
    });
    return actors;
}

} // namespace Dateline
