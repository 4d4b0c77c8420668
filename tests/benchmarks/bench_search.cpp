// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search at 100,000 stories: ArticleSearch::search for names, two words and phrases
// against the same FTS5 statement run bare through the C API (target: within 1.5x, median under
// 1 ms), and a word in most stories: the newest matches at once, the bm25 ranking after, also
// through ArticleListModel, which shows the first and ranks in the background.
#include "bench_common.h"
#include "bench_library.h"
#include "bench_sqlite.h"
#include "bench_stories.h"

#include "itemmodels/articlelistmodel.h"
#include "storage/articlerow.h"
#include "storage/articlesearch.h"
#include "storage/library.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;
using namespace Dateline::Bench;

namespace
{

// The statement ArticleSearch::search prepares (models/storage/articlesearch.cpp), copied with
// its column list from ArticleRow: keep it in step. search() checks that both sides return the
// same first row.
QString bareSql(ArticleSearch::Order order)
{
    const bool relevance = order == ArticleSearch::Order::Relevance;
    QString sql =
        u"SELECT %1, %2, snippet(article_fts, -1, '[', ']', '…', 12) FROM article_fts "
        "JOIN article a ON a.id = article_fts.rowid LEFT JOIN outlet o ON o.id = a.outlet_id "
        "WHERE article_fts MATCH ?1"_s.arg(ArticleRow::columns(), relevance ? u"article_fts.rank"_s : u"0.0"_s);
    if (relevance) {
        sql += u" AND article_fts.rank MATCH 'bm25(5.0, 1.0)' ORDER BY article_fts.rank LIMIT ?2"_s;
    } else {
        sql += u" ORDER BY article_fts.rowid DESC LIMIT ?2"_s;
    }
    return sql;
}

// Only the index's part: the matching rowids in the same order, no row read, no snippet made.
QString indexOnlySql(ArticleSearch::Order order)
{
    return order == ArticleSearch::Order::Relevance
        ? u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH 'bm25(5.0, 1.0)' "
          "ORDER BY rank LIMIT ?2"_s
        : u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2"_s;
}

} // namespace

class BenchSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void commonWord_data();
    void commonWord();
    void commonWordInTheModel();
    void cleanupTestCase();

private:
    struct Measured {
        Stats dateline;
        Stats bare;
        Stats indexOnly;
        qsizetype hits = 0;
        int bareRows = 0;
        qint64 firstId = 0;
        qint64 bareFirstId = 0;
    };
    Measured measure(const QString &query, ArticleSearch::Order order, int runs);
    qint64 matches(const QString &query);

    qint64 m_stories = 0;
    int m_limit = 50;
    int m_runs = 100;
    QString m_path;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleSearch> m_search;
    std::unique_ptr<BareDb> m_bare;
    QList<double> m_ratios;
    QList<double> m_medians;
};

