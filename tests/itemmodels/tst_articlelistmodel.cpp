// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleListModel under QAbstractItemModelTester: lazy keyset pages, sorting, filtering, and
// searching with the newest matches first and the bm25 ranking arriving from a worker thread.

#include "libraryfixture.h"

#include "itemmodels/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dateline::ArticleSortColumn)

namespace
{

const QString EnvoyTitle = u"Kabulov meets Taliban envoy"_s;

QList<Article> searchArticles()
{
    return {
        makeArticle(u"Rusia akan bantu Taliban"_s, u"Zamir Kabulov, mantan duta besar Rusia."_s, u"Arrahmah.id"_s,
            u"id"_s, QDate(2025, 5, 2)),
        makeArticle(EnvoyTitle, u"The envoy met officials in the capital."_s, u"Reuters"_s, u"en"_s, QDate(2025, 5, 3)),
        makeArticle(u"Protests in Bogotá"_s, u"Thousands marched on Friday."_s, u"EFE"_s, u"es"_s),
        makeArticle(u"Ceasefire"_s, u"Talks resumed; Kabulov was not present, and Kabulov said nothing."_s,
            u"Reuters"_s, u"en"_s, QDate(2025, 5, 4)),
    };
}

} // namespace

class ArticleListModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_articles = 0;

    QList<qint64> modelIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.append(m_model->data(m_model->index(row, 0), ArticleListModel::ArticleIdRole).toLongLong());
        }
        return ids;
    }

    void fetchAll()
    {
        for (int i = 0; i < 100 && m_model->canFetchMore({}); ++i) {
            m_model->fetchMore({});
        }
        QVERIFY(!m_model->canFetchMore({}));
    }

    QList<qint64> storeIds(const ArticleQuery &query) const
    {
        ArticleStore store(m_library->database());
        QList<qint64> ids;
        ArticleCursor cursor;
        for (;;) {
            auto page = store.page(query, cursor, 1000);
            if (!page) {
                return {};
            }
            for (const Article &a : page.value().rows) {
                ids.append(a.id);
            }
            cursor = page.value().next;
            if (page.value().atEnd) {
                return ids;
            }
        }
    }

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            result.append(m_model->index(row, ArticleListModel::TitleColumn).data().toString());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"still in use"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(u"library.dateline"_s);
        auto library = Library::open(path);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        const QList<Article> articles = generatedArticles(450) + searchArticles();
        QString error;
        QVERIFY2(insertAll(m_library->database(), articles, &error).size() == articles.size(), qPrintable(error));
        m_articles = int(articles.size());
        m_model = std::make_unique<ArticleListModel>(m_library->database(), path);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_library.reset();
    }

    void fetchMoreReadsPages()
    {
        // QAbstractItemModelTester fetches too (once when attached, and after each insertion),
        // so the checks here hold whoever asked: whole pages of 200 until the last one.
        QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
        int rows = m_model->rowCount();
        QCOMPARE(rows % 200, 0);
        while (m_model->canFetchMore({})) {
            m_model->fetchMore({});
            QVERIFY(m_model->rowCount() > rows);
            rows = m_model->rowCount();
            QVERIFY(rows % 200 == 0 || !m_model->canFetchMore({}));
        }
        QCOMPARE(m_model->rowCount(), m_articles);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), m_articles);
        // Newest first, as the store orders it.
        QCOMPARE(modelIds(), storeIds(ArticleQuery()));
    }

    void flatTable()
    {
        m_model->fetchMore({});
        QCOMPARE(m_model->columnCount(), int(ArticleListModel::ColumnCount));
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->data(QModelIndex()).isValid());
        QCOMPARE(m_model->headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);
        QCOMPARE(m_model->headerData(ArticleListModel::PublishedColumn, Qt::Horizontal).toString(), u"Published"_s);
        const qint64 id = m_model->articleIdAt(5);
        QVERIFY(id != 0);
        QCOMPARE(m_model->rowOfArticle(id), 5);
        QCOMPARE(m_model->rowOfArticle(-1), -1);
    }

    void publishedRoles()
    {
        fetchAll();
        bool sawDate = false;
        bool sawUnknown = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, ArticleListModel::PublishedColumn);
            const QDate date = index.data(Qt::EditRole).toDate();
            if (date.isValid()) {
                sawDate = true;
                QCOMPARE(index.data().toString(), QLocale().toString(date, QLocale::ShortFormat));
            } else {
                sawUnknown = true;
                QVERIFY(index.data().toString().isEmpty());
            }
        }
        QVERIFY(sawDate && sawUnknown);
        // Unknown dates come last in the default newest-first order.
        QVERIFY(!m_model->index(m_model->rowCount() - 1, ArticleListModel::PublishedColumn)
                     .data(Qt::EditRole)
                     .toDate()
                     .isValid());
        QVERIFY(m_model->index(0, ArticleListModel::PublishedColumn).data(Qt::EditRole).toDate().isValid());
    }

    void sortRequeries_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<ArticleSortColumn>("storeColumn");
        const QList<std::tuple<int, ArticleSortColumn, const char *>> columns = {
            { ArticleListModel::TitleColumn, ArticleSortColumn::Title, "title" },
            { ArticleListModel::OutletColumn, ArticleSortColumn::Outlet, "outlet" },
            { ArticleListModel::PublishedColumn, ArticleSortColumn::Published, "published" },
            { ArticleListModel::LanguageColumn, ArticleSortColumn::Language, "language" }
        };
        for (const auto &[column, storeColumn, name] : columns) {
            QTest::addRow("%s up", name) << column << Qt::AscendingOrder << storeColumn;
            QTest::addRow("%s down", name) << column << Qt::DescendingOrder << storeColumn;
        }
    }

    void sortRequeries()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(ArticleSortColumn, storeColumn);
        m_model->fetchMore({});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, order);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        fetchAll();
        ArticleQuery query;
        query.column = storeColumn;
        query.order = order;
        const QList<qint64> expected = storeIds(query);
        QCOMPARE(expected.size(), m_articles);
        QCOMPARE(modelIds(), expected);
    }

    void filterShowsOneOutlet()
    {
        const auto outlets = ArticleStore(m_library->database()).outlets().value();
        const auto reuters =
            std::find_if(outlets.cbegin(), outlets.cend(), [](const Outlet &o) { return o.name == u"Reuters"_s; });
        QVERIFY(reuters != outlets.cend());
        m_model->setFilter(ArticleFilter { reuters->id, {} });
        fetchAll();
        QCOMPARE(m_model->rowCount(), int(reuters->articleCount));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(m_model->index(row, ArticleListModel::OutletColumn).data().toString(), u"Reuters"_s);
        }
        m_model->setFilter(ArticleFilter { 0, u"es"_s });
        fetchAll();
        QCOMPARE(titles(), QStringList { u"Protests in Bogotá"_s });
        QCOMPARE(m_model->index(0, ArticleListModel::LanguageColumn).data().toString(), u"es"_s);
    }

    void searchShowsNewestThenRanking()
    {
        QSignalSpy ranked(m_model.get(), &ArticleListModel::rankingReady);
        m_model->setSearchText(u"Kabulov"_s);
        QCOMPARE(m_model->searchText(), u"Kabulov"_s);
        // At once: the newest matches, without waiting for the ranking.
        const QList<qint64> newest = modelIds();
        QCOMPARE(newest.size(), 3);
        QVERIFY(std::is_sorted(newest.crbegin(), newest.crend()));
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(m_model->isRanking());

        QTRY_COMPARE(ranked.count(), 1);
        QVERIFY(!m_model->isRanking());
        QCOMPARE(m_model->rowCount(), 3);
        // Ranked: the title match first, although it is not the newest.
        QCOMPARE(m_model->index(0, ArticleListModel::TitleColumn).data().toString(), EnvoyTitle);
        QVERIFY(m_model->lastError().isEmpty());
        bool marked = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            marked = marked ||
                m_model->index(row, 0).data(ArticleListModel::SnippetRole).toString().contains(u"[Kabulov]"_s);
        }
        QVERIFY(marked);
    }

    void searchKeepsFilter()
    {
        m_model->setFilter(ArticleFilter { 0, u"en"_s });
        QSignalSpy ranked(m_model.get(), &ArticleListModel::rankingReady);
        m_model->setSearchText(u"kabulov"_s);
        QCOMPARE(m_model->rowCount(), 2);
        QTRY_COMPARE(ranked.count(), 1);
        QCOMPARE(titles(), (QStringList { EnvoyTitle, u"Ceasefire"_s }));
    }

    void newerTextDropsStaleRanking()
    {
        QSignalSpy ranked(m_model.get(), &ArticleListModel::rankingReady);
        m_model->setSearchText(u"Kabulov"_s);
        m_model->setSearchText(u"Bogota"_s);
        QCOMPARE(titles(), QStringList { u"Protests in Bogotá"_s });
        QTRY_COMPARE(ranked.count(), 1);
        QTest::qWait(200);
        QCOMPARE(ranked.count(), 1);
        QCOMPARE(titles(), QStringList { u"Protests in Bogotá"_s });
    }

    void typingAPrefixSearches()
    {
        m_model->setSearchText(u"Kabu"_s);
        // "Kabu" is a prefix of Kabul (every generated story) and Kabulov.
        QCOMPARE(m_model->rowCount(), 200);
        QSignalSpy ranked(m_model.get(), &ArticleListModel::rankingReady);
        QTRY_COMPARE(ranked.count(), 1);
        QCOMPARE(m_model->rowCount(), 453); // the 450 generated and three Kabulov stories, within the 500 limit
    }

    void clearingSearchGoesBackToList()
    {
        m_model->setSearchText(u"Bogota"_s);
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setSearchText(u"  "_s);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 200);
        QVERIFY(!m_model->isRanking());
    }

    void sortWhileSearching()
    {
        QSignalSpy ranked(m_model.get(), &ArticleListModel::rankingReady);
        m_model->setSearchText(u"Kabulov"_s);
        QTRY_COMPARE(ranked.count(), 1);
        const QPersistentModelIndex envoy = m_model->index(0, ArticleListModel::TitleColumn);
        QCOMPARE(envoy.data().toString(), EnvoyTitle);
        m_model->sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(titles(), (QStringList { u"Ceasefire"_s, EnvoyTitle, u"Rusia akan bantu Taliban"_s }));
        QVERIFY(envoy.isValid());
        QCOMPARE(envoy.data().toString(), EnvoyTitle);
        m_model->sort(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
        QCOMPARE(titles(), (QStringList { u"Ceasefire"_s, EnvoyTitle, u"Rusia akan bantu Taliban"_s }));
    }

    void searchErrorIsReported()
    {
        QSqlQuery query(m_library->database());
        QVERIFY(query.exec(u"DROP TABLE article_fts"_s));
        QSignalSpy errors(m_model.get(), &ArticleListModel::errorOccurred);
        m_model->setSearchText(u"Kabulov"_s);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(errors.at(0).at(0).toString(), m_model->lastError());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void destroyedWhileRanking()
    {
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        m_model->setSearchText(u"talks"_s);
        QVERIFY(m_model->isRanking());
        m_tester.reset();
        m_model.reset();
        // The worker's connection is gone with the model, and nothing is delivered to it later.
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        QTest::qWait(50);
    }
};

QTEST_MAIN(ArticleListModelTest)
#include "tst_articlelistmodel.moc"
