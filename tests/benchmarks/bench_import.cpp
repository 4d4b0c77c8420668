// SPDX-License-Identifier: GPL-3.0-or-later
// Import rate (with and without analysis): Importer over a folder of story files (reading, decoding, parsing, language
// detection, hashing, indexing) against bare SQLite inserting the very rows Dateline stored into
// the same schema, in one transaction with one prepared statement. Target: >= 80% of the bare rate.
#include "bench_common.h"
#include "bench_sqlite.h"
#include "bench_stories.h"

#include "ingest/importer.h"
#include "ingest/storyparser.h"
#include "ingest/textdecoder.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;
using namespace Dateline::Bench;

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importFolder();

private:
    static bool writeStories(const StorySource &source, const QString &folder, qint64 stories, qint64 *bytes);
    static bool createLibrary(const QString &path);
    static double storiesPerSecond(qint64 stories, double millis) { return double(stories) * 1000.0 / millis; }
};

bool BenchImport::writeStories(const StorySource &source, const QString &folder, qint64 stories, qint64 *bytes)
{
    QDir().mkpath(folder);
    *bytes = 0;
    for (qint64 i = 0; i < stories; ++i) {
        QFile file(QDir(folder).filePath(u"story-%1.txt"_s.arg(i, 7, 10, QLatin1Char('0'))));
        const QByteArray utf8 = source.story(i).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size()) {
            return false;
        }
        *bytes += utf8.size();
    }
    return true;
}

bool BenchImport::createLibrary(const QString &path)
{
    // The schema is created before the clock starts, as the bare side's is.
    auto library = Library::open(path);
    return library.ok();
}

