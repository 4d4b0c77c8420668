// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/actorstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The actors of one story for the annotation dock: name, kind and how often the story names each
 * (rejected mentions not counted), most mentioned first. FormsRole gives the texts the story uses
 * for the actor, for the hover card. Flat; reload() after a change of the story's annotations.
 */
class ArticleActorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, MentionsColumn, QuotesColumn, ColumnCount };
    enum Role {
        ActorIdRole = Qt::UserRole + 1,
        ActorKeyRole, ///< QString, "state:RU", "library:12"
        KindRole, ///< QString, actorKindName(): "state", "armed_group"... (colour by kind)
        MentionCountRole, ///< int
        QuoteCountRole, ///< int
        FormsRole, ///< QStringList, the story's forms for the actor
    };

    explicit ArticleActorsModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ArticleActorsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows the actors of this story (0: none).
    void setArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const;
    /// Reads the story's actors again (after a confirm, reject, re-assign or re-analysis).
    void reload();

    [[nodiscard]] ActorInArticle actorAt(int row) const;
    /// The row of this actor, -1 when the story does not name it.
    [[nodiscard]] int rowOfActor(qint64 actorId) const;
    /// The translated name of a kind, as the kind column shows it.
    [[nodiscard]] static QString kindLabel(Actor::Kind kind);
    [[nodiscard]] QString lastError() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
