// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acronymoffercommand.h"

#include <QDockWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace Dateline
{

class AnnotationController;

/**
 * The acronyms stories defined ("Islamic State Khurasan Province (ISKP)") that wait for the
 * reader: accept one and it becomes an alias of its actor for every later analysis, dismiss it
 * and it is not offered again. A dock of its own (View menu, Ctrl+Shift+Y), tabbed with the
 * annotation dock; Return accepts and Delete dismisses the chosen rows, both from the keyboard
 * and the context menu, each decision one step on the window's undo stack.
 *
 * It lists the offers of the whole library, or of the story in the reader only. It reads them
 * again when it is shown, when the undo stack moves (which also tells of a library switch) and
 * when refresh() is called (after an import or a re-analysis).
 */
class AcronymOffersPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { AcronymColumn, ExpansionColumn, ActorColumn, ColumnCount };

    AcronymOffersPanel(AcronymOfferCommand::SessionProvider session, AnnotationController *annotations,
        QUndoStack *undoStack, QWidget *parent = nullptr);
    ~AcronymOffersPanel() override;

    /// Reads the waiting offers again, keeping the chosen row where it can.
    void refresh();
    /// The offers listed now, in order.
    [[nodiscard]] const QList<AcronymOffer> &offers() const { return m_offers; }

    [[nodiscard]] QAction *acceptAction() const { return m_accept; }
    [[nodiscard]] QAction *dismissAction() const { return m_dismiss; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void decide(AcronymOfferCommand::Decision decision);
    void updateActions();
    [[nodiscard]] QString actorName(qint64 actorId) const;

    AcronymOfferCommand::SessionProvider m_session;
    AnnotationController *m_annotations = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_thisStory = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_dismiss = nullptr;
    QList<AcronymOffer> m_offers;
};

} // namespace Dateline
