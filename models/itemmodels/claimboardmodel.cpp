// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimboardmodel.h"

#include "storage/claimthreads.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

std::optional<ClaimSortColumn> sortColumnOf(int column)
{
    switch (column) {
    case ClaimBoardModel::DateColumn:
        return ClaimSortColumn::Published;
    case ClaimBoardModel::OutletColumn:
        return ClaimSortColumn::Outlet;
    case ClaimBoardModel::StatusColumn:
        return ClaimSortColumn::Status;
    default:
        return std::nullopt;
    }
}

} // namespace

ClaimBoardModel::ClaimBoardModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db)
    , m_db(std::move(db))
{
}

ClaimBoardModel::~ClaimBoardModel() = default;

int ClaimBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Claim &claim = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TextColumn:
            return claim.anchor.exact;
        case ClaimantColumn:
            return claim.claimant.name;
        case OutletColumn:
            return claim.outlet;
        case DateColumn:
            if (role == Qt::EditRole) {
                return claim.published;
            }
            return claim.published.isValid() ? QLocale().toString(claim.published, QLocale::ShortFormat) : QString();
        case StatusColumn:
            return ClaimNames::statusLabel(claim.status);
        case TagsColumn:
            return ClaimNames::tagList(claim);
        case LinksColumn:
            return claim.linkCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return ClaimNames::textInStory(claim);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LinksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ClaimIdRole:
        return claim.id;
    case ArticleIdRole:
        return claim.articleId;
    case StartRole:
        return qint64(claim.anchor.start);
    case EndRole:
        return qint64(claim.anchor.end);
    case ThreadIdRole:
        if (!m_threadsRead) {
            const_cast<ClaimBoardModel *>(this)->readThreads();
        }
        return m_threadIds.value(claim.id);
    case StatusRole:
        return ClaimNames::statusName(claim.status);
    case TagIdsRole: {
        QList<qint64> ids;
        for (const Tag &tag : claim.tags) {
            ids << tag.id;
        }
        return QVariant::fromValue(ids);
    }
    case AnchoredRole:
        return claim.anchored;
    case PublishedRole:
        return claim.published;
    case TitleRole:
        return claim.articleTitle;
    default:
        return {};
    }
}

QVariant ClaimBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        return tr("Claim");
    case ClaimantColumn:
        return tr("Claimant");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case LinksColumn:
        return tr("Links");
    default:
        return {};
    }
}

bool ClaimBoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void ClaimBoardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Threads are read when the rows are grouped by them, else on the first ask for a thread id:
    // opening the flat board does not wait for a pass over every link.
    if (m_grouped && !m_threadsRead) {
        readThreads();
    }
    auto page = m_query.page(m_cursor, m_pageSize);
    if (!page) {
        // Stop asking: a view would otherwise call fetchMore again at once, forever.
        m_atEnd = true;
        setError(page.error());
        return;
    }
    m_lastError.clear();
    ClaimBoardPage &result = page.value();
    m_cursor = result.next;
    m_atEnd = result.atEnd;
    if (result.rows.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    m_rows.append(std::move(result.rows));
    endInsertRows();
    m_changing = false;
}

bool ClaimBoardModel::isSortable(int column)
{
    return sortColumnOf(column).has_value();
}

void ClaimBoardModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortColumnOf(column);
    m_flatSort = by ? std::make_pair(*by, order) : std::make_pair(ClaimSortColumn::Created, Qt::DescendingOrder);
    if (!m_grouped) {
        reset();
    }
}

void ClaimBoardModel::setFilter(const ClaimBoardFilter &filter)
{
    if (filter == m_query.filter()) {
        return;
    }
    m_query.setFilter(filter);
    reset();
}

void ClaimBoardModel::setGroupedByThread(bool grouped)
{
    if (grouped == m_grouped) {
        return;
    }
    m_grouped = grouped;
    m_threadsRead = false;
    reset();
}

void ClaimBoardModel::reload()
{
    m_threadsRead = false;
    reset();
}

Claim ClaimBoardModel::claimAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Claim();
}

int ClaimBoardModel::rowOfClaim(qint64 claimId) const
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [claimId](const Claim &claim) { return claim.id == claimId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ClaimBoardModel::threadSize(qint64 threadId) const
{
    if (!m_threadsRead) {
        const_cast<ClaimBoardModel *>(this)->readThreads();
    }
    return m_threadSizes.value(threadId);
}

void ClaimBoardModel::reset()
{
    if (m_grouped) {
        m_query.setSort(ClaimSortColumn::Thread, Qt::AscendingOrder);
    } else {
        m_query.setSort(m_flatSort.first, m_flatSort.second);
    }
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_cursor = ClaimCursor();
    m_atEnd = false;
    endResetModel();
    m_changing = false;
}

void ClaimBoardModel::readThreads()
{
    // Read with the first page rather than at every reset: one pass over claim_link.
    m_threadsRead = true;
    m_threadIds.clear();
    m_threadSizes.clear();
    auto threads = ClaimThreads(m_db).threadIds();
    if (!threads) {
        setError(threads.error());
        return;
    }
    m_threadIds = std::move(threads).value();
    for (auto it = m_threadIds.cbegin(); it != m_threadIds.cend(); ++it) {
        ++m_threadSizes[it.value()];
    }
    if (m_grouped) {
        if (Status filled = m_query.setThreads(m_threadIds); !filled) {
            setError(filled.error());
        }
    }
}

void ClaimBoardModel::setError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

} // namespace Dateline
