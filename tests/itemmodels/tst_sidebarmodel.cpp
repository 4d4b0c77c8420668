// SPDX-License-Identifier: GPL-3.0-or-later
// SidebarModel under QAbstractItemModelTester: the tree of all stories, outlets and languages,
// the counts kept by triggers, and the filter each row stands for.

#include "libraryfixture.h"

#include "itemmodels/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class SidebarModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SidebarModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Article> m_articles;

    QModelIndex group(int row) const { return m_model->index(row, SidebarModel::NameColumn); }

    QStringList childNames(int row) const
    {
        QStringList names;
        for (int i = 0; i < m_model->rowCount(group(row)); ++i) {
            names.append(m_model->index(i, 0, group(row)).data().toString());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        m_articles = generatedArticles(120);
        QString error;
        QVERIFY2(insertAll(m_library->database(), m_articles, &error).size() == m_articles.size(), qPrintable(error));
        m_model = std::make_unique<SidebarModel>(m_library->database());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_library.reset();
    }

    void topLevelRows()
    {
        QCOMPARE(m_model->rowCount(), int(SidebarModel::TopRowCount));
        QCOMPARE(m_model->columnCount(), int(SidebarModel::ColumnCount));
        QCOMPARE(group(SidebarModel::AllStoriesRow).data().toString(), u"All stories"_s);
        QCOMPARE(group(SidebarModel::OutletsRow).data().toString(), u"Outlets"_s);
        QCOMPARE(group(SidebarModel::LanguagesRow).data().toString(), u"Languages"_s);
        QCOMPARE(
            group(SidebarModel::AllStoriesRow).data(SidebarModel::CountRole).toLongLong(), qint64(m_articles.size()));
        QCOMPARE(m_model->index(SidebarModel::AllStoriesRow, SidebarModel::CountColumn).data().toString(),
            QLocale().toString(qint64(m_articles.size())));
        QCOMPARE(m_model->rowCount(group(SidebarModel::AllStoriesRow)), 0);
        QVERIFY(!m_model->parent(group(SidebarModel::OutletsRow)).isValid());
        QVERIFY(!m_model->data(QModelIndex()).isValid());
        // Groups only hold their children: not selectable, no filter.
        QVERIFY(!(m_model->flags(group(SidebarModel::OutletsRow)) & Qt::ItemIsSelectable));
        QVERIFY(m_model->flags(group(SidebarModel::AllStoriesRow)) & Qt::ItemIsSelectable);
        QVERIFY(!group(SidebarModel::OutletsRow).data(SidebarModel::FilterRole).isValid());
        QCOMPARE(
            group(SidebarModel::AllStoriesRow).data(SidebarModel::FilterRole).value<ArticleFilter>(), ArticleFilter());
    }

    void outletsWithCounts()
    {
        QMap<QString, qint64> expected;
        for (const Article &a : m_articles) {
            if (!a.outletName.isEmpty()) {
                ++expected[a.outletName];
            }
        }
        QStringList names = expected.keys();
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(childNames(SidebarModel::OutletsRow), names);
        QCOMPARE(group(SidebarModel::OutletsRow).data(SidebarModel::CountRole).toLongLong(), qint64(names.size()));
        const auto outlets = ArticleStore(m_library->database()).outlets().value();
        for (int i = 0; i < m_model->rowCount(group(SidebarModel::OutletsRow)); ++i) {
            const QModelIndex index = m_model->index(i, 0, group(SidebarModel::OutletsRow));
            QCOMPARE(m_model->parent(index), group(SidebarModel::OutletsRow));
            QCOMPARE(index.data(SidebarModel::CountRole).toLongLong(), expected.value(index.data().toString()));
            const ArticleFilter filter = index.data(SidebarModel::FilterRole).value<ArticleFilter>();
            QCOMPARE(filter, m_model->filterAt(index));
            QCOMPARE(filter.outletId, outlets.at(i).id);
            QVERIFY(filter.language.isEmpty());
            QCOMPARE(m_model->indexOfFilter(filter), index);
        }
    }

    void languagesWithCounts()
    {
        QMap<QString, qint64> expected;
        for (const Article &a : m_articles) {
            if (!a.language.isEmpty()) {
                ++expected[a.language];
            }
        }
        QCOMPARE(m_model->rowCount(group(SidebarModel::LanguagesRow)), int(expected.size()));
        int i = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i) {
            const QModelIndex index = m_model->index(i, 0, group(SidebarModel::LanguagesRow));
            const QString name = index.data().toString();
            QVERIFY2(name.endsWith(u"(%1)"_s.arg(it.key())), qPrintable(name));
            QVERIFY2(name.size() > it.key().size() + 3, qPrintable(name)); // a name as well as the code
            QCOMPARE(index.data(SidebarModel::CountRole).toLongLong(), it.value());
            QCOMPARE(m_model->filterAt(index), (ArticleFilter { 0, it.key() }));
            QCOMPARE(m_model->indexOfFilter(ArticleFilter { 0, it.key() }), index);
        }
        QCOMPARE(m_model->index(0, 0, group(SidebarModel::LanguagesRow)).data().toString(), u"English (en)"_s);
    }

    void reloadShowsNewStories()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        ArticleStore store(m_library->database());
        QVERIFY(store.insert(makeArticle(u"Nouvelle"_s, u"Un article."_s, u"Le Monde"_s, u"fr"_s)).ok());
        QVERIFY(!childNames(SidebarModel::OutletsRow).contains(u"Le Monde"_s));
        m_model->reload();
        QCOMPARE(reset.count(), 1);
        QVERIFY(m_model->lastError().isEmpty());
        QVERIFY(childNames(SidebarModel::OutletsRow).contains(u"Le Monde"_s));
        QVERIFY(childNames(SidebarModel::LanguagesRow).contains(u"Français (fr)"_s));
        QCOMPARE(group(SidebarModel::AllStoriesRow).data(SidebarModel::CountRole).toLongLong(),
            qint64(m_articles.size() + 1));
    }
};

QTEST_MAIN(SidebarModelTest)
#include "tst_sidebarmodel.moc"
