// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "rankingjob.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

constexpr int PageSize = 200;
constexpr int NewestLimit = 200;
constexpr int RankedLimit = 500;

struct Row {
    qint64 id = 0;
    QString title;
    QString outlet;
    QString place;
    QString language;
    QString snippet;
    QDate published;
};

Row rowFrom(const Article &article, const QString &snippet = {})
{
    return { article.id, article.title, article.outletName, article.place, article.language, snippet,
        article.published };
}

QList<Row> rowsFrom(const QList<SearchHit> &hits)
{
    QList<Row> rows;
    rows.reserve(hits.size());
    for (const SearchHit &hit : hits) {
        rows.append(rowFrom(hit.article, hit.snippet));
    }
    return rows;
}

ArticleSortColumn sortColumn(int column)
{
    switch (column) {
    case ArticleListModel::TitleColumn:
        return ArticleSortColumn::Title;
    case ArticleListModel::OutletColumn:
        return ArticleSortColumn::Outlet;
    case ArticleListModel::LanguageColumn:
        return ArticleSortColumn::Language;
    default:
        return ArticleSortColumn::Published;
    }
}

} // namespace

class ArticleListModel::Private
{
public:
    Private(ArticleListModel *model, QSqlDatabase database, QString path)
        : q(model)
        , db(std::move(database))
        , libraryPath(std::move(path))
        , store(db)
        , search(db)
        , watcher(new QFutureWatcher<RankingOutcome>(model))
    {
        // One ranking at a time: a new one waits for the interrupted one to give up its thread.
        pool.setMaxThreadCount(1);
    }

    void cancelRanking()
    {
        if (job) {
            job->cancel();
            job.reset();
        }
    }

    void setError(const QString &message)
    {
        lastError = message;
        Q_EMIT q->errorOccurred(message);
    }

    void resetToList()
    {
        beginReset();
        rows.clear();
        cursor = ArticleCursor();
        atEnd = false;
        endReset();
    }

    void beginReset()
    {
        changing = true;
        q->beginResetModel();
    }

    void endReset()
    {
        q->endResetModel();
        changing = false;
    }

    void runSearch();
    void applyRanking(const RankingOutcome &outcome);
    void sortRowsInMemory();

    ArticleListModel *q;
    QSqlDatabase db;
    QString libraryPath;
    ArticleStore store;
    ArticleSearch search;
    ArticleQuery query;
    QList<Row> rows;
    ArticleCursor cursor;
    bool atEnd = false;
    /// Set from beginResetModel()/beginInsertRows() until the matching end call has returned: a
    /// slot of those signals (a view, QAbstractItemModelTester) may call fetchMore, which must not
    /// change the rows in the middle of a change.
    bool changing = false;

    QString searchText;
    QString ftsQuery; ///< searchText as an FTS5 query; empty in list mode
    /// A header click while searching sorts the results in memory; a new search drops it.
    std::optional<std::pair<int, Qt::SortOrder>> searchSort;
    QString lastError;
    quint64 generation = 0;
    std::shared_ptr<RankingJob> job;
    QThreadPool pool;
    QFutureWatcher<RankingOutcome> *watcher; // child of q
};

void ArticleListModel::Private::runSearch()
{
    cancelRanking();
    const quint64 current = ++generation;
    auto newest = search.search(ftsQuery, NewestLimit, ArticleSearch::Order::Newest, query.filter);
    beginReset();
    rows = newest ? rowsFrom(newest.value()) : QList<Row>();
    sortRowsInMemory();
    atEnd = true;
    endReset();
    if (!newest) {
        setError(newest.error());
        return;
    }
    lastError.clear();
    // The ranking reads every match, which for a common word takes a while: it runs on a
    // connection of its own in another thread, and the newest matches show meanwhile.
    job = std::make_shared<RankingJob>(libraryPath, ftsQuery, RankedLimit, query.filter, current);
    watcher->setFuture(QtConcurrent::run(&pool, [job = job] { return job->run(); }));
}

