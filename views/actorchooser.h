// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Dateline
{

class ActorStore;

/**
 * A small searchable chooser over the library's actors, for re-assigning a mention to another
 * actor or a quotation to another speaker. It starts with the story's own actors; typing searches
 * the library (ActorStore::search, names and aliases). Up and Down move in the list from the
 * search box, Return takes the chosen actor.
 */
class ActorChooser : public QDialog
{
    Q_OBJECT

public:
    /// `start`: the actors offered before anything is typed. `allowNone` adds "No speaker".
    ActorChooser(ActorStore *actors, QList<Actor> start, bool allowNone, QWidget *parent = nullptr);
    ~ActorChooser() override;

    /// The actor chosen (0 for "No speaker"), -1 while none is.
    [[nodiscard]] qint64 chosenActorId() const;

private:
    void search(const QString &text);
    void fill(const QList<Actor> &actors);

    ActorStore *m_actors = nullptr;
    QList<Actor> m_start;
    bool m_allowNone = false;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Dateline
