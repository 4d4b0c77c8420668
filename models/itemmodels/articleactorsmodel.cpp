// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleactorsmodel.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

class ArticleActorsModel::Private
{
public:
    QSqlDatabase db;
    qint64 articleId = 0;
    QList<ActorInArticle> rows;
    QString lastError;
};

ArticleActorsModel::ArticleActorsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

ArticleActorsModel::~ArticleActorsModel() = default;

int ArticleActorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ArticleActorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleActorsModel::kindLabel(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::State:
        return tr("State");
    case Actor::Kind::Person:
        return tr("Person");
    case Actor::Kind::Organisation:
        return tr("Organisation");
    case Actor::Kind::ArmedGroup:
        return tr("Armed group");
    case Actor::Kind::NewsAgency:
        return tr("News agency");
    case Actor::Kind::Outlet:
        return tr("Outlet");
    case Actor::Kind::City:
        return tr("Place"); // a city, a region, a street: any place a story names
    case Actor::Kind::Other:
        return tr("Other");
    }
    return tr("Other");
}

QVariant ArticleActorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActorInArticle &row = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.actor.name;
        case KindColumn:
            return kindLabel(row.actor.kind);
        case MentionsColumn:
            return row.mentions;
        case QuotesColumn:
            return row.quotes;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.forms.isEmpty()) {
            return row.actor.description.isEmpty() ? QVariant() : QVariant(row.actor.description);
        }
        //: The forms a story uses for an actor, e.g. "In this story: Taliban, IIA"
        return tr("In this story: %1").arg(row.forms.join(u", "_s));
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == QuotesColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case ActorIdRole:
        return row.actor.id;
    case ActorKeyRole:
        return row.actor.key;
    case KindRole:
        return actorKindName(row.actor.kind);
    case MentionCountRole:
        return row.mentions;
    case QuoteCountRole:
        return row.quotes;
    case FormsRole:
        return row.forms;
    default:
        return {};
    }
}

QVariant ArticleActorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Actor");
    case KindColumn:
        return tr("Kind");
    case MentionsColumn:
        //: Column header: how often a story names an actor
        return tr("Mentions");
    case QuotesColumn:
        //: Column header: how many quotations an actor speaks or relays in a story
        return tr("Quotations");
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleActorsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ActorIdRole, "actorId");
    names.insert(ActorKeyRole, "actorKey");
    names.insert(KindRole, "kind");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(QuoteCountRole, "quoteCount");
    names.insert(FormsRole, "forms");
    return names;
}

void ArticleActorsModel::setArticle(qint64 articleId)
{
    d->articleId = articleId;
    reload();
}

qint64 ArticleActorsModel::articleId() const
{
    return d->articleId;
}

void ArticleActorsModel::reload()
{
    QList<ActorInArticle> rows;
    QString error;
    if (d->articleId != 0) {
        auto read = ActorStore(d->db).actorsOfArticle(d->articleId);
        if (read) {
            rows = std::move(read).value();
        } else {
            error = read.error();
        }
    }
    beginResetModel();
    d->rows = std::move(rows);
    d->lastError = error;
    endResetModel();
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
    }
}

ActorInArticle ArticleActorsModel::actorAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : ActorInArticle();
}

int ArticleActorsModel::rowOfActor(qint64 actorId) const
{
    for (qsizetype i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).actor.id == actorId) {
            return int(i);
        }
    }
    return -1;
}

QString ArticleActorsModel::lastError() const
{
    return d->lastError;
}

} // namespace Dateline