void ArticleListModel::Private::applyRanking(const RankingOutcome &outcome)
{
    // A stale ranking (the text changed, or the list went back to list mode) is dropped.
    if (outcome.generation != generation || ftsQuery.isEmpty() || outcome.cancelled) {
        return;
    }
    job.reset();
    if (!outcome.error.isEmpty()) {
        setError(outcome.error);
        return;
    }
    beginReset();
    rows = rowsFrom(outcome.hits);
    sortRowsInMemory();
    endReset();
    Q_EMIT q->rankingReady();
}

void ArticleListModel::Private::sortRowsInMemory()
{
    if (!searchSort) {
        return;
    }
    const auto [column, order] = *searchSort;
    const auto key = [column = column](const Row &row) -> QVariant {
        switch (column) {
        case TitleColumn:
            return row.title.toCaseFolded();
        case OutletColumn:
            return row.outlet.toCaseFolded();
        case LanguageColumn:
            return row.language;
        default:
            return row.published.isValid() ? row.published.toString(Qt::ISODate) : QString();
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const auto c = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
}

ArticleListModel::ArticleListModel(QSqlDatabase db, QString libraryPath, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this, std::move(db), std::move(libraryPath)))
{
    connect(d->watcher, &QFutureWatcher<RankingOutcome>::finished, this, [this] {
        if (d->watcher->future().resultCount() > 0) {
            d->applyRanking(d->watcher->result());
        }
    });
}

ArticleListModel::~ArticleListModel()
{
    // Stop a running ranking and wait for its thread, which holds a connection to the file.
    d->cancelRanking();
    d->pool.waitForDone();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case OutletColumn:
            return row.outlet;
        case PublishedColumn:
            if (role == Qt::EditRole) {
                return row.published;
            }
            return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat) : QString();
        case LanguageColumn:
            return row.language;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(row.title) : QVariant();
    case ArticleIdRole:
        return row.id;
    case SnippetRole:
        return row.snippet;
    case PlaceRole:
        return row.place;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->ftsQuery.isEmpty() && !d->atEnd && !d->changing;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = d->store.page(d->query, d->cursor, PageSize);
    if (!page) {
        // Stop asking: a view would otherwise call fetchMore again at once, forever.
        d->atEnd = true;
        d->setError(page.error());
        return;
    }
    d->lastError.clear();
    const ArticlePage &result = page.value();
    d->cursor = result.next;
    d->atEnd = result.atEnd;
    if (result.rows.isEmpty()) {
        return;
    }
    const int first = int(d->rows.size());
    d->changing = true;
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    for (const Article &article : result.rows) {
        d->rows.append(rowFrom(article));
    }
    endInsertRows();
    d->changing = false;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    if (!d->ftsQuery.isEmpty()) {
        d->searchSort = std::make_pair(column, order);
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        for (const QModelIndex &index : before) {
            ids.append(d->rows.at(index.row()).id);
        }
        d->sortRowsInMemory();
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            after.append(index(rowOfArticle(ids.at(i)), before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    d->query.column = sortColumn(column);
    d->query.order = order;
    d->resetToList();
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == d->query.filter) {
        return;
    }
    d->query.filter = filter;
    reload();
}

void ArticleListModel::setSearchText(const QString &text)
{
    if (text == d->searchText) {
        return;
    }
    d->searchText = text;
    d->searchSort.reset();
    const QString fts = ArticleSearch::queryForTyping(text);
    if (fts.isEmpty() && !d->ftsQuery.isEmpty()) {
        d->ftsQuery.clear();
        d->cancelRanking();
        ++d->generation;
        d->resetToList();
        return;
    }
    if (fts == d->ftsQuery) {
        return; // only spacing or punctuation changed
    }
    d->ftsQuery = fts;
    d->runSearch();
}

QString ArticleListModel::searchText() const
{
    return d->searchText;
}

void ArticleListModel::reload()
{
    if (d->ftsQuery.isEmpty()) {
        d->resetToList();
    } else {
        d->runSearch();
    }
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row).id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    const auto it = std::find_if(d->rows.cbegin(), d->rows.cend(), [id](const Row &row) { return row.id == id; });
    return it == d->rows.cend() ? -1 : int(it - d->rows.cbegin());
}

QString ArticleListModel::lastError() const
{
    return d->lastError;
}

bool ArticleListModel::isRanking() const
{
    return d->job != nullptr;
}

} // namespace Dateline
