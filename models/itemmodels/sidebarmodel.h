// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The library sidebar: "All stories", then "Outlets" and "Languages" with one child per outlet
 * or language, each with its article count (from counters kept by triggers, never count(*)).
 * Column 0 holds the name, column 1 the count; CountRole gives the count on either column.
 */
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { FilterRole = Qt::UserRole + 1, CountRole };
    /// The top-level rows.
    enum TopRow { AllStoriesRow, OutletsRow, LanguagesRow, TopRowCount };

    explicit SidebarModel(QSqlDatabase db, QObject *parent = nullptr);
    ~SidebarModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The filter a row stands for (FilterRole holds it as QVariant too).
    [[nodiscard]] ArticleFilter filterAt(const QModelIndex &index) const;
    /// Reads outlets, languages and counts again (after an import).
    void reload();
    /// Why the last reload() could not read the library, empty when it could.
    [[nodiscard]] QString lastError() const;
    /// The row standing for this filter ("All stories", an outlet or a language), or an invalid index.
    [[nodiscard]] QModelIndex indexOfFilter(const ArticleFilter &filter) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
