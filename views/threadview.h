// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;

namespace Dateline
{

class ReaderTheme;
class ThreadGraph;
class ThreadModel;

/**
 * One thread of claims: the time line (earliest first appearance at the top, with outlet, date,
 * relations and conflicting figures) beside its graph. Double-clicking a claim of the time line or
 * clicking its node asks to open the story at the claim.
 */
class ThreadView : public QWidget
{
    Q_OBJECT

public:
    /// `theme` colours the graph; it may be null (then the repository's default theme is used).
    ThreadView(QSqlDatabase db, ReaderTheme *theme, QWidget *parent = nullptr);
    ~ThreadView() override;

    /// Shows the thread of the claim; false (with the message shown) when it cannot be read.
    bool showClaim(qint64 claimId);
    /// Reads the shown thread again (after a link or a claim changed).
    void reload();
    [[nodiscard]] qint64 claimId() const { return m_claimId; }

    [[nodiscard]] ThreadModel *model() const { return m_model; }
    [[nodiscard]] ThreadGraph *graph() const { return m_graph; }

Q_SIGNALS:
    void openClaimRequested(qint64 articleId, qsizetype start, qsizetype end);

private:
    void openClaim(qint64 claimId);
    void redrawGraph();

    QSqlDatabase m_db;
    ReaderTheme *m_theme = nullptr;
    qint64 m_claimId = 0;
    QLabel *m_summary = nullptr;
    QTableView *m_timeline = nullptr;
    ThreadModel *m_model = nullptr;
    ThreadGraph *m_graph = nullptr;
};

} // namespace Dateline
