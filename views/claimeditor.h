// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimcontroller.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace Dateline
{

/**
 * Edits one claim: who claims it (the actor chooser), how it checks out, its tags and its note.
 *
 * Tags are picked from the tag tree (double-click, or Return on a tag) or typed in the tag box
 * with completion over the tags' paths; a name that no tag has becomes a new tag ("Casualties/
 * Death toll" nests it), created with the claim in the same undo step. Return in the tag box adds
 * the typed tag, and accepts the dialog when the box is empty, so that a claim can be tagged and
 * saved without the mouse. The note is Markdown, with a Preview tab.
 *
 * The dialog changes nothing itself: the caller reads fields() and tagChoices() when it is accepted.
 */
class ClaimEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ClaimEditor(ClaimController *controller, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    /// The claimed words, shown at the top.
    void setPassage(const QString &text);
    /// Fills the editor (tags from fields.tagIds).
    void setFields(const ClaimFields &fields);
    /// Claimant, status and note; tagIds holds the existing tags chosen (typed new ones are not).
    [[nodiscard]] ClaimFields fields() const;
    /// The tags chosen, in order, typed new ones with their path.
    [[nodiscard]] QList<ClaimController::TagChoice> tagChoices() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseClaimant();
    void setClaimant(qint64 actorId);
    void addTag(const ClaimController::TagChoice &choice);
    void addTypedTag();
    void removeChosenTag();
    void updatePreview();

    ClaimController *m_controller = nullptr;
    qint64 m_claimantId = 0;
    QLabel *m_passage = nullptr;
    QLabel *m_claimant = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_tagTree = nullptr;
    QLineEdit *m_tagInput = nullptr;
    QListWidget *m_chosenTags = nullptr;
    QTabWidget *m_noteTabs = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace Dateline
