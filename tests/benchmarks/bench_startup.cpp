// SPDX-License-Identifier: GPL-3.0-or-later
// The model side of start-up on a library of 1,000,000 stories: open the Library, read the kept
// counts, build the SidebarModel and the ArticleListModel, fetch the first page and read the rows
// a window would paint; then the peak memory of this process. Against the bare limit: open the
// file with the C API, read the counts row and the same first page. The whole window is timed by
// tests/benchmarks/startup.sh (docs/benchmarks.md). Targets: window < 100 ms warm, memory < 150 MB.
#include "bench_common.h"
#include "bench_library.h"
#include "bench_sqlite.h"
#include "bench_stories.h"

#include "itemmodels/articlelistmodel.h"
#include "itemmodels/sidebarmodel.h"
#include "storage/articlepagequery.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;
using namespace Dateline::Bench;

namespace
{

/// Rows of the list a window of ordinary height paints at start.
constexpr int VisibleRows = 40;

struct Steps {
    QList<double> open;
    QList<double> counts;
    QList<double> sidebar;
    QList<double> list;
    QList<double> paint;
    QList<double> total;
};

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelSide();

private:
    qint64 m_stories = 0;
    QString m_path;
};

void BenchStartup::initTestCase()
{
    m_stories = envSize("DATELINE_BENCH_LIBRARY_STORIES", 1000000);
    const StorySource source = StorySource::load();
    heading(u"Start-up, model side: %1 stories (DATELINE_BENCH_LIBRARY_STORIES)"_s.arg(count(double(m_stories))));
    print(u"stories: "_s + source.description());
    // Built (if need be) by the bench_library tool in its own process: this one's peak memory is
    // then the start-up's alone.
    const Result<QString> path = ensureLibrary(m_stories, source);
    QVERIFY2(path.ok(), qPrintable(path.error()));
    m_path = path.value();
}

void BenchStartup::modelSide()
{
    const int runs = int(envSize("DATELINE_BENCH_STARTUP_RUNS", 10));
    const qint64 rssBefore = currentRssBytes();
    qint64 peakAfterFirst = 0;
    qint64 shownRows = 0;
    Steps steps;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        std::unique_ptr<Library> library;
        steps.open.append(timeOnce([&] {
            auto opened = Library::open(m_path, Library::OpenMode::OpenExisting);
            if (opened) {
                library = std::move(opened).value();
            }
        }));
        QVERIFY(library);
        qint64 articles = 0;
        steps.counts.append(timeOnce([&] {
            const auto counts = ArticleStore(library->database()).counts();
            articles = counts.ok() ? counts.value().articles : -1;
        }));
        QCOMPARE(articles, m_stories);
        std::unique_ptr<SidebarModel> sidebar;
        steps.sidebar.append(timeOnce([&] {
            sidebar = std::make_unique<SidebarModel>(library->database());
            for (int row = 0; row < sidebar->rowCount(); ++row) {
                const QModelIndex parent = sidebar->index(row, 0);
                (void)sidebar->data(parent);
                for (int child = 0; child < sidebar->rowCount(parent); ++child) {
                    (void)sidebar->data(sidebar->index(child, 0, parent));
                }
            }
        }));
        QVERIFY(sidebar->rowCount() > 0);
        std::unique_ptr<ArticleListModel> list;
        steps.list.append(timeOnce([&] {
            list = std::make_unique<ArticleListModel>(library->database(), library->path());
            if (list->rowCount() == 0 && list->canFetchMore({})) {
                list->fetchMore({});
            }
        }));
        QVERIFY2(list->rowCount() >= VisibleRows, qPrintable(list->lastError()));
        shownRows = list->rowCount();
        steps.paint.append(timeOnce([&] {
            for (int row = 0; row < VisibleRows; ++row) {
                for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
                    (void)list->data(list->index(row, column));
                }
            }
        }));
        steps.total.append(double(total.nsecsElapsed()) / 1e6);
        if (run == 0) {
            peakAfterFirst = peakRssBytes();
        }
    }

    // The bare limit: open the file, read the counts row and the same first page of the list.
    ArticleQuery newest;
    const QString pageSql = ArticlePageQuery::sql(newest, ArticleCursor());
    const QVariantMap bindings = ArticlePageQuery::bindings(newest, ArticleCursor(), int(shownRows));
    int bareRows = 0;
    const Stats bare = summarize(timeRuns(runs, 0, [&] {
        BareDb db(m_path);
        db.applyLibraryPragmas();
        (void)db.scalar(u"SELECT articles FROM library_count WHERE id = 1"_s);
        BareStatement page(db, pageSql);
        page.bindNamed(bindings);
        bareRows = page.run();
    }));
    QCOMPARE(qint64(bareRows), shownRows);

    print(u"%1 runs in one process (DATELINE_BENCH_STARTUP_RUNS); the first run, then the median of all:"_s.arg(runs));
    const auto line = [](const QString &step, const QList<double> &millis) {
        print(u"  %1 first %2  median %3"_s.arg(step, -46)
                  .arg(ms(millis.first()), 10)
                  .arg(ms(summarize(millis).medianMs), 10));
    };
    line(u"Library::open"_s, steps.open);
    line(u"ArticleStore::counts (kept by triggers)"_s, steps.counts);
    line(u"SidebarModel built and read"_s, steps.sidebar);
    line(u"ArticleListModel built, first fetch (%1 rows)"_s.arg(shownRows), steps.list);
    line(u"data() of %1 visible rows x %2 columns"_s.arg(VisibleRows).arg(int(ArticleListModel::ColumnCount)),
        steps.paint);
    line(u"total"_s, steps.total);
    print(u"  bare: open, counts row, same first page      "_s + statsText(bare));
    print(u"memory: %1 resident before opening, peak %2 after the first run, peak %3 after all runs"_s.arg(
        megabytes(rssBefore), megabytes(peakAfterFirst), megabytes(peakRssBytes())));
    print(u"RESULT start-up model side: first %1, median %2 (bare %3, %4 of bare); peak RSS %5 "
          "(targets: whole window < 100 ms warm, < 150 MB)"_s.arg(ms(steps.total.first()),
              ms(summarize(steps.total).medianMs), ms(bare.medianMs),
              ratio(summarize(steps.total).medianMs, bare.medianMs), megabytes(peakAfterFirst)));
}

DATELINE_BENCH_MAIN(BenchStartup)
#include "bench_startup.moc"
