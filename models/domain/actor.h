// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Dateline
{

/**
 * Someone who acts in the news: a state, a person, an organisation, an armed group, a news
 * agency or outlet, or a place that stands in a story.
 *
 * Actors from the shipped gazetteer carry a stable `key` ("state:RU", "person:zamir-kabulov");
 * the library stores an actor row for them the first time one is mentioned. Actors the reader
 * creates have no key until stored.
 */
struct Actor {
    enum class Kind { State, Person, Organisation, ArmedGroup, NewsAgency, Outlet, City, Other };

    qint64 id = 0; ///< row in the library, 0 when not stored (yet)
    QString key; ///< stable key in the shipped gazetteer, empty for the reader's own actors
    QString name; ///< canonical name, in English where there is one
    Kind kind = Kind::Other;
    QString country; ///< ISO 3166-1 alpha-2
    QString description; ///< one line: "Russia's special representative for Afghanistan"
    QString wikidataId;
    QDate checked; ///< when an office or fact was last checked (people's roles change)
};

/// A name an actor goes by: "IIA" for the Taliban, "AS" for the United States in Indonesian.
struct Alias {
    enum class Kind { Name, Acronym, Metonym, Transliteration };

    qint64 id = 0;
    qint64 actorId = 0;
    QString actorKey;
    QString text;
    QString language; ///< ISO 639-1, empty for any language
    Kind kind = Kind::Name;
};

/// The stable strings used in storage and JSON ("state", "armed_group", ...).
QString actorKindName(Actor::Kind kind);
Actor::Kind actorKindFromName(const QString &name);

} // namespace Dateline
