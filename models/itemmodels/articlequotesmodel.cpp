// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlequotesmodel.h"

#include "storage/annotationstore.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

class ArticleQuotesModel::Private
{
public:
    QSqlDatabase db;
    qint64 articleId = 0;
    QList<Quote> rows;
    QString lastError;
};

ArticleQuotesModel::ArticleQuotesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

ArticleQuotesModel::~ArticleQuotesModel() = default;

int ArticleQuotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ArticleQuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleQuotesModel::chainText(const Quote &quote)
{
    QStringList names;
    for (const Actor &actor : quote.via) {
        names.append(actor.name);
    }
    if (names.isEmpty()) {
        return {};
    }
    //: The relay chain of a quotation, nearest the speaker first: "via RIA Novosti, Reuters"
    return tr("via %1").arg(names.join(u", "_s));
}

QString ArticleQuotesModel::typeLabel(Quote::Type type)
{
    switch (type) {
    case Quote::Type::Direct:
        //: Type of a quotation: the speaker's own words in quotation marks
        return tr("Direct");
    case Quote::Type::Partial:
        //: Type of a quotation: a few quoted words inside the writer's sentence
        return tr("Partial");
    case Quote::Type::Indirect:
        //: Type of a quotation: reported speech ("X said that ...")
        return tr("Indirect");
    }
    return tr("Direct");
}

QString ArticleQuotesModel::stateLabel(AnnotationState state)
{
    switch (state) {
    case AnnotationState::Suggested:
        //: State of an annotation found by the analysis and not yet checked by the reader
        return tr("Suggested");
    case AnnotationState::Confirmed:
        return tr("Confirmed");
    case AnnotationState::Rejected:
        return tr("Rejected");
    }
    return tr("Suggested");
}

QVariant ArticleQuotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Quote &quote = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return quote.text;
        case SpeakerColumn:
            //: A quotation whose speaker the analysis could not find
            return quote.speaker.name.isEmpty() ? tr("(unknown)") : quote.speaker.name;
        case CueColumn:
            return quote.cue;
        case ChainColumn:
            return chainText(quote);
        case TypeColumn:
            return typeLabel(quote.type);
        case StateColumn:
            return stateLabel(quote.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return quote.text;
        }
        return {};
    case QuoteIdRole:
        return quote.id;
    case StartRole:
        return qlonglong(quote.start);
    case EndRole:
        return qlonglong(quote.end);
    case CueStartRole:
        return qlonglong(quote.cueStart);
    case CueEndRole:
        return qlonglong(quote.cueEnd);
    case SpeakerIdRole:
        return quote.speaker.id;
    case SpeakerNameRole:
        return quote.speaker.name;
    case ViaRole: {
        QStringList names;
        for (const Actor &actor : quote.via) {
            names.append(actor.name);
        }
        return names;
    }
    case TypeRole:
        return quoteTypeName(quote.type);
    case StateRole:
        return AnnotationStore::stateName(quote.state);
    case OriginRole:
        return AnnotationStore::originName(quote.origin);
    default:
        return {};
    }
}

QVariant ArticleQuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        return tr("Quotation");
    case SpeakerColumn:
        return tr("Speaker");
    case CueColumn:
        //: Column header: the words that name the speaker ("kata Kabulov", "he said")
        return tr("Cue");
    case ChainColumn:
        //: Column header: the outlets that relayed a quotation
        return tr("Relayed");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleQuotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuoteIdRole, "quoteId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(CueStartRole, "cueStart");
    names.insert(CueEndRole, "cueEnd");
    names.insert(SpeakerIdRole, "speakerId");
    names.insert(SpeakerNameRole, "speakerName");
    names.insert(ViaRole, "via");
    names.insert(TypeRole, "type");
    names.insert(StateRole, "state");
    names.insert(OriginRole, "origin");
    return names;
}

void ArticleQuotesModel::setArticle(qint64 articleId)
{
    d->articleId = articleId;
    reload();
}

qint64 ArticleQuotesModel::articleId() const
{
    return d->articleId;
}

void ArticleQuotesModel::reload()
{
    QList<Quote> rows;
    QString error;
    if (d->articleId != 0) {
        auto read = AnnotationStore(d->db).quotes(d->articleId);
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

Quote ArticleQuotesModel::quoteAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : Quote();
}

int ArticleQuotesModel::rowOfQuote(qint64 quoteId) const
{
    for (qsizetype i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).id == quoteId) {
            return int(i);
        }
    }
    return -1;
}

int ArticleQuotesModel::rowAtOffset(qsizetype offset) const
{
    for (qsizetype i = 0; i < d->rows.size(); ++i) {
        const Quote &quote = d->rows.at(i);
        if (offset >= quote.start && offset < quote.end) {
            return int(i);
        }
    }
    return -1;
}

QString ArticleQuotesModel::lastError() const
{
    return d->lastError;
}

} // namespace Dateline
