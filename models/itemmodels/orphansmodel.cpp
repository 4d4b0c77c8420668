// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphansmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dateline
{

OrphansModel::OrphansModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connectionName(db.connectionName())
{
}

OrphansModel::~OrphansModel() = default;

int OrphansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrphansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrphansModel::kindLabel(OrphanedAnnotation::Kind kind)
{
    switch (kind) {
    case OrphanedAnnotation::Kind::Claim:
        //: Kind of an orphaned annotation
        return tr("Claim");
    case OrphanedAnnotation::Kind::Quotation:
        //: Kind of an orphaned annotation
        return tr("Quotation");
    case OrphanedAnnotation::Kind::Mention:
        //: Kind of an orphaned annotation: an actor named in the text
        return tr("Mention");
    }
    return {};
}

QVariant OrphansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrphanedAnnotation &orphan = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return kindLabel(orphan.kind);
        case StoryColumn:
            return orphan.articleTitle.isEmpty() ? tr("(untitled story %1)").arg(orphan.articleId)
                                                 : orphan.articleTitle;
        case OldTextColumn:
            // One line in a table: the passage's own line breaks would cut it off.
            return QString(orphan.anchor.exact).replace(u'\n', u' ');
        case RevisedColumn:
            return orphan.revisedAt.isValid()
                ? QLocale().toString(orphan.revisedAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OldTextColumn) {
            //: The old text of an orphaned annotation with the words that stood around it
            return tr("…%1[%2]%3…").arg(orphan.anchor.prefix, orphan.anchor.exact, orphan.anchor.suffix);
        }
        if (index.column() == KindColumn && !orphan.actorName.isEmpty()) {
            return orphan.actorName;
        }
        return {};
    case IdRole:
        return orphan.id;
    case KindRole:
        return int(orphan.kind);
    case ArticleIdRole:
        return orphan.articleId;
    case OldTextRole:
        return orphan.anchor.exact;
    case PrefixRole:
        return orphan.anchor.prefix;
    case SuffixRole:
        return orphan.anchor.suffix;
    case ActorNameRole:
        return orphan.actorName;
    case RevisedAtRole:
        return orphan.revisedAt;
    default:
        return {};
    }
}

QVariant OrphansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case StoryColumn:
        return tr("Story");
    case OldTextColumn:
        return tr("Old text");
    case RevisedColumn:
        //: When the story got the text in which the annotation was lost
        return tr("Revised");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> OrphansModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(KindRole, "kind");
    names.insert(ArticleIdRole, "articleId");
    names.insert(OldTextRole, "oldText");
    names.insert(PrefixRole, "prefix");
    names.insert(SuffixRole, "suffix");
    names.insert(ActorNameRole, "actorName");
    names.insert(RevisedAtRole, "revisedAt");
    return names;
}

bool OrphansModel::reload()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        m_lastError = tr("The library is closed.");
        Q_EMIT errorOccurred(m_lastError);
        return false;
    }
    auto orphans = RevisionStore(db).orphans();
    if (!orphans) {
        m_lastError = orphans.error();
        Q_EMIT errorOccurred(m_lastError);
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_rows = std::move(orphans).value();
    endResetModel();
    return true;
}

OrphanedAnnotation OrphansModel::orphanAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : OrphanedAnnotation();
}

int OrphansModel::rowOf(OrphanedAnnotation::Kind kind, qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && m_rows.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}

QString OrphansModel::lastError() const
{
    return m_lastError;
}

} // namespace Dateline
