// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Dateline
{

class ArticleListModel;

/**
 * The article list: one row per story, sorted by clicking a column header. Rows arrive lazily
 * through the model's fetchMore as the list scrolls. Reports the story the person moves to.
 */
class ArticleListView : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);
    ~ArticleListView() override;

    /// Shows `model` (nullptr shows nothing, before the model is destroyed); keeps column
    /// widths and the sort order across models.
    void setArticleModel(ArticleListModel *model);
    /// Reads the list again (after an import), keeping the current story current when it is loaded.
    void reload();
    [[nodiscard]] qint64 currentArticleId() const;
    /// Makes the story's row current; false when it is not in the loaded rows.
    bool selectArticle(qint64 id);

Q_SIGNALS:
    void articleSelected(qint64 id);

private:
    ArticleListModel *m_model = nullptr;
};

} // namespace Dateline
