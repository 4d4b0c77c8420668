// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlesearch.h"
#include "storage/articlestore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The article list: title, outlet, date and language of every story that the filter and the
 * search text let through.
 *
 * Without search text it is lazy: canFetchMore/fetchMore read keyset pages from the store, so
 * the first page of a million stories shows at once. sort() re-queries in the chosen order.
 * With search text it shows the newest matches at once and replaces them with the bm25 ranking
 * when that is ready (computed off the GUI thread, cancelled when the text changes again).
 */
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, LanguageColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SnippetRole, PlaceRole };

    /// `libraryPath` lets the background ranking open a connection of its own.
    explicit ArticleListModel(QSqlDatabase db, QString libraryPath, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ArticleFilter &filter);
    /// Plain words as typed; empty shows the filtered list again.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    /// Reads the list again from the start (after an import).
    void reload();

    [[nodiscard]] qint64 articleIdAt(int row) const;
    /// The row showing this article, or -1 when it is not loaded.
    [[nodiscard]] int rowOfArticle(qint64 id) const;
    /// The last error of a query (a malformed search, a broken file), empty when none.
    [[nodiscard]] QString lastError() const;
    /// Whether a bm25 ranking is running in the background for the current search text.
    [[nodiscard]] bool isRanking() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// The ranked search results replaced the first, unranked ones.
    void rankingReady();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
