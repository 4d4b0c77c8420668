// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleclaimsmodel.h"

#include "storage/claimstore.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

class ArticleClaimsModel::Private
{
public:
    explicit Private(QSqlDatabase db)
        : store(std::move(db))
    {
    }

    ClaimStore store;
    qint64 articleId = 0;
    QList<Claim> claims;
    QString lastError;
};

ArticleClaimsModel::ArticleClaimsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(std::move(db)))
{
}

ArticleClaimsModel::~ArticleClaimsModel() = default;

int ArticleClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->claims.size());
}

int ArticleClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Claim &claim = d->claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return claim.anchored ? claim.anchor.exact.simplified()
                                  : tr("%1 (orphaned)").arg(claim.anchor.exact.simplified());
        case ClaimantColumn:
            return claim.claimant.name;
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
            return claim.anchored ? claim.anchor.exact
                                  : tr("This claim lost its place when the story changed: %1").arg(claim.anchor.exact);
        }
        return index.column() == TagsColumn ? ClaimNames::tagList(claim) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LinksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ClaimIdRole:
        return claim.id;
    case StartRole:
        return qlonglong(claim.anchor.start);
    case EndRole:
        return qlonglong(claim.anchor.end);
    case ClaimantIdRole:
        return claim.claimant.id;
    case StatusRole:
        return ClaimNames::statusName(claim.status);
    case TagIdsRole: {
        QVariantList ids;
        for (const Tag &tag : claim.tags) {
            ids << tag.id;
        }
        return ids;
    }
    case ColourRole:
        return claim.tags.isEmpty() ? QString() : claim.tags.first().colour;
    case AnchoredRole:
        return claim.anchored;
    case NoteRole:
        return claim.note;
    default:
        return {};
    }
}

QVariant ArticleClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TextColumn:
        return tr("Claim");
    case ClaimantColumn:
        return tr("Claimant");
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

QHash<int, QByteArray> ArticleClaimsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClaimIdRole, "claimId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(ClaimantIdRole, "claimantId");
    names.insert(StatusRole, "status");
    names.insert(TagIdsRole, "tagIds");
    names.insert(ColourRole, "colour");
    names.insert(AnchoredRole, "anchored");
    names.insert(NoteRole, "note");
    return names;
}

void ArticleClaimsModel::setArticle(qint64 articleId)
{
    d->articleId = articleId;
    reload();
}

qint64 ArticleClaimsModel::articleId() const
{
    return d->articleId;
}

void ArticleClaimsModel::reload()
{
    beginResetModel();
    d->claims.clear();
    d->lastError.clear();
    if (d->articleId != 0) {
        auto claims = d->store.claimsOfArticle(d->articleId);
        if (claims.ok()) {
            d->claims = std::move(claims).value();
        } else {
            d->lastError = claims.error();
        }
    }
    endResetModel();
    if (!d->lastError.isEmpty()) {
        Q_EMIT errorOccurred(d->lastError);
    }
}

const QList<Claim> &ArticleClaimsModel::claims() const
{
    return d->claims;
}

Claim ArticleClaimsModel::claimAt(int row) const
{
    return row >= 0 && row < d->claims.size() ? d->claims.at(row) : Claim();
}

int ArticleClaimsModel::rowOfClaim(qint64 claimId) const
{
    for (int row = 0; row < d->claims.size(); ++row) {
        if (d->claims.at(row).id == claimId) {
            return row;
        }
    }
    return -1;
}

QString ArticleClaimsModel::lastError() const
{
    return d->lastError;
}

} // namespace Dateline
