// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/actorstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Dateline
{

class LibrarySession;

/**
 * Accepting or dismissing an acronym a story offered ("Islamic State Khurasan Province (ISKP)"),
 * as one step of the window's undo stack. Like the other annotation commands, the decision is
 * taken before the command is pushed (perform()); the command undoes it and takes it again.
 *
 * Accepting stores the acronym as an alias of its actor, creating an organisation named by the
 * expansion when the expansion matched none; undo removes the alias (and that organisation) and
 * offers the acronym again. Dismissing only changes the offer's state.
 *
 * The command reaches the library through `session`, asked at each step: the window clears its
 * undo stack when it switches libraries, so a command never outlives its library.
 */
class AcronymOfferCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::AcronymOfferCommand)

public:
    enum class Decision { Accept, Dismiss };
    using SessionProvider = std::function<LibrarySession *()>;
    using Listener = std::function<void(const QString &error)>;

    /// Takes the decision now; `changed` hears of every step (an empty error when it went well).
    /// Returns nullptr, with the store's message in `error`, when the decision failed.
    static AcronymOfferCommand *perform(
        SessionProvider session, const AcronymOffer &offer, Decision decision, Listener changed, QString *error);
    ~AcronymOfferCommand() override;

    void undo() override;
    void redo() override;

    [[nodiscard]] Decision decision() const { return m_decision; }
    [[nodiscard]] const AcronymOffer &offer() const { return m_offer; }
    [[nodiscard]] qint64 aliasId() const { return m_aliasId; }

private:
    AcronymOfferCommand(SessionProvider session, const AcronymOffer &offer, Decision decision, Listener changed);
    [[nodiscard]] Status apply();
    [[nodiscard]] Status revert();

    SessionProvider m_session;
    AcronymOffer m_offer;
    Decision m_decision;
    Listener m_changed;
    qint64 m_aliasId = 0; ///< the alias an acceptance stored
    qint64 m_createdActorId = 0; ///< the organisation an acceptance created, 0 when none
    bool m_done = true; ///< the first redo() (from QUndoStack::push) finds the decision taken
};

} // namespace Dateline
