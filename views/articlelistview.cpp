// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistview.h"

#include "itemmodels/articlelistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace Dateline
{

ArticleListView::ArticleListView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"articleList"_s);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    // Equal rows let the view skip measuring each one: it matters with a million stories.
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setAccessibleName(tr("Stories"));
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
}

ArticleListView::~ArticleListView() = default;

void ArticleListView::setArticleModel(ArticleListModel *model)
{
    const bool hadModel = m_model != nullptr;
    const QByteArray headerState = header()->saveState();
    QItemSelectionModel *oldSelection = selectionModel();
    m_model = model;
    setModel(model);
    delete oldSelection; // setModel() leaves the old selection model to us
    if (!model) {
        return;
    }
    if (hadModel) {
        header()->restoreState(headerState);
    } else {
        header()->resizeSection(ArticleListModel::TitleColumn, 240);
        header()->resizeSection(ArticleListModel::OutletColumn, 110);
        header()->resizeSection(ArticleListModel::PublishedColumn, 95);
        header()->resizeSection(ArticleListModel::LanguageColumn, 80);
        header()->setSortIndicator(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    }
    // Sorting goes through model->sort(), which re-queries in the chosen order.
    setSortingEnabled(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        Q_EMIT articleSelected(current.isValid() && m_model ? m_model->articleIdAt(current.row()) : 0);
    });
}

void ArticleListView::reload()
{
    if (!m_model) {
        return;
    }
    const qint64 current = currentArticleId();
    {
        // The reader already shows this story: put the row back without showing it again.
        const QSignalBlocker blocker(selectionModel());
        m_model->reload();
        if (current != 0) {
            selectArticle(current);
        }
    }
    viewport()->update();
}

qint64 ArticleListView::currentArticleId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && m_model ? m_model->articleIdAt(current.row()) : 0;
}

bool ArticleListView::selectArticle(qint64 id)
{
    if (!m_model) {
        return false;
    }
    const int row = m_model->rowOfArticle(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, ArticleListModel::TitleColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

} // namespace Dateline
