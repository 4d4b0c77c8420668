// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/claimboardquery.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Dateline
{

class ClaimBoardModel;
class ClaimThreadProxyModel;
class MainWindow;
class ThreadView;

/**
 * The claim board: a window over every claim of the library (ClaimBoardModel), filtered by tag,
 * actor, outlet, status, the stories' dates and free text, flat or grouped by thread.
 * Double-clicking a claim opens its story in the main window at the claim; "Show Thread" opens the
 * thread view of the current claim; "Tag Selected…" tags the selected claims in one undoable step
 * (through the window's ClaimController).
 *
 * It belongs to the main window, which creates it once: the board adds its "Claim Board" and
 * "Show Thread" actions to the window and its Annotations menu, reads the window's library when
 * shown, and lets go of it in detach() before the window closes that library.
 */
class ClaimBoard : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimBoard(MainWindow *window);
    ~ClaimBoard() override;

    /// Shows and raises the board, reading the library the window has open.
    void showBoard();
    /// Shows the thread of the board's current claim (or of `claimId` when given).
    void showThread(qint64 claimId = 0);
    /// Drops the models and the thread view: the window is about to close the library.
    void detach();

    [[nodiscard]] ClaimBoardModel *model() const { return m_model; }
    [[nodiscard]] ClaimThreadProxyModel *threadProxy() const { return m_proxy; }
    [[nodiscard]] ThreadView *threadView() const { return m_threadView; }
    [[nodiscard]] QAction *boardAction() const { return m_boardAction; }
    [[nodiscard]] QAction *showThreadAction() const { return m_showThreadAction; }
    [[nodiscard]] QAction *groupAction() const { return m_groupAction; }
    [[nodiscard]] QAction *tagSelectedAction() const { return m_tagSelectedAction; }
    /// The claim of the current row, 0 when none (or a thread row is current).
    [[nodiscard]] qint64 currentClaimId() const;
    [[nodiscard]] QList<qint64> selectedClaimIds() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildWidgets();
    bool ensureModels();
    void fillFilterChoices();
    void findActors();
    void applyFilter();
    void setGrouped(bool grouped);
    void openIndex(const QModelIndex &index);
    void tagSelected();
    void updateStatus();
    [[nodiscard]] ClaimBoardFilter filterFromWidgets() const;

    MainWindow *m_window = nullptr;
    ClaimBoardModel *m_model = nullptr;
    ClaimThreadProxyModel *m_proxy = nullptr;
    ThreadView *m_threadView = nullptr;
    bool m_stale = false;

    QAction *m_boardAction = nullptr;
    QAction *m_showThreadAction = nullptr;
    QAction *m_groupAction = nullptr;
    QAction *m_tagSelectedAction = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_outlet = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_typing = nullptr;
    QTreeView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Dateline
