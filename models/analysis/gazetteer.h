// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

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
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    /// The shipped gazetteer (:/dateline/gazetteer).
    [[nodiscard]] static Gazetteer shipped();

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

    class Index;
    /// The matching index over normalised alias forms, built on first use.
    [[nodiscard]] const Index &index() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