void BenchImport::importFolder()
{
    const qint64 stories = envSize("DATELINE_BENCH_STORIES", 5000);
    const StorySource source = StorySource::load();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"stories"_s);
    qint64 bytes = 0;
    QVERIFY(writeStories(source, folder, stories, &bytes));

    heading(u"Import: %1 story files (DATELINE_BENCH_STORIES)"_s.arg(count(double(stories))));
    print(u"stories: "_s + source.description());
    print(u"files: %1 bytes, %2 bytes a story on average, in %3 (page cache warm)"_s.arg(count(double(bytes)))
              .arg(count(double(bytes) / double(stories)))
              .arg(folder));

    // What Dateline spends before storage: read, decode, parse (dateline, date, title, language by
    // CLD2, SHA-256). Shown so that the import figure can be read as parsing plus storing.
    QList<ImportProblem> collectProblems;
    const QStringList files = Importer::collectFiles({ folder }, &collectProblems);
    QCOMPARE(qint64(files.size()), stories);
    const double parseMs = timeOnce([&files] {
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const auto decoded = TextDecoder::decode(file.readAll());
            if (decoded) {
                const Article article = StoryParser::parse(decoded.value().text, StoryParser::Format::PlainText, path);
                Q_UNUSED(article);
            }
        }
    });

    // Dateline: the Importer as the window and the command line run it, batches of its default size.
    const QString libraryPath = dir.filePath(u"dateline.dateline"_s);
    QVERIFY(createLibrary(libraryPath));
    Importer importer(libraryPath, { folder });
    ImportReport report;
    const double datelineMs = timeOnce([&] { report = importer.run(); });
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    for (const ImportProblem &problem : std::as_const(report.problems)) {
        print(u"problem: %1: %2"_s.arg(problem.path, problem.reason));
    }
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).reason));
    QCOMPARE(qint64(report.imported), stories);

    // Issue 3's import (reading, parsing, language, hashing, indexing) without the actor and
    // quotation analysis that issue 4 added on top: the figure the 80% target speaks of.
    const QString plainPath = dir.filePath(u"dateline-no-analysis.dateline"_s);
    QVERIFY(createLibrary(plainPath));
    Importer plain(plainPath, { folder });
    plain.setAnalysisEnabled(false);
    ImportReport plainReport;
    const double plainMs = timeOnce([&] { plainReport = plain.run(); });
    QCOMPARE(qint64(plainReport.imported), stories);

    // The same Importer committing everything in one transaction, as the bare side does.
    const QString oneBatchPath = dir.filePath(u"dateline-one-batch.dateline"_s);
    QVERIFY(createLibrary(oneBatchPath));
    Importer oneBatch(oneBatchPath, { folder });
    oneBatch.setBatchSize(int(stories));
    ImportReport oneBatchReport;
    const double oneBatchMs = timeOnce([&] { oneBatchReport = oneBatch.run(); });
    QCOMPARE(qint64(oneBatchReport.imported), stories);

    // Bare: the rows Dateline stored, read back into memory, inserted into a fresh file with the
    // schema of resources/sql/*.sql, the pragmas of a Library, one transaction, one statement.
    BareDb stored(libraryPath, true);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    TableRows outlets;
    TableRows articles;
    QString error;
    QVERIFY2(outlets.load(stored, u"outlet"_s, {}, &error), qPrintable(error));
    QVERIFY2(articles.load(stored, u"article"_s, { u"id"_s }, &error), qPrintable(error));
    QCOMPARE(qint64(articles.size()), stories);

    BareDb bare(dir.filePath(u"bare.sqlite"_s));
    QVERIFY2(bare.applyLibraryPragmas(), qPrintable(bare.error()));
    QVERIFY2(bare.exec(schemaSql()), qPrintable(bare.error()));
    {
        QVERIFY(bare.exec(u"BEGIN"_s));
        BareStatement insertOutlet(bare, outlets.insertSql(u"outlet"_s));
        QVERIFY2(insertOutlet.ok(), qPrintable(insertOutlet.error()));
        for (qsizetype row = 0; row < outlets.size(); ++row) {
            outlets.bindRow(insertOutlet, row);
            QVERIFY2(insertOutlet.run() >= 0, qPrintable(insertOutlet.error()));
        }
        QVERIFY(bare.exec(u"COMMIT"_s));
    }
    bool bareOk = true;
    const double bareMs = timeOnce([&] {
        bareOk = bare.exec(u"BEGIN"_s);
        BareStatement insert(bare, articles.insertSql(u"article"_s));
        bareOk = bareOk && insert.ok();
        for (qsizetype row = 0; bareOk && row < articles.size(); ++row) {
            articles.bindRow(insert, row);
            bareOk = insert.run() >= 0;
        }
        bareOk = bareOk && bare.exec(u"COMMIT"_s);
    });
    QVERIFY2(bareOk, qPrintable(bare.error()));

    // Both files hold every story, and their full-text indexes find every counter line.
    const QString inBoth = u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'DLB'"_s;
    QCOMPARE(bare.scalar(inBoth).toLongLong(), stories);
    QCOMPARE(stored.scalar(inBoth).toLongLong(), stories);

    {
        auto library = Library::open(libraryPath, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        print(u"Dateline connection: "_s + pragmaSummary(library.value()->database()));
    }
    print(u"bare connection:     "_s + bare.pragmaSummary());
    const double datelineRate = storiesPerSecond(stories, datelineMs);
    const double oneBatchRate = storiesPerSecond(stories, oneBatchMs);
    const double bareRate = storiesPerSecond(stories, bareMs);
    print(u"read+decode+parse only (no storage): %1 stories/s (%2)"_s.arg(
        count(storiesPerSecond(stories, parseMs)), ms(parseMs)));
    const double plainRate = storiesPerSecond(stories, plainMs);
    print(u"Dateline Importer, batches of 200:   %1 stories/s (%2)"_s.arg(count(datelineRate), ms(datelineMs)));
    print(u"  the same without analysis:         %1 stories/s (%2)"_s.arg(count(plainRate), ms(plainMs)));
    print(u"Dateline Importer, one transaction:  %1 stories/s (%2)"_s.arg(count(oneBatchRate), ms(oneBatchMs)));
    print(u"bare SQLite insert, one transaction: %1 stories/s (%2)"_s.arg(count(bareRate), ms(bareMs)));
    print(u"RESULT import: Dateline %1 stories/s = %2% of bare %3 stories/s (target >= 80%)"_s.arg(count(plainRate))
              .arg(100.0 * plainRate / bareRate, 0, 'f', 1)
              .arg(count(bareRate)));
    print(u"RESULT import with actor and quotation analysis: %1 stories/s = %2% of bare"_s.arg(count(datelineRate))
              .arg(100.0 * datelineRate / bareRate, 0, 'f', 1));
}

DATELINE_BENCH_MAIN(BenchImport)
#include "bench_import.moc"
