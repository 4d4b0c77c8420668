// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "storage/tagstore.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
struct Node {
    Tag tag;
    int parent = -1; ///< index into the node list, -1 at the top level
    int row = 0; ///< among its siblings
    QList<int> children;
    qsizetype total = 0;
};
} // namespace

class TagTreeModel::Private
{
public:
    explicit Private(QSqlDatabase db)
        : store(std::move(db))
    {
    }

    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const
    {
        return parent.isValid() ? nodes.at(int(parent.internalId())).children : top;
    }

    [[nodiscard]] QString pathOf(int node) const
    {
        QStringList parts;
        for (int at = node; at >= 0; at = nodes.at(at).parent) {
            parts.prepend(nodes.at(at).tag.name);
        }
        return parts.join(u'/');
    }

    TagStore store;
    QList<Node> nodes;
    QList<int> top;
    QHash<qint64, int> byId;
    QString lastError;
};

TagTreeModel::TagTreeModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent)
    , d(std::make_unique<Private>(std::move(db)))
{
    reload();
}

TagTreeModel::~TagTreeModel() = default;

void TagTreeModel::reload()
{
    beginResetModel();
    d->nodes.clear();
    d->top.clear();
    d->byId.clear();
    d->lastError.clear();
    const auto tags = d->store.tags();
    if (!tags.ok()) {
        d->lastError = tags.error();
    } else {
        d->nodes.reserve(tags.value().size());
        for (const Tag &tag : tags.value()) {
            Node node;
            node.tag = tag;
            node.total = tag.claimCount;
            const int index = int(d->nodes.size());
            // Parents come before children; a tag whose parent is unknown shows at the top.
            const auto parentIt = d->byId.constFind(tag.parentId);
            QList<int> &siblings = parentIt != d->byId.cend() ? d->nodes[*parentIt].children : d->top;
            node.parent = parentIt != d->byId.cend() ? *parentIt : -1;
            node.row = int(siblings.size());
            siblings << index;
            d->nodes << node;
            d->byId.insert(tag.id, index);
        }
        // Only a parent needs the store for its total: a claim may carry a parent and a child.
        for (Node &node : d->nodes) {
            if (!node.children.isEmpty()) {
                const auto total = d->store.claimCountWithDescendants(node.tag.id);
                node.total = total.ok() ? total.value() : node.tag.claimCount;
            }
        }
    }
    endResetModel();
    if (!d->lastError.isEmpty()) {
        Q_EMIT errorOccurred(d->lastError);
    }
}

QString TagTreeModel::lastError() const
{
    return d->lastError;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn)) {
        return {};
    }
    const QList<int> &children = d->childrenOf(parent);
    if (row < 0 || row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = d->nodes.at(int(child.internalId())).parent;
    if (parent < 0) {
        return {};
    }
    return createIndex(d->nodes.at(parent).row, NameColumn, quintptr(parent));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn) {
        return 0;
    }
    return int(d->childrenOf(parent).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int at = int(index.internalId());
    const Node &node = d->nodes.at(at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn) {
            return node.tag.name;
        }
        if (role == Qt::DisplayRole && node.total != node.tag.claimCount) {
            //: Claims carrying the tag itself, then with its sub-tags.
            return tr("%1 (%2)").arg(node.tag.claimCount).arg(node.total);
        }
        return qlonglong(node.tag.claimCount);
    case Qt::ToolTipRole:
        return node.children.isEmpty() ? tr("%n claim(s)", nullptr, int(node.tag.claimCount))
                                       : tr("%n claim(s) with this tag, %1 with its sub-tags", nullptr,
                                             int(node.tag.claimCount))
                                             .arg(node.total);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TagIdRole:
        return node.tag.id;
    case ParentIdRole:
        return node.tag.parentId;
    case ColourRole:
        return node.tag.colour;
    case PathRole:
        return d->pathOf(at);
    case CountRole:
        return qlonglong(node.tag.claimCount);
    case TotalCountRole:
        return qlonglong(node.total);
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() != NameColumn) {
        return false;
    }
    const Tag &tag = d->nodes.at(int(index.internalId())).tag;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == tag.name) {
        return false;
    }
    // The view makes it an undoable step and reloads; until then the old name stays.
    Q_EMIT renameRequested(tag.id, name);
    return false;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case CountColumn:
        return tr("Claims");
    default:
        return {};
    }
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // the top level takes tags
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(ParentIdRole, "parentId");
    names.insert(ColourRole, "colour");
    names.insert(PathRole, "path");
    names.insert(CountRole, "count");
    names.insert(TotalCountRole, "totalCount");
    return names;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(TagIdRole).toLongLong();
        if (index.isValid() && !ids.contains(id)) {
            ids << id;
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    const auto mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    return mime;
}

