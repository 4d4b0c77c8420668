// SPDX-License-Identifier: GPL-3.0-or-later
// A keyset page of the article list at the start, the middle and the end of a large library
// (1,000,000 stories by default): ArticleStore::page against the same statement
// (ArticlePageQuery::sql) run bare through the C API. Target: a median under 1 ms anywhere.
#include "bench_common.h"
#include "bench_library.h"
#include "bench_sqlite.h"
#include "bench_stories.h"

#include "storage/articlepagequery.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QHash>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;
using namespace Dateline::Bench;

Q_DECLARE_METATYPE(Dateline::ArticleQuery)

namespace
{

struct Positions {
    ArticleCursor start;
    ArticleCursor middle;
    ArticleCursor end;
    qint64 middleRow = 0;
    qint64 endRow = 0;
};

} // namespace

class BenchListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void page_data();
    void page();
    void offsetForContrast();
    void cleanupTestCase();

private:
    /// Walks the whole list in the store's own pages to find the cursors of the middle and end.
    Positions walk(const QString &name, const ArticleQuery &query);

    qint64 m_stories = 0;
    int m_pageSize = 100;
    int m_runs = 200;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<BareDb> m_bare;
    QHash<QString, Positions> m_positions;
    QList<double> m_datelineMedians;
};

void BenchListPage::initTestCase()
{
    m_stories = envSize("DATELINE_BENCH_LIBRARY_STORIES", 1000000);
    m_pageSize = int(envSize("DATELINE_BENCH_PAGE", 100));
    m_runs = int(envSize("DATELINE_BENCH_RUNS", 200));
    const StorySource source = StorySource::load();
    heading(u"List page: %1 stories (DATELINE_BENCH_LIBRARY_STORIES), pages of %2 (DATELINE_BENCH_PAGE)"_s
                .arg(count(double(m_stories)))
                .arg(m_pageSize));
    print(u"stories: "_s + source.description());
    const Result<QString> path = ensureLibrary(m_stories, source);
    QVERIFY2(path.ok(), qPrintable(path.error()));
    auto opened = Library::open(path.value(), Library::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
    m_store = std::make_unique<ArticleStore>(m_library->database());
    const auto counts = m_store->counts();
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts.value().articles, m_stories);
    QVERIFY(m_stories > 2 * m_pageSize);
    m_bare = std::make_unique<BareDb>(path.value());
    QVERIFY2(m_bare->applyLibraryPragmas(), qPrintable(m_bare->error()));
    QVERIFY2(m_bare->ok(), qPrintable(m_bare->error()));
    print(u"Dateline connection: "_s + pragmaSummary(m_library->database()));
    print(u"bare connection:     "_s + m_bare->pragmaSummary());
}

Positions BenchListPage::walk(const QString &name, const ArticleQuery &query)
{
    Positions positions;
    positions.middleRow = m_stories / 2;
    positions.endRow = m_stories - m_pageSize;
    ArticleCursor cursor;
    qint64 row = 0;
    QElapsedTimer timer;
    timer.start();
    for (const qint64 target : { positions.middleRow, positions.endRow }) {
        while (row < target) {
            const auto page = m_store->page(query, cursor, int(std::min<qint64>(10000, target - row)));
            if (!page.ok() || page.value().rows.isEmpty()) {
                print(u"walk stopped at row %1: %2"_s.arg(row).arg(page.ok() ? u"no rows"_s : page.error()));
                return {};
            }
            row += page.value().rows.size();
            cursor = page.value().next;
        }
        (target == positions.middleRow ? positions.middle : positions.end) = cursor;
    }
    print(u"%1: walked %2 rows in the store's pages of up to 10,000 in %3 (%4 rows/s)"_s.arg(name)
              .arg(count(double(row)), ms(double(timer.nsecsElapsed()) / 1e6))
              .arg(count(double(row) * 1e9 / double(std::max<qint64>(1, timer.nsecsElapsed())))));
    return positions;
}

