// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"
#include "storage/claimsearch.h"
#include "storage/claimstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Dateline
{

/**
 * Linking two claims, or removing a link, as one step of the window's undo stack.
 *
 * The change is made by link() or unlink() before the command is pushed, so that a failure is
 * reported to the person at once and nothing is pushed; the command's first redo() (from
 * QUndoStack::push) therefore does nothing. Linking to a quotation first creates a claim on the
 * quotation's span (its speaker as claimant), or takes the claim already there; undo removes the
 * link and that new claim, redo puts both back with their ids.
 */
class LinkClaimsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::LinkClaimsCommand)

public:
    /// Called with a readable message when an undo or redo fails (the command cannot return it).
    using ErrorHandler = std::function<void(const QString &message)>;

    /// Links claim `claimId` with `target` by `relation`: from the claim to the target when
    /// `fromClaim`, else from the target to the claim.
    static Result<std::unique_ptr<LinkClaimsCommand>> link(QSqlDatabase db, qint64 claimId, const LinkCandidate &target,
        ClaimRelation relation, bool fromClaim, const QString &note, ErrorHandler onError = {});
    /// Removes link `linkId`.
    static Result<std::unique_ptr<LinkClaimsCommand>> unlink(QSqlDatabase db, qint64 linkId, ErrorHandler onError = {});

    ~LinkClaimsCommand() override;

    void undo() override;
    void redo() override;

    /// The link as made (or as removed), with its id.
    [[nodiscard]] const ClaimLink &claimLink() const { return m_link; }
    /// The claim made on a quotation for this link, 0 when the target was a claim already.
    [[nodiscard]] qint64 createdClaimId() const { return m_createdClaimId; }

private:
    enum class Action { Link, Unlink };
    LinkClaimsCommand(QSqlDatabase db, Action action, const ClaimLink &link, const QString &text, ErrorHandler onError);

    void add();
    void remove();
    void report(const QString &message) const;

    QSqlDatabase m_db;
    Action m_action;
    ClaimLink m_link;
    qint64 m_createdClaimId = 0;
    ClaimSnapshot m_createdClaim; ///< filled by undo, for redo
    ErrorHandler m_onError;
    bool m_done = true; ///< the first redo() (from QUndoStack::push) finds the change made already
};

} // namespace Dateline
