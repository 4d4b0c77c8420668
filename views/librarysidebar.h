// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include <QTreeView>

namespace Dateline
{

class SidebarModel;

/**
 * The library sidebar: all stories, then outlets and languages with their counts. Choosing a row
 * reports the filter it stands for; reload() keeps the chosen row chosen.
 */
class LibrarySidebar : public QTreeView
{
    Q_OBJECT

public:
    explicit LibrarySidebar(QWidget *parent = nullptr);
    ~LibrarySidebar() override;

    /// Shows `model` (nullptr shows nothing, before the model is destroyed).
    void setSidebarModel(SidebarModel *model);
    /// Reads counts, outlets and languages again, keeping the current filter selected.
    void reload();
    [[nodiscard]] ArticleFilter currentFilter() const;
    /// Selects the first row standing for `filter`; false when there is none.
    bool selectFilter(const ArticleFilter &filter);

Q_SIGNALS:
    void filterChosen(const Dateline::ArticleFilter &filter);

private:
    [[nodiscard]] QModelIndex indexForFilter(const ArticleFilter &filter) const;
    void adjustColumns();

    SidebarModel *m_model = nullptr;
    ArticleFilter m_filter;
};

} // namespace Dateline
