// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysidebar.h"

#include "itemmodels/sidebarmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace Dateline
{

LibrarySidebar::LibrarySidebar(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"librarySidebar"_s);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Library"));
}

LibrarySidebar::~LibrarySidebar() = default;

void LibrarySidebar::setSidebarModel(SidebarModel *model)
{
    QItemSelectionModel *oldSelection = selectionModel();
    m_model = model;
    setModel(model);
    // setModel() makes a new selection model and leaves the old one to us.
    delete oldSelection;
    m_filter = {};
    if (!model) {
        return;
    }
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || !m_model) {
            return;
        }
        const ArticleFilter filter = m_model->filterAt(current);
        if (filter != m_filter) {
            m_filter = filter;
            Q_EMIT filterChosen(filter);
        }
    });
    expandAll();
    adjustColumns();
    selectFilter({});
}

void LibrarySidebar::reload()
{
    if (!m_model) {
        return;
    }
    const ArticleFilter keep = m_filter;
    // The reset clears the current row; the filter is restored below without telling anyone,
    // since the article list keeps its own filter.
    const QSignalBlocker blocker(selectionModel());
    m_model->reload();
    expandAll();
    adjustColumns();
    const QModelIndex index = indexForFilter(keep);
    if (index.isValid()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

ArticleFilter LibrarySidebar::currentFilter() const
{
    return m_filter;
}

bool LibrarySidebar::selectFilter(const ArticleFilter &filter)
{
    const QModelIndex index = indexForFilter(filter);
    if (!index.isValid()) {
        return false;
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    return true;
}

QModelIndex LibrarySidebar::indexForFilter(const ArticleFilter &filter) const
{
    if (!m_model) {
        return {};
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (m_model->filterAt(top) == filter) {
            return top;
        }
        for (int child = 0; child < m_model->rowCount(top); ++child) {
            const QModelIndex index = m_model->index(child, 0, top);
            if (m_model->filterAt(index) == filter) {
                return index;
            }
        }
    }
    return {};
}

void LibrarySidebar::adjustColumns()
{
    if (!m_model) {
        return;
    }
    // Names take the room; a count column, if the model has one, only what it needs.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
}

} // namespace Dateline
