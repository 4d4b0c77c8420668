// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/actorreport.h"
#include "storage/annotationstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * Every quotation by one actor across the library, for the actor page: the quoted words, the
 * story's title, outlet and date, type and relay chain, newest story first. Lazy: rows come in
 * keyset pages through canFetchMore/fetchMore, so an actor quoted ten thousand times opens at once.
 */
class ActorQuotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, TitleColumn, OutletColumn, PublishedColumn, TypeColumn, ChainColumn, ColumnCount };
    enum Role {
        QuoteIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole, ///< UTF-16 offset into the story's text
        EndRole,
        OutletIdRole,
        PublishedRole, ///< QDate
        TypeRole, ///< "direct", "partial", "indirect"
        StateRole, ///< "suggested", "confirmed"
    };

    explicit ActorQuotesModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ActorQuotesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows this actor's quotations from the start (0: none).
    void setActor(qint64 actorId);
    [[nodiscard]] qint64 actorId() const;
    void reload();
    /// Rows per page (default 200).
    void setPageSize(int rows);

    [[nodiscard]] QuoteInArticle quoteAt(int row) const;
    [[nodiscard]] QString lastError() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