namespace
{
QList<qint64> droppedIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(TagTreeModel::MimeType))) {
        return ids;
    }
    QDataStream stream(data->data(QString::fromLatin1(TagTreeModel::MimeType)));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}
} // namespace

bool TagTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction) {
        return false;
    }
    const QList<qint64> ids = droppedIds(data);
    if (ids.isEmpty()) {
        return false;
    }
    const qint64 target = parent.isValid() ? parent.data(TagIdRole).toLongLong() : 0;
    // Never under itself or its own descendants.
    return std::none_of(ids.cbegin(), ids.cend(), [this, target](qint64 id) { return isWithin(target, id); });
}

bool TagTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const qint64 target = parent.isValid() ? parent.data(TagIdRole).toLongLong() : 0;
    for (const qint64 id : droppedIds(data)) {
        if (tag(id).parentId != target) {
            Q_EMIT moveRequested(id, target);
        }
    }
    // False: the view must not remove the dragged rows; reload() shows the move once made.
    return false;
}

QList<Tag> TagTreeModel::tags() const
{
    QList<Tag> tags;
    tags.reserve(d->nodes.size());
    for (const Node &node : std::as_const(d->nodes)) {
        tags << node.tag;
    }
    return tags;
}

QModelIndex TagTreeModel::indexOfTag(qint64 tagId, int column) const
{
    const auto it = d->byId.constFind(tagId);
    if (it == d->byId.cend()) {
        return {};
    }
    return createIndex(d->nodes.at(*it).row, column, quintptr(*it));
}

Tag TagTreeModel::tag(qint64 tagId) const
{
    const auto it = d->byId.constFind(tagId);
    return it == d->byId.cend() ? Tag() : d->nodes.at(*it).tag;
}

QString TagTreeModel::path(qint64 tagId) const
{
    const auto it = d->byId.constFind(tagId);
    return it == d->byId.cend() ? QString() : d->pathOf(*it);
}

qint64 TagTreeModel::tagIdOfPath(const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return 0;
    }
    const QList<int> *level = &d->top;
    qint64 found = 0;
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        const auto it = std::find_if(level->cbegin(), level->cend(),
            [this, &name](int node) { return d->nodes.at(node).tag.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == level->cend()) {
            return 0;
        }
        found = d->nodes.at(*it).tag.id;
        level = &d->nodes.at(*it).children;
    }
    return found;
}

bool TagTreeModel::isWithin(qint64 tagId, qint64 ancestorId) const
{
    if (ancestorId == 0 || tagId == 0) {
        return false;
    }
    for (auto it = d->byId.constFind(tagId); it != d->byId.cend();) {
        const Node &node = d->nodes.at(*it);
        if (node.tag.id == ancestorId) {
            return true;
        }
        if (node.parent < 0) {
            break;
        }
        it = d->byId.constFind(d->nodes.at(node.parent).tag.id);
    }
    return false;
}

qsizetype TagTreeModel::totalCount(qint64 tagId) const
{
    const auto it = d->byId.constFind(tagId);
    return it == d->byId.cend() ? 0 : d->nodes.at(*it).total;
}

} // namespace Dateline
