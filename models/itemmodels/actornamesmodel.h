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
 * The framing table of the actor page: one row per outlet, column 0 the outlet, then one column
 * per name the library's stories use for the actor ("Taliban", "Imarah Islam Afghanistan"), the
 * most used first; a cell holds how often that outlet uses that name (0 shown empty). The header
 * of a name column is the name. Flat.
 */
class ActorNamesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        OutletIdRole = Qt::UserRole + 1, ///< on every cell of a row; 0 for stories without outlet
        CountRole, ///< int on a name cell, the row's total on the outlet cell
        NameRole, ///< QString, the name of a name column (on cells and header)
    };
    static constexpr int OutletColumn = 0;

    explicit ActorNamesModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ActorNamesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setActor(qint64 actorId);
    [[nodiscard]] qint64 actorId() const;
    void reload();

    /// The names in column order (column 1 is names().at(0)).
    [[nodiscard]] QStringList names() const;
    /// The raw cells as the store gave them.
    [[nodiscard]] QList<OutletName> cells() const;
    [[nodiscard]] QString lastError() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
