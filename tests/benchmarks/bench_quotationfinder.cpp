// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the news-text grammar runs: QuotationFinder (headless, the analysis) and NewsHighlighter
// (on screen) over stories of 100 KB and 1 MB, and what the first finder on a thread costs (its
// Repository). Figures, not assertions (STYLE 19); the budget of issue 4 is 20 ms for the whole
// analysis of a 100 KB story.
#include "analysis/newstextgrammar.h"
#include "analysis/quotationfinder.h"
#include "views/newshighlighter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <ctime>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

/// Real news text of every language the grammar knows, repeated to `bytes` of UTF-8.
QString storyOfSize(qsizetype bytes)
{
    QStringList paths { QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt")};
    const QDir syntax(QStringLiteral(DATELINE_TEST_DATA "/syntax"));
    for (const QString &name : syntax.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name)) {
        paths.append(syntax.filePath(name));
    }
    QString sample;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            sample += QString::fromUtf8(file.readAll()).trimmed() + u"\n\n"_s;
        }
    }
    QString text;
    while (text.toUtf8().size() < bytes) {
        text += sample;
    }
    return text;
}

} // namespace

class BenchQuotationFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstFinderOnAThread();
    void spans_data();
    void spans();
    void quotations_data();
    void quotations();
    void highlightDocument_data();
    void highlightDocument();
};

void BenchQuotationFinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void BenchQuotationFinder::firstFinderOnAThread()
{
    // A fresh thread has no Repository yet: this is what a pool thread pays once.
    qint64 nanoseconds = 0;
    QThread *thread = QThread::create([&nanoseconds] {
        QElapsedTimer timer;
        timer.start();
        QuotationFinder finder;
        const auto spans = finder.spans(u"“Warm,” he said."_s);
        nanoseconds = timer.nsecsElapsed();
        Q_UNUSED(spans);
    });
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
    qInfo("first QuotationFinder on a new thread (Repository + definition + one line): %.2f ms", nanoseconds / 1e6);
}

void BenchQuotationFinder::spans_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("100 KB") << qsizetype(100 * 1024);
    QTest::newRow("1 MB") << qsizetype(1024 * 1024);
}

void BenchQuotationFinder::spans()
{
    QFETCH(qsizetype, bytes);
    const QString text = storyOfSize(bytes);
    QuotationFinder finder;
    qsizetype count = finder.spans(text).size(); // warm: repository, regex JIT
    QBENCHMARK
    {
        count = finder.spans(text).size();
    }
    // The machine may be shared: the best processor time of a few runs says what the code costs.
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        const std::clock_t start = std::clock();
        count = finder.spans(text).size();
        best = std::min(best, double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    qInfo("%s: %lld spans; best of 5: %.2f ms of processor time, %.1f MB/s", QTest::currentDataTag(), qlonglong(count),
        best, text.toUtf8().size() / 1e6 / (best / 1e3));
}

void BenchQuotationFinder::quotations_data()
{
    spans_data();
}

void BenchQuotationFinder::quotations()
{
    QFETCH(qsizetype, bytes);
    const QString text = storyOfSize(bytes);
    QuotationFinder finder;
    qsizetype count = finder.quotations(text).size();
    QBENCHMARK
    {
        count = finder.quotations(text).size();
    }
    qInfo("%s: %lld quotations", QTest::currentDataTag(), qlonglong(count));
}

void BenchQuotationFinder::highlightDocument_data()
{
    spans_data();
}

void BenchQuotationFinder::highlightDocument()
{
    // The reader: the whole document highlighted once when a story opens, before its first paint;
    // afterwards QSyntaxHighlighter only re-highlights blocks that change.
    QFETCH(qsizetype, bytes);
    const QString text = storyOfSize(bytes);
    QTextDocument document;
    document.setPlainText(text);
    const auto theme = NewsTextGrammar::threadRepository().defaultTheme();
    QBENCHMARK
    {
        auto *highlighter = new NewsHighlighter(&document, theme);
        highlighter->rehighlight(); // the pass it schedules for the next event-loop turn
        delete highlighter;
    }
}

QTEST_MAIN(BenchQuotationFinder)
#include "bench_quotationfinder.moc"
