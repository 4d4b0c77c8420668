// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorquotesmodel.h"

#include "articlequotesmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dateline
{

class ActorQuotesModel::Private
{
public:
    QSqlDatabase db;
    qint64 actorId = 0;
    int pageSize = 200;
    QList<QuoteInArticle> rows;
    QuoteCursor next;
    bool atEnd = true;
    /// From beginResetModel()/beginInsertRows() until the end call returned: a slot of those
    /// signals (a view, QAbstractItemModelTester) may call fetchMore, which must not change the
    /// rows in the middle of a change.
    bool changing = false;
    QString lastError;
};

ActorQuotesModel::ActorQuotesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

ActorQuotesModel::~ActorQuotesModel() = default;

int ActorQuotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ActorQuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorQuotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QuoteInArticle &row = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return row.quote.text;
        case TitleColumn:
            return row.articleTitle;
        case OutletColumn:
            return row.outlet;
        case PublishedColumn:
            return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat) : QString();
        case TypeColumn:
            return ArticleQuotesModel::typeLabel(row.quote.type);
        case ChainColumn:
            return ArticleQuotesModel::chainText(row.quote);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(row.quote.text) : QVariant();
    case QuoteIdRole:
        return row.quote.id;
    case ArticleIdRole:
        return row.quote.articleId;
    case StartRole:
        return qlonglong(row.quote.start);
    case EndRole:
        return qlonglong(row.quote.end);
    case OutletIdRole:
        return row.outletId;
    case PublishedRole:
        return row.published;
    case TypeRole:
        return quoteTypeName(row.quote.type);
    case StateRole:
        return AnnotationStore::stateName(row.quote.state);
    default:
        return {};
    }
}

QVariant ActorQuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        return tr("Quotation");
    case TitleColumn:
        return tr("Story");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case ChainColumn:
        //: Column header: the outlets that relayed a quotation
        return tr("Relayed");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActorQuotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuoteIdRole, "quoteId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(OutletIdRole, "outletId");
    names.insert(PublishedRole, "published");
    names.insert(TypeRole, "type");
    names.insert(StateRole, "state");
    return names;
}

bool ActorQuotesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !d->atEnd && !d->changing;
}

void ActorQuotesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QuoteCursor next;
    auto page = ActorReport(d->db).quotesByActor(d->actorId, d->next, d->pageSize, &next);
    if (!page) {
        // Stop here: asking again would only repeat the error on every scroll.
        d->atEnd = true;
        d->lastError = page.error();
        Q_EMIT errorOccurred(d->lastError);
        return;
    }
    const QList<QuoteInArticle> &rows = page.value();
    d->atEnd = rows.size() < d->pageSize;
    d->next = next;
    if (rows.isEmpty()) {
        return;
    }
    d->changing = true;
    beginInsertRows({}, int(d->rows.size()), int(d->rows.size() + rows.size() - 1));
    d->rows.append(rows);
    endInsertRows();
    d->changing = false;
}

void ActorQuotesModel::setActor(qint64 actorId)
{
    d->actorId = actorId;
    reload();
}

qint64 ActorQuotesModel::actorId() const
{
    return d->actorId;
}

void ActorQuotesModel::reload()
{
    d->changing = true;
    beginResetModel();
    d->rows.clear();
    d->next = QuoteCursor();
    d->atEnd = d->actorId == 0;
    d->lastError.clear();
    endResetModel();
    d->changing = false;
    fetchMore({});
}

void ActorQuotesModel::setPageSize(int rows)
{
    d->pageSize = std::max(1, rows);
}

QuoteInArticle ActorQuotesModel::quoteAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : QuoteInArticle();
}

QString ActorQuotesModel::lastError() const
{
    return d->lastError;
}

} // namespace Dateline
