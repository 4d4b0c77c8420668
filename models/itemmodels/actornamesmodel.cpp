// SPDX-License-Identifier: GPL-3.0-or-later
#include "actornamesmodel.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

struct OutletRow {
    qint64 outletId = 0;
    QString outlet;
    int total = 0;
};

} // namespace

class ActorNamesModel::Private
{
public:
    QSqlDatabase db;
    qint64 actorId = 0;
    QList<OutletName> cells;
    QList<OutletRow> rows;
    QStringList names; ///< as shown, one per case-folded form
    QStringList foldedNames;
    QHash<std::pair<qint64, QString>, int> counts; ///< (outlet, folded name) -> count
    QString lastError;

    void build()
    {
        rows.clear();
        names.clear();
        foldedNames.clear();
        counts.clear();
        // A name's column header is its spelling with the most uses across outlets.
        QHash<QString, int> totalOfName;
        QHash<QString, std::pair<QString, int>> spelling;
        QHash<qint64, qsizetype> rowOf;
        for (const OutletName &cell : std::as_const(cells)) {
            const QString folded = cell.text.toCaseFolded();
            totalOfName[folded] += cell.count;
            auto &best = spelling[folded];
            if (cell.count > best.second) {
                best = { cell.text, cell.count };
            }
            counts[{ cell.outletId, folded }] += cell.count;
            auto row = rowOf.constFind(cell.outletId);
            if (row == rowOf.cend()) {
                row = rowOf.insert(cell.outletId, rows.size());
                rows.append({ cell.outletId, cell.outlet, 0 });
            }
            rows[row.value()].total += cell.count;
        }
        foldedNames = totalOfName.keys();
        std::sort(foldedNames.begin(), foldedNames.end(), [&](const QString &a, const QString &b) {
            const int ca = totalOfName.value(a);
            const int cb = totalOfName.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        for (const QString &folded : std::as_const(foldedNames)) {
            names.append(spelling.value(folded).first);
        }
    }
};

ActorNamesModel::ActorNamesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

ActorNamesModel::~ActorNamesModel() = default;

int ActorNamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ActorNamesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->names.size()) + 1;
}

QVariant ActorNamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OutletRow &row = d->rows.at(index.row());
    if (index.column() == OutletColumn) {
        switch (role) {
        case Qt::DisplayRole:
            //: The row of the framing table for stories that have no outlet
            return row.outletId == 0 && row.outlet.isEmpty() ? tr("(no outlet)") : row.outlet;
        case OutletIdRole:
            return row.outletId;
        case CountRole:
            return row.total;
        default:
            return {};
        }
    }
    const qsizetype nameIndex = index.column() - 1;
    const int count = d->counts.value({ row.outletId, d->foldedNames.at(nameIndex) });
    switch (role) {
    case Qt::DisplayRole:
        return count == 0 ? QVariant() : QVariant(count);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case OutletIdRole:
        return row.outletId;
    case CountRole:
        return count;
    case NameRole:
        return d->names.at(nameIndex);
    default:
        return {};
    }
}

QVariant ActorNamesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > d->names.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return section == OutletColumn ? tr("Outlet") : d->names.at(section - 1);
    }
    if (role == NameRole && section != OutletColumn) {
        return d->names.at(section - 1);
    }
    return {};
}

void ActorNamesModel::setActor(qint64 actorId)
{
    d->actorId = actorId;
    reload();
}

qint64 ActorNamesModel::actorId() const
{
    return d->actorId;
}

void ActorNamesModel::reload()
{
    QList<OutletName> cells;
    QString error;
    if (d->actorId != 0) {
        auto read = ActorReport(d->db).namesByOutlet(d->actorId);
        if (read) {
            cells = std::move(read).value();
        } else {
            error = read.error();
        }
    }
    beginResetModel();
    d->cells = std::move(cells);
    d->lastError = error;
    d->build();
    endResetModel();
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
    }
}

QStringList ActorNamesModel::names() const
{
    return d->names;
}

QList<OutletName> ActorNamesModel::cells() const
{
    return d->cells;
}

QString ActorNamesModel::lastError() const
{
    return d->lastError;
}

} // namespace Dateline
