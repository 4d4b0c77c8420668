// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Dateline
{

/**
 * Every actor Dateline knows by name, with its aliases per language: the shipped data
 * (the JSON files in resources/gazetteer/, format in resources/gazetteer/README.md) plus the library's own
 * actors and aliases, which the reader teaches.
 *
 * Immutable once built, so several threads may match against one gazetteer at once.
 */
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::Gazetteer)

public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    /// The shipped gazetteer (:/dateline/gazetteer).
    [[nodiscard]] static Gazetteer shipped();

    /// Adds every actor of one gazetteer file (format: resources/gazetteer/README.md).
    Status loadFile(const QString &path);
    /// The same from JSON text; `origin` names it in the error message.
    Status loadJson(const QByteArray &json, const QString &origin);

    /// Adds an actor (or merges into the one with the same key or id) with its aliases.
    void addActor(const Actor &actor, const QList<Alias> &aliases = {});
    void addAlias(const Alias &alias);
    /// Marks that `text` must not be matched to the actor with `key` (the reader rejected it).
    void suppress(const QString &actorKey, const QString &text);

    [[nodiscard]] qsizetype actorCount() const;
    [[nodiscard]] qsizetype aliasCount() const;
    [[nodiscard]] const Actor *actorByKey(const QString &key) const;
    [[nodiscard]] QList<Alias> aliasesOf(const QString &actorKey) const;
    /// The capital's key for a state, the state's key for a capital; empty when none.
    [[nodiscard]] QString capitalOf(const QString &stateKey) const;
    [[nodiscard]] QString stateOfCapital(const QString &cityKey) const;
    /// The government a capital stands for as a subject: the `standsFor` override ("Kabul": the
    /// Taliban), else its state; empty for a city that is no capital.
    [[nodiscard]] QString governmentOf(const QString &cityKey) const;
    /// Every actor, in the order added.
    [[nodiscard]] QList<Actor> actors() const;

    class Index;
    /// The matching index over normalised alias forms, built on first use.
    [[nodiscard]] const Index &index() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