void BenchSearch::initTestCase()
{
    m_stories = envSize("DATELINE_BENCH_SEARCH_STORIES", 100000);
    m_limit = int(envSize("DATELINE_BENCH_SEARCH_LIMIT", 50));
    m_runs = int(envSize("DATELINE_BENCH_RUNS", 100));
    const StorySource source = StorySource::load();
    heading(u"Search: %1 stories (DATELINE_BENCH_SEARCH_STORIES), first %2 hits (DATELINE_BENCH_SEARCH_LIMIT)"_s
                .arg(count(double(m_stories)))
                .arg(m_limit));
    print(u"stories: "_s + source.description());
    const Result<QString> path = ensureLibrary(m_stories, source);
    QVERIFY2(path.ok(), qPrintable(path.error()));
    m_path = path.value();
    auto opened = Library::open(m_path, Library::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
    m_search = std::make_unique<ArticleSearch>(m_library->database());
    m_bare = std::make_unique<BareDb>(m_path);
    QVERIFY2(m_bare->applyLibraryPragmas(), qPrintable(m_bare->error()));
    QVERIFY2(m_bare->ok(), qPrintable(m_bare->error()));
    QCOMPARE(m_bare->scalar(u"SELECT count(*) FROM article"_s).toLongLong(), m_stories);
    print(u"Dateline connection: "_s + pragmaSummary(m_library->database()));
    print(u"bare connection:     "_s + m_bare->pragmaSummary());
    print(u"bare statement: the SQL of articlesearch.cpp, copied (bareSql() in bench_search.cpp)"_s);
}

qint64 BenchSearch::matches(const QString &query)
{
    BareStatement statement(*m_bare, u"SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1"_s);
    statement.bind(1, query);
    return statement.next() ? statement.column(0).toLongLong() : -1;
}

BenchSearch::Measured BenchSearch::measure(const QString &query, ArticleSearch::Order order, int runs)
{
    Measured measured;
    measured.dateline = summarize(timeRuns(runs, 3, [&] {
        const auto hits = m_search->search(query, m_limit, order);
        measured.hits = hits.ok() ? hits.value().size() : -1;
        measured.firstId = measured.hits > 0 ? hits.value().first().article.id : 0;
    }));
    BareStatement statement(*m_bare, bareSql(order));
    if (!statement.ok()) {
        print(u"bare statement failed: "_s + statement.error());
        measured.bareRows = -1;
        return measured;
    }
    statement.bind(1, query);
    statement.bind(2, m_limit);
    measured.bareFirstId = statement.next() ? statement.column(0).toLongLong() : 0;
    statement.reset();
    measured.bare = summarize(timeRuns(runs, 3, [&] {
        statement.bind(1, query);
        statement.bind(2, m_limit);
        measured.bareRows = statement.run();
        statement.reset();
    }));
    BareStatement indexOnly(*m_bare, indexOnlySql(order));
    measured.indexOnly = summarize(timeRuns(runs, 3, [&] {
        indexOnly.bind(1, query);
        indexOnly.bind(2, m_limit);
        (void)indexOnly.run();
        indexOnly.reset();
    }));
    return measured;
}

void BenchSearch::search_data()
{
    QTest::addColumn<QString>("query");
    // Names, word pairs and phrases of the shared corpus (and of the generated stories too), from
    // rare to frequent; the typed rows are what the search box sends as a person types.
    // The counter line's number is in exactly one story: the cost of a query with a single match.
    QTest::newRow("one story: its counter number") << u"%1"_s.arg(m_stories / 2, 8, 10, QLatin1Char('0'));
    QTest::newRow("name: Kabulov") << u"Kabulov"_s;
    QTest::newRow("name: Putin") << u"Putin"_s;
    QTest::newRow("two words: Rusia Afghanistan") << u"Rusia Afghanistan"_s;
    QTest::newRow("two words: Prabowo inflasi") << u"Prabowo inflasi"_s;
    QTest::newRow("phrase: \"Gedung Putih\"") << u"\"Gedung Putih\""_s;
    QTest::newRow("phrase: \"Islamic State\"") << u"\"Islamic State\""_s;
    QTest::newRow("typed: Kabul") << ArticleSearch::queryForTyping(u"Kabul"_s);
    QTest::newRow("typed: Prabowo infl") << ArticleSearch::queryForTyping(u"Prabowo infl"_s);
}

void BenchSearch::search()
{
    QFETCH(QString, query);
    const qint64 matching = matches(query);
    QVERIFY(matching > 0);
    const Measured m = measure(query, ArticleSearch::Order::Relevance, m_runs);
    QCOMPARE(m.hits, qsizetype(std::min<qint64>(m_limit, matching)));
    QCOMPARE(qint64(m.bareRows), std::min<qint64>(m_limit, matching));
    QCOMPARE(m.firstId, m.bareFirstId);
    m_ratios.append(m.dateline.medianMs / m.bare.medianMs);
    m_medians.append(m.dateline.medianMs);
    print(u"%1  (%2 matching stories, bm25)"_s.arg(query, count(double(matching))));
    print(u"  Dateline ArticleSearch  "_s + statsText(m.dateline));
    print(u"  bare SQLite             "_s + statsText(m.bare));
    print(u"  (bare, rowids only      "_s + statsText(m.indexOnly) + u": the index without rows and snippets)"_s);
    print(u"  RESULT search %1: Dateline median %2, bare %3, %4 of bare (target <= 1.5x, median < 1 ms)"_s.arg(
        query, ms(m.dateline.medianMs), ms(m.bare.medianMs), ratio(m.dateline.medianMs, m.bare.medianMs)));
}

void BenchSearch::commonWord_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("yang") << u"yang"_s;
    QTest::newRow("the") << u"the"_s;
}

