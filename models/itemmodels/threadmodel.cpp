// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmodel.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dateline
{

ThreadModel::ThreadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ThreadModel::~ThreadModel() = default;

void ThreadModel::setThread(ClaimThread thread)
{
    beginResetModel();
    m_thread = std::move(thread);
    endResetModel();
}

void ThreadModel::clear()
{
    setThread({});
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_thread.claims.size());
}

int ThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Claim &claim = m_thread.claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return claim.anchor.exact;
        case OutletColumn:
            return claim.outlet;
        case DateColumn:
            return claim.published.isValid() ? QLocale().toString(claim.published, QLocale::ShortFormat) : QString();
        case RelationColumn:
            return relationText(index.row());
        case ConflictColumn:
            return conflictText(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return ClaimNames::textInStory(claim);
        }
        return {};
    case ClaimIdRole:
        return claim.id;
    case ArticleIdRole:
        return claim.articleId;
    case StartRole:
        return qint64(claim.anchor.start);
    case EndRole:
        return qint64(claim.anchor.end);
    case StatusRole:
        return ClaimNames::statusName(claim.status);
    case InConflictRole:
        return !conflictText(index.row()).isEmpty();
    case PublishedRole:
        return claim.published;
    default:
        return {};
    }
}

QVariant ThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return u"#%1"_s.arg(section + 1);
    }
    switch (section) {
    case TextColumn:
        return tr("Claim");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case RelationColumn:
        return tr("Relation");
    case ConflictColumn:
        return tr("Conflict");
    default:
        return {};
    }
}

int ThreadModel::rowOfClaim(qint64 claimId) const
{
    for (qsizetype row = 0; row < m_thread.claims.size(); ++row) {
        if (m_thread.claims.at(row).id == claimId) {
            return int(row);
        }
    }
    return -1;
}

QString ThreadModel::claimLabel(qint64 claimId) const
{
    const int row = rowOfClaim(claimId);
    if (row < 0) {
        return {};
    }
    const QString &outlet = m_thread.claims.at(row).outlet;
    return outlet.isEmpty() ? u"#%1"_s.arg(row + 1) : tr("#%1 (%2)").arg(row + 1).arg(outlet);
}

QString ThreadModel::relationText(int row) const
{
    if (row < 0 || row >= m_thread.claims.size()) {
        return {};
    }
    const qint64 id = m_thread.claims.at(row).id;
    QStringList parts;
    for (const ClaimLink &link : m_thread.links) {
        if (link.fromClaimId == id) {
            parts << tr("%1 %2").arg(ClaimNames::relationPhrase(link.relation, true), claimLabel(link.toClaimId));
        } else if (link.toClaimId == id) {
            parts << tr("%1 %2").arg(ClaimNames::relationPhrase(link.relation, false), claimLabel(link.fromClaimId));
        }
    }
    return parts.join(u"; "_s);
}

QString ThreadModel::conflictText(int row) const
{
    if (row < 0 || row >= m_thread.claims.size()) {
        return {};
    }
    const qint64 id = m_thread.claims.at(row).id;
    QStringList parts;
    for (const FigureConflict &conflict : m_thread.conflicts) {
        if (!conflict.claimIds.contains(id)) {
            continue;
        }
        const QStringList own = conflict.values.value(id);
        QStringList others;
        for (const qint64 other : conflict.claimIds) {
            if (other == id) {
                continue;
            }
            for (const QString &value : conflict.values.value(other)) {
                if (!own.contains(value) && !others.contains(value)) {
                    others << value;
                }
            }
        }
        if (!others.isEmpty()) {
            parts << tr("%1 vs %2").arg(own.isEmpty() ? tr("none") : own.join(u"/"_s), others.join(u", "_s));
        }
    }
    return parts.join(u"; "_s);
}

} // namespace Dateline