void BenchListPage::page_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<ArticleQuery>("query");
    QTest::addColumn<QString>("position");
    ArticleQuery newest;
    newest.column = ArticleSortColumn::Published;
    newest.order = Qt::DescendingOrder;
    ArticleQuery byTitle;
    byTitle.column = ArticleSortColumn::Title;
    byTitle.order = Qt::AscendingOrder;
    for (const QString &position : { u"start"_s, u"middle"_s, u"end"_s }) {
        QTest::addRow("published newest first, %s", qPrintable(position))
            << u"published newest first"_s << newest << position;
    }
    for (const QString &position : { u"start"_s, u"middle"_s, u"end"_s }) {
        QTest::addRow("title A-Z, %s", qPrintable(position)) << u"title A-Z"_s << byTitle << position;
    }
}

void BenchListPage::page()
{
    QFETCH(QString, sort);
    QFETCH(ArticleQuery, query);
    QFETCH(QString, position);
    if (!m_positions.contains(sort)) {
        m_positions.insert(sort, walk(sort, query));
    }
    const Positions &positions = m_positions.value(sort);
    QVERIFY(!positions.end.atStart);
    const ArticleCursor cursor = position == u"start"_s ? positions.start
        : position == u"middle"_s                       ? positions.middle
                                                        : positions.end;
    const qint64 firstRow = position == u"start"_s ? 0
        : position == u"middle"_s                  ? positions.middleRow
                                                   : positions.endRow;

    qsizetype rows = 0;
    qint64 firstId = 0;
    const Stats dateline = summarize(timeRuns(m_runs, 5, [&] {
        const auto page = m_store->page(query, cursor, m_pageSize);
        rows = page.ok() ? page.value().rows.size() : -1;
        firstId = rows > 0 ? page.value().rows.first().id : 0;
    }));
    QCOMPARE(rows, qsizetype(m_pageSize));

    BareStatement statement(*m_bare, ArticlePageQuery::sql(query, cursor));
    QVERIFY2(statement.ok(), qPrintable(statement.error()));
    const QVariantMap bindings = ArticlePageQuery::bindings(query, cursor, m_pageSize);
    QVERIFY2(statement.bindNamed(bindings), qPrintable(statement.error()));
    QVERIFY(statement.next());
    QCOMPARE(statement.column(0).toLongLong(), firstId); // the same rows on both sides
    statement.reset();
    int bareRows = 0;
    const Stats bare = summarize(timeRuns(m_runs, 5, [&] {
        statement.bindNamed(bindings);
        bareRows = statement.run();
        statement.reset();
    }));
    QCOMPARE(bareRows, m_pageSize);
    m_datelineMedians.append(dateline.medianMs);

    print(u"%1, %2 (row %3):"_s.arg(sort, position, count(double(firstRow))));
    print(u"  Dateline ArticleStore::page  "_s + statsText(dateline));
    print(u"  bare SQLite, same statement  "_s + statsText(bare));
    print(u"  RESULT list page %1 %2: Dateline median %3, bare %4, %5 of bare (target median < 1 ms)"_s.arg(
        sort, position, ms(dateline.medianMs), ms(bare.medianMs), ratio(dateline.medianMs, bare.medianMs)));
}

void BenchListPage::offsetForContrast()
{
    // Why keyset: the same middle page by OFFSET walks half the index first.
    const QString sql = u"SELECT a.id, a.title FROM article a ORDER BY coalesce(a.published, '') DESC, a.id DESC "
                        "LIMIT ?1 OFFSET ?2"_s;
    BareStatement statement(*m_bare, sql);
    QVERIFY2(statement.ok(), qPrintable(statement.error()));
    int rows = 0;
    const Stats offset = summarize(timeRuns(3, 1, [&] {
        statement.bind(1, m_pageSize);
        statement.bind(2, m_stories / 2);
        rows = statement.run();
        statement.reset();
    }));
    QCOMPARE(rows, m_pageSize);
    print(u"for contrast, bare OFFSET page at row %1 (newest first): %2"_s.arg(
        count(double(m_stories / 2)), statsText(offset)));
}

void BenchListPage::cleanupTestCase()
{
    if (!m_datelineMedians.isEmpty()) {
        std::sort(m_datelineMedians.begin(), m_datelineMedians.end());
        print(u"RESULT list page: worst median of %1 positions %2 (target < 1 ms)"_s.arg(m_datelineMedians.size())
                  .arg(ms(m_datelineMedians.last())));
    }
    m_store.reset();
    m_library.reset();
    m_bare.reset();
}

DATELINE_BENCH_MAIN(BenchListPage)
#include "bench_listpage.moc"