void BenchSearch::commonWord()
{
    QFETCH(QString, query);
    const qint64 matching = matches(query);
    QVERIFY(matching > m_limit);
    const int runs = std::max(5, m_runs / 5);
    const Measured newest = measure(query, ArticleSearch::Order::Newest, runs);
    const Measured ranked = measure(query, ArticleSearch::Order::Relevance, runs);
    QCOMPARE(newest.hits, qsizetype(m_limit));
    QCOMPARE(ranked.hits, qsizetype(m_limit));
    QCOMPARE(newest.bareRows, m_limit);
    QCOMPARE(newest.firstId, newest.bareFirstId);
    QCOMPARE(ranked.firstId, ranked.bareFirstId);
    print(u"%1  (common word: %2 of %3 stories match)"_s.arg(query, count(double(matching)), count(double(m_stories))));
    print(u"  first page, newest:     Dateline "_s + statsText(newest.dateline));
    print(u"                          bare     "_s + statsText(newest.bare));
    print(u"  first page, bm25 ranked: Dateline "_s + statsText(ranked.dateline));
    print(u"                          bare     "_s + statsText(ranked.bare));
    print(u"  (rowids only: newest %1, ranked %2)"_s.arg(ms(newest.indexOnly.medianMs), ms(ranked.indexOnly.medianMs)));
    print(u"  RESULT common word %1: newest first page %2 (bare %3), ranked %4 (bare %5)"_s.arg(query,
        ms(newest.dateline.medianMs), ms(newest.bare.medianMs), ms(ranked.dateline.medianMs),
        ms(ranked.bare.medianMs)));
}

void BenchSearch::commonWordInTheModel()
{
    // What the window sees: the first rows when the text is set, then rankingReady from the
    // background ranking; a second text set at once cancels the first ranking.
    ArticleListModel model(m_library->database(), m_path);
    QSignalSpy ranked(&model, &ArticleListModel::rankingReady);
    QElapsedTimer timer;
    timer.start();
    model.setSearchText(u"yang"_s);
    const double firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    const int firstRows = model.rowCount();
    QVERIFY2(firstRows > 0, qPrintable(model.lastError()));
    QVERIFY(ranked.wait(60000));
    const double rankedMs = double(timer.nsecsElapsed()) / 1e6;
    QVERIFY(model.rowCount() > 0);
    print(
        u"ArticleListModel::setSearchText(\"yang\"): %1 rows shown after %2; ranked rows after %3"_s.arg(firstRows).arg(
            ms(firstRowsMs), ms(rankedMs)));

    ranked.clear();
    timer.start();
    model.setSearchText(u"the"_s);
    model.setSearchText(u"Kabulov"_s);
    const double retypedMs = double(timer.nsecsElapsed()) / 1e6;
    QVERIFY(ranked.wait(60000));
    QCOMPARE(model.searchText(), u"Kabulov"_s);
    print(u"typing on (\"the\" then \"Kabulov\"): both set in %1, ranking of the last ready after %2"_s.arg(
        ms(retypedMs), ms(double(timer.nsecsElapsed()) / 1e6)));
    print(u"RESULT common word in the model: newest rows shown in %1, bm25 ranking in the background after %2"_s.arg(
        ms(firstRowsMs), ms(rankedMs)));
}

void BenchSearch::cleanupTestCase()
{
    if (!m_ratios.isEmpty()) {
        std::sort(m_ratios.begin(), m_ratios.end());
        std::sort(m_medians.begin(), m_medians.end());
        print(u"RESULT search: over %1 queries, worst ratio %2x, worst median %3 (targets <= 1.5x, < 1 ms)"_s
                  .arg(m_ratios.size())
                  .arg(m_ratios.last(), 0, 'f', 2)
                  .arg(ms(m_medians.last())));
    }
    m_search.reset();
    m_library.reset();
    m_bare.reset();
}

DATELINE_BENCH_MAIN(BenchSearch)
#include "bench_search.moc"
