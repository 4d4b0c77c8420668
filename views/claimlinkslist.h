// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "views/linkclaimscommand.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;
class QUndoStack;

namespace Dateline
{

/**
 * The links of one claim, from both ends, each read from this claim: "contradicted by “137 people
 * died…” (Reuters, 3/5/25)". Remove (the button or Delete) goes through the undo stack as a
 * LinkClaimsCommand; "Link…" opens the LinkDialog for the claim. The list reloads itself whenever
 * the undo stack moves, so an undo made anywhere in the window shows here at once. A double click
 * asks for the other claim to be opened (claimActivated).
 *
 * For the annotation dock or the claim editor: construct it with the library's connection and
 * the window's undo stack, then setClaim() when the current claim changes.
 */
class ClaimLinksList : public QWidget
{
    Q_OBJECT

public:
    ClaimLinksList(QSqlDatabase db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ClaimLinksList() override;

    /// Shows the links of `claimId` (0: none).
    void setClaim(qint64 claimId);
    [[nodiscard]] qint64 claimId() const { return m_claimId; }
    void reload();

    [[nodiscard]] int count() const;
    /// The words of a row as shown ("contradicted by “…” (Reuters, 3/5/25)").
    [[nodiscard]] QString rowText(int row) const;
    [[nodiscard]] ClaimLink linkAt(int row) const;
    /// The claim at the other end of a row's link.
    [[nodiscard]] qint64 otherClaimAt(int row) const;
    void setErrorHandler(LinkClaimsCommand::ErrorHandler handler);

    /// Removes the selected link (undoable); false with a message when it cannot.
    bool removeSelected();
    /// Opens the link dialog for the claim; true when a link was made.
    bool openLinkDialog();

Q_SIGNALS:
    /// The person asked to see the other claim of a link (double click or Return).
    void claimActivated(qint64 claimId);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QSqlDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_claimId = 0;
    QList<ClaimLink> m_links;
    QList<qint64> m_others;
    LinkClaimsCommand::ErrorHandler m_onError;

    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QToolButton *m_link = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace Dateline
