// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableView;

namespace Dateline
{

class ActorNamesModel;
class ActorQuotesModel;
class ActorStore;

/**
 * The actor page: every quotation by one actor across the library (newest story first, loaded
 * page by page) and the framing table, the names each outlet uses for the actor ("Taliban" in one,
 * "Imarah Islam Afghanistan" in another). Double-clicking a quotation asks to open its story there.
 */
class ActorPage : public QDialog
{
    Q_OBJECT

public:
    ActorPage(QSqlDatabase db, ActorStore *actors, QWidget *parent = nullptr);
    ~ActorPage() override;

    void setActor(qint64 actorId);
    [[nodiscard]] qint64 actorId() const { return m_actorId; }
    /// Reads the quotations and names again (after a decision or a re-analysis).
    void reload();

    [[nodiscard]] ActorQuotesModel *quotesModel() const { return m_quotesModel; }
    [[nodiscard]] ActorNamesModel *namesModel() const { return m_namesModel; }

Q_SIGNALS:
    void openQuoteRequested(qint64 articleId, qsizetype start, qsizetype end);

private:
    ActorStore *m_actors = nullptr;
    qint64 m_actorId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QTableView *m_quotes = nullptr;
    QTableView *m_names = nullptr;
    ActorQuotesModel *m_quotesModel = nullptr;
    ActorNamesModel *m_namesModel = nullptr;
};

} // namespace Dateline
