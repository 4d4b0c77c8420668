// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QList>

namespace Dateline
{

class ClaimBoardModel;

/**
 * The claim board grouped by thread, as a tree: one top-level row per thread, its claims below.
 *
 * The source (a ClaimBoardModel grouped by thread) delivers its rows thread after thread and page
 * after page, so a page either extends the last thread or starts new ones: the proxy keeps a list
 * of runs (thread, first source row, count) and maps rows without ever reading ahead. Fetching
 * more at the top level fetches the source's next page.
 */
class ClaimThreadProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ClaimThreadProxyModel(QObject *parent = nullptr);
    ~ClaimThreadProxyModel() override;

    /// Must be a ClaimBoardModel (thread ids and sizes come from it).
    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex buddy(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The thread id of a top-level row (or of a claim's row), 0 for an invalid index.
    [[nodiscard]] qint64 threadIdAt(const QModelIndex &index) const;

private:
    struct Run {
        qint64 threadId = 0;
        int first = 0; ///< source row
        int count = 0;
    };

    void rebuild();
    void appendSourceRows(int first, int last);
    [[nodiscard]] qint64 sourceThread(int sourceRow) const;
    [[nodiscard]] int runOfSourceRow(int sourceRow) const;

    ClaimBoardModel *m_board = nullptr;
    QList<Run> m_runs;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Dateline
