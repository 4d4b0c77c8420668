// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importer.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{

QString storiesFolder()
{
    return QStringLiteral(DATELINE_TEST_DATA) + u"/ingest/stories"_s;
}

QString seedStoryPath()
{
    return QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void collectsStoryFiles();
    void missingPathIsAProblem();
    void importsFolderPastABadFile();
    void secondImportIsAllDuplicates();
    void duplicateWithinOneBatch();
    void cancelKeepsWhatWasCommitted();
    void importsFromResources();
    void tooLargeFileIsAProblem();
    void missingLibraryIsFatal();

private:
    /// The library's article count, read through a connection of the test's own.
    qint64 articleCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_libraryPath;
};

void TestImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_libraryPath = m_dir->filePath(u"library.dateline"_s);
    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenOrCreate);
    QVERIFY2(library.ok(), qPrintable(library.error()));
}

void TestImporter::cleanup()
{
    m_dir.reset();
}

qint64 TestImporter::articleCount() const
{
    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
    if (!library) {
        return -1;
    }
    const Result<LibraryCounts> counts = ArticleStore(library.value()->database()).counts();
    return counts ? counts.value().articles : -1;
}

void TestImporter::collectsStoryFiles()
{
    QList<ImportProblem> problems;
    const QStringList files = Importer::collectFiles({ storiesFolder() }, &problems);
    QVERIFY(problems.isEmpty());
    // Sorted; the hidden file, the hidden folder and notes.json left out; the sub-folder read.
    const QStringList expected {
        storiesFolder() + u"/01-english-reuters.txt"_s,
        storiesFolder() + u"/02-indonesian-kompas.txt"_s,
        storiesFolder() + u"/03-french-afp.md"_s,
        storiesFolder() + u"/04-russian-koi8-r.txt"_s,
        storiesFolder() + u"/05-broken.txt"_s,
        storiesFolder() + u"/sub/06-arabic-windows-1256.txt"_s,
    };
    QCOMPARE(files, expected);

    // A file named on its own comes in once, whatever its extension.
    const QStringList named = Importer::collectFiles(
        { storiesFolder() + u"/notes.json"_s, storiesFolder() + u"/01-english-reuters.txt"_s, storiesFolder() },
        nullptr);
    QCOMPARE(named.size(), 7);
    QCOMPARE(named.first(), storiesFolder() + u"/notes.json"_s);
    QCOMPARE(named.count(storiesFolder() + u"/01-english-reuters.txt"_s), 1);

    QVERIFY(Importer::isStoryFile(u"a.TXT"_s));
    QVERIFY(Importer::isStoryFile(u"a.markdown"_s));
    QVERIFY(!Importer::isStoryFile(u"a.json"_s));
    QVERIFY(!Importer::isStoryFile(u"README"_s));
}

void TestImporter::missingPathIsAProblem()
{
    const QString missing = m_dir->filePath(u"no-such-folder"_s);
    Importer importer(m_libraryPath, { missing, seedStoryPath() });
    const ImportReport report = importer.run();
    QVERIFY(report.fatalError.isEmpty());
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().path, missing);
    QVERIFY2(report.problems.first().reason.contains(u"does not exist"_s), qPrintable(report.problems.first().reason));
}

void TestImporter::importsFolderPastABadFile()
{
    Importer importer(m_libraryPath, { storiesFolder() });
    importer.setBatchSize(2);
    QSignalSpy progress(&importer, &Importer::progress);
    QSignalSpy batches(&importer, &Importer::batchCommitted);

    const ImportReport report = importer.run();
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.duplicates, 0);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.importedIds.size(), 5);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().path, storiesFolder() + u"/05-broken.txt"_s);
    QVERIFY2(report.problems.first().reason.contains(u"binary"_s), qPrintable(report.problems.first().reason));

    QCOMPARE(progress.size(), 6);
    QCOMPARE(progress.last().at(0).toInt(), 6);
    QCOMPARE(progress.last().at(1).toInt(), 6);
    QCOMPARE(progress.first().at(2).toString(), storiesFolder() + u"/01-english-reuters.txt"_s);
    QList<qint64> committed;
    for (const QList<QVariant> &batch : std::as_const(batches)) {
        committed.append(batch.first().value<QList<qint64>>());
    }
    QCOMPARE(committed, report.importedIds);
    QCOMPARE(articleCount(), 5);

    // What the stories say about themselves reached the library.
    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
    QVERIFY(library.ok());
    const ArticleStore store(library.value()->database());
    QSet<QString> languages;
    for (const qint64 id : report.importedIds) {
        const Result<Article> article = store.article(id);
        QVERIFY2(article.ok(), qPrintable(article.error()));
        languages.insert(article.value().language);
        if (article.value().sourcePath.endsWith(u"01-english-reuters.txt"_s)) {
            QCOMPARE(article.value().title, u"Russia pledges help to Taliban against Islamic State"_s);
            QCOMPARE(article.value().place, u"Moscow"_s);
            QCOMPARE(article.value().outletName, u"Reuters"_s);
        } else if (article.value().sourcePath.endsWith(u"02-indonesian-kompas.txt"_s)) {
            QCOMPARE(article.value().published, QDate(2025, 5, 5));
            QCOMPARE(article.value().outletName, u"KOMPAS.com"_s);
            QVERIFY(!article.value().text.contains(u'\r'));
        } else if (article.value().sourcePath.endsWith(u"04-russian-koi8-r.txt"_s)) {
            QVERIFY2(article.value().text.startsWith(u"МОСКВА, 2 мая (Рейтер)"_s), qPrintable(article.value().text));
            QCOMPARE(article.value().place, u"Москва"_s);
        }
    }
    const QSet<QString> expectedLanguages { u"en"_s, u"id"_s, u"fr"_s, u"ru"_s, u"ar"_s };
    QCOMPARE(languages, expectedLanguages);
}

