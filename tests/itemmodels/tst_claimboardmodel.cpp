// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimBoardModel and ClaimThreadProxyModel under QAbstractItemModelTester: every filter of the
// claim board in SQL (tag with descendants, actor as claimant or named in the span, outlet,
// status, date range, free text), keyset pages in each indexed order, grouping by thread.

#include "claimboardfixture.h"

#include "itemmodels/claimboardmodel.h"
#include "itemmodels/claimthreadproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dateline::ClaimBoardFilter)

class ClaimBoardModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    ClaimBoardFixture m_fixture;

    static void fetchAll(QAbstractItemModel &model)
    {
        int guard = 0;
        while (model.canFetchMore({}) && ++guard < 1000) {
            model.fetchMore({});
        }
    }

    [[nodiscard]] QStringList labels(const QAbstractItemModel &model) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << m_fixture.labelOf(model.index(row, 0).data(ClaimBoardModel::ClaimIdRole).toLongLong());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        m_fixture = buildClaimBoardFixture(m_library->database());
        QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QStringList all = { u"c137"_s, u"cBlame"_s, u"c139"_s, u"cTalks"_s, u"c144"_s, u"cPlan"_s, u"c145"_s,
            u"cBlog"_s, u"cList"_s };
        QTest::newRow("no filter lets every claim through")
            << QString() << QString() << QString() << QString() << QDate() << QDate() << QString() << all;
        QTest::newRow("a tag brings the claims of its descendants")
            << u"Casualties"_s << QString() << QString() << QString() << QDate() << QDate() << QString()
            << QStringList { u"c137"_s, u"c139"_s, u"c144"_s, u"c145"_s };
        QTest::newRow("a leaf tag brings only its own claims")
            << u"Moscow attack"_s << QString() << QString() << QString() << QDate() << QDate() << QString()
            << QStringList { u"c139"_s };
        QTest::newRow("an actor as claimant, a rejected mention not")
            << QString() << u"Zamir Kabulov"_s << QString() << QString() << QDate() << QDate() << QString()
            << QStringList { u"cTalks"_s, u"cList"_s };
        QTest::newRow("an actor as claimant or named inside the span")
            << QString() << u"Sergey Lavrov"_s << QString() << QString() << QDate() << QDate() << QString()
            << QStringList { u"cBlame"_s, u"cPlan"_s };
        QTest::newRow("the story's outlet")
            << QString() << QString() << u"Reuters"_s << QString() << QDate() << QDate() << QString()
            << QStringList { u"c137"_s, u"cBlame"_s, u"c145"_s };
        QTest::newRow("a status") << QString() << QString() << QString() << u"true"_s << QDate() << QDate()
                                  << QString() << QStringList { u"c139"_s, u"c145"_s };
        QTest::newRow("a status no claim has") << QString() << QString() << QString() << u"retracted"_s << QDate()
                                               << QDate() << QString() << QStringList();
        QTest::newRow("a closed date range, both ends included")
            << QString() << QString() << QString() << QString() << QDate(2024, 3, 24) << QDate(2024, 3, 25)
            << QString() << QStringList { u"c139"_s, u"cTalks"_s, u"c144"_s, u"cPlan"_s };
        QTest::newRow("an open-ended range leaves out stories without a date")
            << QString() << QString() << QString() << QString() << QDate(2024, 3, 27) << QDate() << QString()
            << QStringList { u"c145"_s, u"cList"_s };
        QTest::newRow("free text in the claims")
            << QString() << QString() << QString() << QString() << QDate() << QDate() << u"toll"_s
            << QStringList { u"c137"_s, u"c145"_s, u"cBlog"_s };
        QTest::newRow("free text, the last word a prefix")
            << QString() << QString() << QString() << QString() << QDate() << QDate() << u"serangan terenc"_s
            << QStringList { u"cPlan"_s };
        QTest::newRow("free text that is only punctuation filters nothing")
            << QString() << QString() << QString() << QString() << QDate() << QDate() << u"“ -"_s << all;
        QTest::newRow("every filter at once")
            << u"Casualties"_s << QString() << u"Reuters"_s << u"unverified"_s << QDate(2024, 3, 1)
            << QDate(2024, 3, 31) << u"toll"_s << QStringList { u"c137"_s };
    }

    void filters()
    {
        QFETCH(QString, tag);
        QFETCH(QString, actor);
        QFETCH(QString, outlet);
        QFETCH(QString, status);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        ClaimBoardFilter filter;
        filter.tagId = tag.isEmpty() ? 0 : m_fixture.tagIds.value(tag);
        filter.actorId = actor.isEmpty() ? 0 : m_fixture.actorIds.value(actor);
        filter.outletId = outlet.isEmpty() ? 0 : m_fixture.outletIds.value(outlet);
        filter.status = ClaimNames::statusFromName(status);
        filter.from = from;
        filter.to = to;
        filter.text = text;
        QVERIFY(tag.isEmpty() || filter.tagId != 0);
        QVERIFY(outlet.isEmpty() || filter.outletId != 0);

        ClaimBoardModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setFilter(filter);
        fetchAll(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QStringList got = labels(model);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    void pagesInEachOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("pageSize");
        for (const int pageSize : { 1, 2, 4, 9, 100 }) {
            QTest::addRow("newest claim first, pages of %d", pageSize) << int(ClaimBoardModel::TextColumn)
                                                                   << Qt::AscendingOrder << pageSize;
            QTest::addRow("story date up, pages of %d", pageSize) << int(ClaimBoardModel::DateColumn)
                                                             << Qt::AscendingOrder << pageSize;
            QTest::addRow("story date down, pages of %d", pageSize) << int(ClaimBoardModel::DateColumn)
                                                               << Qt::DescendingOrder << pageSize;
            QTest::addRow("outlet up, pages of %d", pageSize) << int(ClaimBoardModel::OutletColumn)
                                                         << Qt::AscendingOrder << pageSize;
            QTest::addRow("status down, pages of %d", pageSize) << int(ClaimBoardModel::StatusColumn)
                                                           << Qt::DescendingOrder << pageSize;
        }
    }

    void pagesInEachOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, pageSize);

        // What each order should give, computed from the fixture: claims were inserted in story
        // order and by place within each story, so a claim's id stands for its place.
        struct Key {
            QString label;
            QString primary;
            qint64 story = 0;
            qint64 id = 0;
            QString created;
        };
        QList<Key> keys;
        for (const FixtureClaim &claim : m_fixture.claims) {
            Key key { claim.label, {}, m_fixture.storyIds.at(claim.story), m_fixture.claimIds.value(claim.label),
                claim.created };
            if (column == ClaimBoardModel::DateColumn) {
                key.primary = m_fixture.published.at(claim.story);
            } else if (column == ClaimBoardModel::OutletColumn) {
                key.primary = m_fixture.outlets.at(claim.story).toCaseFolded();
            } else if (column == ClaimBoardModel::StatusColumn) {
                key.primary = claim.status;
                key.story = 0;
            } else {
                key.primary = claim.created;
                key.story = 0;
            }
            keys << key;
        }
        const bool defaultOrder = !ClaimBoardModel::isSortable(column);
        const bool descending = defaultOrder || order == Qt::DescendingOrder;
        std::sort(keys.begin(), keys.end(), [descending](const Key &a, const Key &b) {
            const auto ka = std::tie(a.primary, a.story, a.id);
            const auto kb = std::tie(b.primary, b.story, b.id);
            return descending ? kb < ka : ka < kb;
        });
        QStringList expected;
        for (const Key &key : keys) {
            expected << key.label;
        }

        ClaimBoardModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(pageSize);
        model.sort(column, order);
        QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), std::min(pageSize, int(expected.size())));
        fetchAll(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(labels(model), expected);
    }

    void rowsCarryTheClaim()
    {
        ClaimBoardModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        const int row = model.rowOfClaim(m_fixture.claimIds.value(u"c139"_s));
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return model.index(row, column).data(); };
        QCOMPARE(cell(ClaimBoardModel::TextColumn).toString(), u"139 people died in the attack"_s);
        QCOMPARE(cell(ClaimBoardModel::OutletColumn).toString(), u"TASS"_s);
        QCOMPARE(cell(ClaimBoardModel::StatusColumn).toString(), ClaimNames::statusLabel(ClaimStatus::True));
        QCOMPARE(cell(ClaimBoardModel::TagsColumn).toString(), u"Death toll, Moscow attack"_s);
        QCOMPARE(cell(ClaimBoardModel::LinksColumn).toInt(), 1);
        QCOMPARE(model.index(row, ClaimBoardModel::DateColumn).data(Qt::EditRole).toDate(), QDate(2024, 3, 24));
        const QModelIndex first = model.index(row, 0);
        QCOMPARE(first.data(ClaimBoardModel::ArticleIdRole).toLongLong(), m_fixture.storyIds.at(1));
        QCOMPARE(first.data(ClaimBoardModel::StartRole).toLongLong(), 19);
        QCOMPARE(first.data(ClaimBoardModel::EndRole).toLongLong(), 19 + 29);
        QCOMPARE(first.data(ClaimBoardModel::StatusRole).toString(), u"true"_s);
        QCOMPARE(first.data(ClaimBoardModel::ThreadIdRole).toLongLong(), m_fixture.claimIds.value(u"c137"_s));
        const QList<qint64> tagIds = first.data(ClaimBoardModel::TagIdsRole).value<QList<qint64>>();
        QCOMPARE(tagIds, (QList<qint64> { m_fixture.tagIds.value(u"Death toll"_s), m_fixture.tagIds.value(u"Moscow attack"_s) }));

        const int talks = model.rowOfClaim(m_fixture.claimIds.value(u"cTalks"_s));
        QCOMPARE(model.index(talks, ClaimBoardModel::ClaimantColumn).data().toString(), u"Zamir Kabulov"_s);
        QCOMPARE(model.index(talks, 0).data(ClaimBoardModel::ThreadIdRole).toLongLong(),
            m_fixture.claimIds.value(u"cTalks"_s));
        const int blog = model.rowOfClaim(m_fixture.claimIds.value(u"cBlog"_s));
        QCOMPARE(model.index(blog, 0).data(ClaimBoardModel::ThreadIdRole).toLongLong(), 0);
        QCOMPARE(model.index(blog, ClaimBoardModel::LinksColumn).data().toInt(), 0);
        QVERIFY(model.index(blog, ClaimBoardModel::DateColumn).data().toString().isEmpty());
        QCOMPARE(model.index(model.rowOfClaim(m_fixture.claimIds.value(u"c145"_s)), ClaimBoardModel::LinksColumn)
                     .data()
                     .toInt(),
            2);
    }

    void groupedByThread_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page") << 100;
        QTest::newRow("a page ends inside a thread") << 3;
        QTest::newRow("one claim per page") << 1;
    }

    void groupedByThread()
    {
        QFETCH(int, pageSize);
        ClaimBoardModel model(m_library->database());
        ClaimThreadProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester boardTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(pageSize);
        model.setGroupedByThread(true);
        int guard = 0;
        while (proxy.canFetchMore({}) && ++guard < 100) {
            proxy.fetchMore({});
        }
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        // Only linked claims, thread after thread; the unlinked ones (cBlame, cPlan, cBlog) are out.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(proxy.rowCount(), 2);
        const qint64 first = m_fixture.claimIds.value(u"c137"_s);
        const qint64 second = m_fixture.claimIds.value(u"cTalks"_s);
        const QModelIndex one = proxy.index(0, 0);
        const QModelIndex two = proxy.index(1, 0);
        QCOMPARE(proxy.threadIdAt(one), first);
        QCOMPARE(proxy.threadIdAt(two), second);
        QCOMPARE(proxy.rowCount(one), 4);
        QCOMPARE(proxy.rowCount(two), 2);
        QCOMPARE(one.data().toString(), u"Thread of 4 claim(s)"_s);
        QStringList children;
        for (int row = 0; row < proxy.rowCount(one); ++row) {
            const QModelIndex child = proxy.index(row, 0, one);
            children << m_fixture.labelOf(child.data(ClaimBoardModel::ClaimIdRole).toLongLong());
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(child)), child);
            QCOMPARE(proxy.threadIdAt(child), first);
        }
        QCOMPARE(children, (QStringList { u"c137"_s, u"c139"_s, u"c144"_s, u"c145"_s }));
        QCOMPARE(m_fixture.labelOf(proxy.index(1, 0, two).data(ClaimBoardModel::ClaimIdRole).toLongLong()),
            u"cList"_s);

        // Back to the flat list: every claim again, in the order it had.
        model.setGroupedByThread(false);
        QCOMPARE(proxy.rowCount(), 0);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 9);
    }

    void groupingKeepsTheFilter()
    {
        ClaimBoardModel model(m_library->database());
        ClaimThreadProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimBoardFilter filter;
        filter.outletId = m_fixture.outletIds.value(u"TASS"_s);
        model.setFilter(filter);
        model.setGroupedByThread(true);
        fetchAll(model);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1); // c139 of the first thread
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 2); // cTalks and cList, both TASS
        // The heading counts the whole thread, not only what the filter lets through.
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Thread of 4 claim(s)"_s);
    }

    void reloadSeesNewClaims()
    {
        ClaimBoardModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 9);
        QSqlQuery query(m_library->database());
        QVERIFY(query.exec(u"DELETE FROM claim WHERE exact = 'the toll was 200'"_s));
        model.reload();
        fetchAll(model);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.rowOfClaim(m_fixture.claimIds.value(u"cBlog"_s)), -1);
    }
};

QTEST_GUILESS_MAIN(ClaimBoardModelTest)
#include "tst_claimboardmodel.moc"
