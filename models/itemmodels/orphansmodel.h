// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/revisionstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The orphaned annotations of the library: claims, quotations and mentions that lost their place
 * when their story changed (RevisionStore::orphans), most recently revised story first, with the
 * story's title and the annotation's old text. Flat; reload() after an import or a deletion.
 *
 * Not paged: orphans are found through partial indexes (anchored = 0) and stay few, since each
 * is the reader's to place again or delete. The model keeps the connection's name, not a handle,
 * and looks it up at each reload(): a list left open in a dock must not keep a library's
 * connection in use after the window closed that library.
 */
class OrphansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, StoryColumn, OldTextColumn, RevisedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the claim's, quotation's or mention's id
        KindRole, ///< int: OrphanedAnnotation::Kind
        ArticleIdRole,
        OldTextRole, ///< the old exact text
        PrefixRole, ///< the old text-quote selector's prefix
        SuffixRole,
        ActorNameRole, ///< claimant, speaker or the mentioned actor; empty when none
        RevisedAtRole, ///< QDateTime (UTC): when the story last changed
    };

    explicit OrphansModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~OrphansModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the orphans again; false (and errorOccurred) when the library could not be read.
    bool reload();
    [[nodiscard]] OrphanedAnnotation orphanAt(int row) const;
    /// The row of this annotation, -1 when it is not an orphan (any more).
    [[nodiscard]] int rowOf(OrphanedAnnotation::Kind kind, qint64 id) const;
    [[nodiscard]] QString lastError() const;

    /// "Claim", "Quotation", "Mention", translated.
    [[nodiscard]] static QString kindLabel(OrphanedAnnotation::Kind kind);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QString m_connectionName;
    QList<OrphanedAnnotation> m_rows;
    QString m_lastError;
};

} // namespace Dateline