void TestImporter::secondImportIsAllDuplicates()
{
    {
        Importer first(m_libraryPath, { storiesFolder() });
        QCOMPARE(first.run().imported, 5);
    }
    Importer second(m_libraryPath, { storiesFolder() });
    const ImportReport report = second.run();
    QVERIFY(report.fatalError.isEmpty());
    QCOMPARE(report.imported, 0);
    QVERIFY(report.importedIds.isEmpty());
    QCOMPARE(report.duplicates, 5);
    QCOMPARE(report.duplicatePaths.size(), 5);
    QVERIFY(report.duplicatePaths.contains(storiesFolder() + u"/03-french-afp.md"_s));
    QCOMPARE(report.problems.size(), 1); // the binary file is still not a story
    QCOMPARE(articleCount(), 5);
}

void TestImporter::duplicateWithinOneBatch()
{
    QFile seed(seedStoryPath());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray bytes = seed.readAll();
    QByteArray resaved = bytes;
    resaved.replace("\n", "  \r\n\r\n"); // other line endings and spacing: the same story
    const QString folder = m_dir->filePath(u"batch"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + u"/a.txt"_s, bytes));
    QVERIFY(writeFile(folder + u"/b.txt"_s, resaved));
    QVERIFY(writeFile(folder + u"/c.txt"_s, bytes));

    Importer importer(m_libraryPath, { folder });
    importer.setBatchSize(10);
    const ImportReport report = importer.run();
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.duplicates, 2);
    const QStringList duplicates { folder + u"/b.txt"_s, folder + u"/c.txt"_s };
    QCOMPARE(report.duplicatePaths, duplicates);
    QCOMPARE(articleCount(), 1);
}

void TestImporter::cancelKeepsWhatWasCommitted()
{
    const QString folder = m_dir->filePath(u"many"_s);
    QVERIFY(QDir().mkpath(folder));
    constexpr int files = 10;
    for (int i = 0; i < files; ++i) {
        const QString text =
            u"KABUL (Arrahmah.id) — Cerita nomor %1 tentang hubungan Rusia dan Afghanistan yang "
            u"dibahas di Moskow pada Jumat (2/5/2025).\nPejabat mengatakan kerja sama akan berlanjut."_s.arg(i);
        QVERIFY(writeFile(folder + u"/story-%1.txt"_s.arg(i, 2, 10, QChar(u'0')), text.toUtf8()));
    }

    constexpr int cancelAfter = 4;
    Importer importer(m_libraryPath, { folder });
    importer.setBatchSize(3);
    QSignalSpy batches(&importer, &Importer::batchCommitted);
    connect(&importer, &Importer::progress, this, [&importer](int done, int, const QString &) {
        if (done == cancelAfter) {
            importer.cancel();
        }
    });
    const ImportReport report = importer.run();
    QVERIFY(report.cancelled);
    QVERIFY(report.fatalError.isEmpty());
    QCOMPARE(report.imported, cancelAfter);
    QCOMPARE(report.importedIds.size(), cancelAfter);
    QCOMPARE(batches.size(), 2); // 3 at the batch size, 1 kept at the cancel
    QCOMPARE(articleCount(), cancelAfter);

    // The library is consistent: every reported story is there, and a new import finishes the job.
    {
        Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
        QVERIFY(library.ok());
        const ArticleStore store(library.value()->database());
        for (const qint64 id : report.importedIds) {
            const Result<Article> article = store.article(id);
            QVERIFY2(article.ok(), qPrintable(article.error()));
            QCOMPARE(article.value().published, QDate(2025, 5, 2));
        }
    }
    Importer rest(m_libraryPath, { folder });
    const ImportReport second = rest.run();
    QVERIFY(!second.cancelled);
    QCOMPARE(second.imported, files - cancelAfter);
    QCOMPARE(second.duplicates, cancelAfter);
    QCOMPARE(articleCount(), files);
}

void TestImporter::importsFromResources()
{
    const QString samples = u":/dateline/samples"_s;
    QList<ImportProblem> problems;
    const QStringList files = Importer::collectFiles({ samples }, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(files.contains(u":/dateline/samples/arrahmah-2025-05-02-russia-iskp.txt"_s));

    Importer importer(m_libraryPath, { samples });
    const ImportReport report = importer.run();
    QVERIFY2(report.problems.isEmpty(), report.problems.isEmpty() ? "" : qPrintable(report.problems.first().reason));
    QCOMPARE(report.imported, int(files.size()));

    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
    QVERIFY(library.ok());
    const Result<Article> seed = ArticleStore(library.value()->database()).article(report.importedIds.first());
    QVERIFY(seed.ok());
    QCOMPARE(seed.value().place, u"Kabul"_s);
    QCOMPARE(seed.value().outletName, u"Arrahmah.id"_s);
    QCOMPARE(seed.value().published, QDate(2025, 5, 2));
    QCOMPARE(seed.value().language, u"id"_s);
}

void TestImporter::tooLargeFileIsAProblem()
{
    const QString path = m_dir->filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(51LL * 1024 * 1024)); // sparse: costs no disk
    file.close();

    Importer importer(m_libraryPath, { path });
    const ImportReport report = importer.run();
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().reason.contains(u"too large"_s), qPrintable(report.problems.first().reason));
}

void TestImporter::missingLibraryIsFatal()
{
    Importer importer(m_dir->filePath(u"absent.dateline"_s), { seedStoryPath() });
    const ImportReport report = importer.run();
    QVERIFY(!report.fatalError.isEmpty());
    QCOMPARE(report.imported, 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"absent.dateline"_s)));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
