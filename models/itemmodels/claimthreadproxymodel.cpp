// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimthreadproxymodel.h"

#include "claimboardmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

ClaimThreadProxyModel::ClaimThreadProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

ClaimThreadProxyModel::~ClaimThreadProxyModel() = default;

void ClaimThreadProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_board = qobject_cast<ClaimBoardModel *>(source);
    QAbstractProxyModel::setSourceModel(m_board);
    if (m_board) {
        m_connections << connect(m_board, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); })
                      << connect(m_board, &QAbstractItemModel::modelReset, this, [this] {
                             rebuild();
                             endResetModel();
                         })
                      // The board never reorders rows in place; a layout change would come with a
                      // different grouping, so it is a reset here.
                      << connect(m_board, &QAbstractItemModel::layoutAboutToBeChanged, this,
                             [this] { beginResetModel(); })
                      << connect(m_board, &QAbstractItemModel::layoutChanged, this,
                             [this] {
                                 rebuild();
                                 endResetModel();
                             })
                      << connect(m_board, &QAbstractItemModel::rowsInserted, this,
                             [this](const QModelIndex &parent, int first, int last) {
                                 if (!parent.isValid()) {
                                     appendSourceRows(first, last);
                                 }
                             })
                      << connect(m_board, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             [this] { beginResetModel(); })
                      << connect(m_board, &QAbstractItemModel::rowsRemoved, this,
                             [this] {
                                 rebuild();
                                 endResetModel();
                             })
                      << connect(m_board, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                                 for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                                     const QModelIndex left = mapFromSource(topLeft.siblingAtRow(row));
                                     const QModelIndex right = mapFromSource(bottomRight.siblingAtRow(row));
                                     if (left.isValid() && right.isValid()) {
                                         Q_EMIT dataChanged(left, right, roles);
                                     }
                                 }
                             });
    }
    rebuild();
    endResetModel();
}

QModelIndex ClaimThreadProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    // A claim row carries its run's position + 1; 0 marks a thread row.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClaimThreadProxyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

QModelIndex ClaimThreadProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    // The default goes through the source, where a thread row has no counterpart.
    return index.isValid() ? this->index(row, column, index.parent()) : QModelIndex();
}

QModelIndex ClaimThreadProxyModel::buddy(const QModelIndex &index) const
{
    return index;
}

int ClaimThreadProxyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_runs.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return m_runs.at(parent.row()).count;
}

int ClaimThreadProxyModel::columnCount(const QModelIndex &parent) const
{
    if (!m_board || (parent.isValid() && parent.internalId() != 0)) {
        return 0;
    }
    return ClaimBoardModel::ColumnCount;
}

bool ClaimThreadProxyModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ClaimThreadProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_board) {
        return {};
    }
    if (index.internalId() != 0) {
        return m_board->data(mapToSource(index), role);
    }
    const Run &run = m_runs.at(index.row());
    if (role == ClaimBoardModel::ThreadIdRole) {
        return run.threadId;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ClaimBoardModel::TextColumn:
        return tr("Thread of %n claim(s)", nullptr, m_board->threadSize(run.threadId));
    case ClaimBoardModel::LinksColumn:
        return run.count;
    default:
        return {};
    }
}

QVariant ClaimThreadProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The default maps a section through row 0, a thread row that has no source.
    return m_board && orientation == Qt::Horizontal ? m_board->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags ClaimThreadProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (index.internalId() == 0 ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}

QModelIndex ClaimThreadProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_board || proxyIndex.internalId() == 0) {
        return {};
    }
    const Run &run = m_runs.at(qsizetype(proxyIndex.internalId() - 1));
    return m_board->index(run.first + proxyIndex.row(), proxyIndex.column());
}

QModelIndex ClaimThreadProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_board) {
        return {};
    }
    const int run = runOfSourceRow(sourceIndex.row());
    if (run < 0) {
        return {};
    }
    return createIndex(sourceIndex.row() - m_runs.at(run).first, sourceIndex.column(), quintptr(run + 1));
}

bool ClaimThreadProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_board && m_board->canFetchMore({});
}

void ClaimThreadProxyModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        m_board->fetchMore({});
    }
}

qint64 ClaimThreadProxyModel::threadIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return 0;
    }
    const qsizetype run = index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1);
    return run < m_runs.size() ? m_runs.at(run).threadId : 0;
}

void ClaimThreadProxyModel::rebuild()
{
    m_runs.clear();
    if (!m_board) {
        return;
    }
    const int rows = m_board->rowCount();
    for (int row = 0; row < rows; ++row) {
        const qint64 thread = sourceThread(row);
        if (m_runs.isEmpty() || m_runs.last().threadId != thread) {
            m_runs.append({ thread, row, 0 });
        }
        ++m_runs.last().count;
    }
}

void ClaimThreadProxyModel::appendSourceRows(int first, int last)
{
    int row = first;
    // The page may continue the last thread.
    if (!m_runs.isEmpty() && m_runs.last().first + m_runs.last().count == first
        && sourceThread(first) == m_runs.last().threadId) {
        const qint64 thread = m_runs.last().threadId;
        int end = first;
        while (end < last && sourceThread(end + 1) == thread) {
            ++end;
        }
        const int count = m_runs.last().count;
        beginInsertRows(index(int(m_runs.size()) - 1, 0), count, count + end - first);
        m_runs.last().count += end - first + 1;
        endInsertRows();
        row = end + 1;
    }
    if (row > last) {
        return;
    }
    QList<Run> added;
    for (; row <= last; ++row) {
        const qint64 thread = sourceThread(row);
        if (added.isEmpty() || added.last().threadId != thread) {
            added.append({ thread, row, 0 });
        }
        ++added.last().count;
    }
    const int at = int(m_runs.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_runs.append(added);
    endInsertRows();
}

qint64 ClaimThreadProxyModel::sourceThread(int sourceRow) const
{
    return m_board->index(sourceRow, 0).data(ClaimBoardModel::ThreadIdRole).toLongLong();
}

int ClaimThreadProxyModel::runOfSourceRow(int sourceRow) const
{
    // Runs are in source order: the last run that starts at or before the row.
    const auto it = std::upper_bound(
        m_runs.cbegin(), m_runs.cend(), sourceRow, [](int row, const Run &run) { return row < run.first; });
    if (it == m_runs.cbegin()) {
        return -1;
    }
    const int run = int(it - m_runs.cbegin()) - 1;
    return sourceRow < m_runs.at(run).first + m_runs.at(run).count ? run : -1;
}

} // namespace Dateline
