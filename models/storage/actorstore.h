// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace Dateline
{

/// An (actor key, text) pair the reader rejected: the analysis must not match that text to that
/// actor again (Gazetteer::suppress).
struct Suppression {
    QString actorKey;
    QString text;
    friend bool operator==(const Suppression &, const Suppression &) = default;
};

/**
 * What the reader taught the library, to be added to the shipped gazetteer before an analysis
 * runs (Gazetteer::addActor, addAlias, suppress). Every actor has a key: shipped actors keep
 * theirs, the reader's own actors get "library:<id>" when stored.
 */
struct LibraryGazetteer {
    QList<Actor> actors; ///< the reader's own actors and shipped actors that have aliases of the reader
    QList<Alias> aliases; ///< every alias row, actorKey and actorId set
    QList<Suppression> suppressions;
};

/// An actor of one story with how often it is named there (rejected mentions not counted).
struct ActorInArticle {
    Actor actor;
    int mentions = 0; ///< mentions that are not rejected, also-actor mentions (capitals) included
    int quotes = 0; ///< quotations it speaks or relays in the story (not rejected)
    QStringList forms; ///< the distinct texts the story uses for it, in order of first use
};

/// "Islamic State Khurasan Province (ISKP)" in a story: offered to the library as an alias,
/// stored as one only when the reader accepts it.
struct AcronymOffer {
    enum class State { Offered, Accepted, Dismissed };
    qint64 id = 0;
    qint64 articleId = 0; ///< the first story that defined it
    QString acronym;
    QString expansion;
    qint64 actorId = 0; ///< the actor the expansion matched, 0 when it matched none
    QString language;
    State state = State::Offered;
};

/**
 * The actors and aliases of a library, and its own part of the gazetteer.
 *
 * Shipped gazetteer actors get a row the first time they are mentioned (ensure(), by key); the
 * reader's own actors are created by addActor() and keyed "library:<id>". Suppressions are read
 * from rejected mentions, so that rejecting is one write. Writes happen inside the caller's
 * transaction when one is open (the importer's batch), each as one statement otherwise.
 * Copies of a store share its cache of key -> id, valid for one connection.
 */
class ActorStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ActorStore)

public:
    explicit ActorStore(QSqlDatabase db);

    /// The row id for this actor: `actor.id` when set and present, else the row with its key, else
    /// (no key) the keyless row with the same name and kind; creates the row when there is none.
    Result<qint64> ensure(const Actor &actor);
    /// Forgets the ids ensure() remembered by key: after a rollback they may name no row.
    void forgetCachedIds() { m_idByKey->clear(); }
    Result<Actor> actor(qint64 id) const;
    Result<std::optional<Actor>> actorByKey(const QString &key) const;
    /// A new actor of the reader's; its key becomes "library:<id>" when `actor.key` is empty.
    Result<Actor> addActor(const Actor &actor);
    /// Name, kind, country, description, wikidata id, checked date of an existing row.
    Status updateActor(const Actor &actor);
    /// Removes the actor with its aliases and mentions (undo of addActor).
    Status removeActor(qint64 id);

    Result<QList<Alias>> aliases(qint64 actorId) const;
    /// Stores an alias (actorId, or actorKey of an actor row); the id of the existing row when the
    /// same (actor, text, language) is there already.
    Result<qint64> addAlias(const Alias &alias);
    Status removeAlias(qint64 aliasId);

    /// Actors whose name or an alias starts with `text` (case and diacritics as SQLite NOCASE
    /// folds them: ASCII only) or contains it as a word, names first, at most `limit`.
    Result<QList<Actor>> search(const QString &text, int limit = 20) const;

    /// What the reader taught: own actors, every alias, every suppression.
    Result<LibraryGazetteer> libraryGazetteer() const;

    /// The actors of one story with counts and forms, most mentioned first.
    Result<QList<ActorInArticle>> actorsOfArticle(qint64 articleId) const;

    /// Records an acronym a story defined, unless the same acronym for the same actor was offered
    /// (or accepted, or dismissed) before.
    Status offerAcronym(const AcronymOffer &offer);
    /// Offers still waiting for the reader; of one story, or of all (articleId 0).
    Result<QList<AcronymOffer>> acronymOffers(qint64 articleId = 0) const;
    /// Stores the acronym as an alias (kind Acronym) of its actor, creating an organisation named
    /// by the expansion when it matched none; returns the alias.
    Result<Alias> acceptAcronym(qint64 offerId);
    Status dismissAcronym(qint64 offerId);
    /// Puts an accepted or dismissed offer back among those waiting (undo of a decision).
    Status reofferAcronym(qint64 offerId);

    [[nodiscard]] static QString aliasKindName(Alias::Kind kind);
    [[nodiscard]] static Alias::Kind aliasKindFromName(const QString &name);
    /// The key a reader's actor gets: "library:<id>".
    [[nodiscard]] static QString libraryKey(qint64 id);
    /// The columns readActor() reads, of the actor table under `alias` ("a"): eight of them.
    [[nodiscard]] static QString actorColumns(const QString &alias);
    static constexpr int ActorColumnCount = 8;
    /// An actor from the columns of actorColumns() starting at `first`; a default Actor for NULLs.
    [[nodiscard]] static Actor readActor(const QSqlQuery &query, int first);

private:
    Status setAcronymOfferState(qint64 offerId, const QString &state, const QString &failure);

    QSqlDatabase m_db;
    std::shared_ptr<QHash<QString, qint64>> m_idByKey;
};

} // namespace Dateline
