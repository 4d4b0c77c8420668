// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

namespace Dateline
{

/**
 * The library sidebar: "All stories", then "Outlets" and "Languages" with one child per outlet
 * or language, each with its article count (from counters kept by triggers, never count(*)).
 */
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { FilterRole = Qt::UserRole + 1, CountRole };

    explicit SidebarModel(QSqlDatabase db, QObject *parent = nullptr);
    ~SidebarModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The filter a row stands for (FilterRole holds it as QVariant too).
    [[nodiscard]] ArticleFilter filterAt(const QModelIndex &index) const;
    /// Reads outlets, languages and counts again (after an import).
    void reload();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
