// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "storage/claimsearch.h"
#include "views/linkclaimscommand.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Dateline
{

class LinkCandidatesModel;

/**
 * Links one claim to a claim or quotation of another story.
 *
 * Before anything is typed the list holds the likeliest matches (ClaimSuggester: shared actors,
 * figures and words), the best one selected, so that Return links it at once. Typing searches
 * every claim and quotation of the library (ClaimSearch), narrowed by tag, actor, outlet and date;
 * Up and Down move in the list while the search field keeps the focus; Return or a double click
 * links the selected row. The relation reads as a sentence from this claim ("contradicts",
 * or "contradicted by" when the direction is reversed), and a note can go with the link.
 *
 * The link is made through LinkClaimsCommand, pushed on the window's undo stack; a quotation
 * becomes a claim first (its speaker as claimant). Open it with the library's connection:
 *
 *     LinkDialog dialog(session.library().database(), undoStack, claimId, window);
 *     if (dialog.exec() == QDialog::Accepted) { ... dialog.createdLink() ... }
 */
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(QSqlDatabase db, QUndoStack *undoStack, qint64 claimId, QWidget *parent = nullptr);
    ~LinkDialog() override;

    /// The link made, id 0 while none was.
    [[nodiscard]] ClaimLink createdLink() const { return m_link; }
    /// The claim at the other end of the link made (a new one when a quotation was chosen), 0 while none.
    [[nodiscard]] qint64 linkedClaimId() const;

    [[nodiscard]] ClaimRelation relation() const;
    void setRelation(ClaimRelation relation);
    /// True (the default) when the link goes from this claim to the chosen one.
    [[nodiscard]] bool fromClaim() const;
    void setFromClaim(bool fromClaim);
    /// Who hears about failures of a later undo or redo; by default a message box over the window.
    void setErrorHandler(LinkClaimsCommand::ErrorHandler handler);

    /// Makes the link to the selected candidate and closes the dialog; stays open with the reason
    /// when nothing is selected or the link cannot be made.
    void accept() override;

Q_SIGNALS:
    void linked(const Dateline::ClaimLink &link);

private:
    void buildFilters();
    void fillRelations();
    void updateSentence();
    void refresh();
    void chooseActor();
    [[nodiscard]] ClaimSearchFilter filter() const;
    void showStatus(const QString &message);

    QSqlDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    Claim m_claim;
    ClaimLink m_link;
    qint64 m_linkedClaimId = 0;
    QList<LinkCandidate> m_suggestions;
    LinkClaimsCommand::ErrorHandler m_onError;

    LinkCandidatesModel *m_model = nullptr;
    QLabel *m_claimLabel = nullptr;
    QComboBox *m_relation = nullptr;
    QToolButton *m_direction = nullptr;
    QLabel *m_sentence = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_outlet = nullptr;
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_listLabel = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_linkButton = nullptr;
    QTimer *m_searchTimer = nullptr;
    int m_otherActorIndex = -1;
};

} // namespace Dateline
