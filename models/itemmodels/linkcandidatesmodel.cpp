// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcandidatesmodel.h"

#include "storage/articlesearch.h"
#include "storage/claimsuggester.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dateline
{

class LinkCandidatesModel::Private
{
public:
    QSqlDatabase db;
    QList<LinkCandidate> rows;
    Mode mode = Mode::Suggestions;
};

LinkCandidatesModel::LinkCandidatesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

LinkCandidatesModel::~LinkCandidatesModel() = default;

int LinkCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int LinkCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkCandidatesModel::kindLabel(LinkCandidate::Kind kind)
{
    //: What a row of the link dialog is: a marked claim, or a quotation not yet marked as a claim
    return kind == LinkCandidate::Kind::Claim ? tr("Claim") : tr("Quotation");
}

QString LinkCandidatesModel::sharedText(const LinkCandidate &candidate)
{
    return (candidate.sharedActors + candidate.sharedFigures).join(u", "_s);
}

QVariant LinkCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LinkCandidate &c = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            // A quotation reads as one.
            return c.kind == LinkCandidate::Kind::Quote ? u"“%1”"_s.arg(c.text) : c.text;
        case KindColumn:
            return kindLabel(c.kind);
        case SpeakerColumn:
            return c.speaker;
        case OutletColumn:
            return c.outlet;
        case DateColumn:
            return c.published.isValid() ? QLocale().toString(c.published, QLocale::ShortFormat) : QString();
        case StoryColumn:
            return c.articleTitle;
        case SharedColumn:
            return sharedText(c);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == StoryColumn) {
            //: Tool tip of a claim or quotation in the link dialog: the passage, then its story
            return tr("%1\n\n%2 (%3)").arg(c.text, c.articleTitle, c.outlet);
        }
        if (index.column() == SharedColumn && !sharedText(c).isEmpty()) {
            //: Tool tip: the actors and figures a suggested claim has in common with the claim being linked
            return tr("In common: %1").arg(sharedText(c));
        }
        return {};
    case KindRole:
        return c.kind == LinkCandidate::Kind::Claim ? u"claim"_s : u"quote"_s;
    case IdRole:
        return c.id;
    case ArticleIdRole:
        return c.articleId;
    case StartRole:
        return qlonglong(c.start);
    case EndRole:
        return qlonglong(c.end);
    case SpeakerIdRole:
        return c.speakerId;
    case ScoreRole:
        return c.score;
    case SharedActorsRole:
        return c.sharedActors;
    case SharedFiguresRole:
        return c.sharedFigures;
    case PublishedRole:
        return c.published;
    default:
        return {};
    }
}

QVariant LinkCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        //: Column header of the link dialog: the text of a claim or quotation
        return tr("Passage");
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        //: Column header: who claims or says the passage
        return tr("Claimant");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case StoryColumn:
        return tr("Story");
    case SharedColumn:
        //: Column header: actors and figures a suggestion has in common with the claim being linked
        return tr("In common");
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkCandidatesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(SpeakerIdRole, "speakerId");
    names.insert(ScoreRole, "score");
    names.insert(SharedActorsRole, "sharedActors");
    names.insert(SharedFiguresRole, "sharedFigures");
    names.insert(PublishedRole, "published");
    return names;
}

Status LinkCandidatesModel::suggest(qint64 claimId, int limit)
{
    auto found = ClaimSuggester(d->db).suggest(claimId, limit);
    if (!found) {
        Q_EMIT errorOccurred(found.error());
        return Status::from(found);
    }
    setCandidates(found.value(), Mode::Suggestions);
    return {};
}

Status LinkCandidatesModel::search(const QString &typed, const ClaimSearchFilter &filter, int limit)
{
    auto found = ClaimSearch(d->db).search(ArticleSearch::queryForTyping(typed), filter, limit);
    if (!found) {
        Q_EMIT errorOccurred(found.error());
        return Status::from(found);
    }
    setCandidates(found.value(), Mode::Search);
    return {};
}

void LinkCandidatesModel::setCandidates(const QList<LinkCandidate> &candidates, Mode mode)
{
    beginResetModel();
    d->rows = candidates;
    d->mode = mode;
    endResetModel();
}

void LinkCandidatesModel::clear()
{
    if (d->rows.isEmpty()) {
        return;
    }
    beginResetModel();
    d->rows.clear();
    endResetModel();
}

LinkCandidatesModel::Mode LinkCandidatesModel::mode() const
{
    return d->mode;
}

LinkCandidate LinkCandidatesModel::candidateAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : LinkCandidate();
}

} // namespace Dateline
