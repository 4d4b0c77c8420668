// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The library's tag tree with the number of claims carrying each tag, for the tag manager and
 * the claim editor's tag picker. A tag library has hundreds of tags, not millions: the whole tree
 * is read at once by reload().
 *
 * The model never changes a tag itself: renaming in place (setData on the name) and dropping
 * tags onto another tag ask through renameRequested() and moveRequested(), so that the view
 * pushes an undoable step and calls reload() when it ran. A tag is dragged as
 * "application/x-dateline-tag-ids"; dropping between top-level rows moves it to the top level.
 */
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1,
        ParentIdRole, ///< 0 for a top-level tag
        ColourRole, ///< QString "#rrggbb" or empty
        PathRole, ///< "Casualties/Death toll"
        CountRole, ///< claims carrying the tag itself
        TotalCountRole, ///< claims carrying the tag or one of its descendants
    };

    static constexpr auto MimeType = "application/x-dateline-tag-ids";

    explicit TagTreeModel(QSqlDatabase db, QObject *parent = nullptr);
    ~TagTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// Reads the tree again (after a change), keeping nothing but what the store says.
    void reload();
    [[nodiscard]] QString lastError() const;

    /// Every tag, parents before children, as the store gave them.
    [[nodiscard]] QList<Tag> tags() const;
    [[nodiscard]] QModelIndex indexOfTag(qint64 tagId, int column = NameColumn) const;
    [[nodiscard]] Tag tag(qint64 tagId) const;
    [[nodiscard]] QString path(qint64 tagId) const;
    /// The id of the tag at "A/B" (case as stored, compared without case), 0 when there is none.
    [[nodiscard]] qint64 tagIdOfPath(const QString &path) const;
    /// Whether `tagId` is `ancestorId` or hangs below it.
    [[nodiscard]] bool isWithin(qint64 tagId, qint64 ancestorId) const;
    [[nodiscard]] qsizetype totalCount(qint64 tagId) const;

Q_SIGNALS:
    void renameRequested(qint64 tagId, const QString &name);
    /// A tag dropped under another (0: the top level).
    void moveRequested(qint64 tagId, qint64 newParentId);
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
