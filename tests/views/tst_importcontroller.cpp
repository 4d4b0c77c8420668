// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlestore.h"
#include "storage/library.h"
#include "views/importcontroller.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using Dateline::ImportController;
using Dateline::ImportProblem;
using Dateline::ImportReport;

namespace
{
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A story of a few sentences, different for each number, so that none is a duplicate.
QByteArray story(int number)
{
    return u"JAKARTA, KOMPAS.com - Pemerintah kota mengumumkan rencana nomor %1 untuk memperbaiki jalan di "
           "kawasan utara pada Senin (5/5/2025). Wali kota mengatakan pekerjaan akan dimulai bulan depan dan "
           "selesai sebelum akhir tahun. Warga diminta memakai jalur alternatif selama pekerjaan ke-%1 "
           "berlangsung.\n"_s.arg(number)
               .toUtf8();
}

qint64 storiesIn(const QString &libraryPath)
{
    auto library = Dateline::Library::open(libraryPath, Dateline::Library::OpenMode::OpenExisting);
    if (!library.ok()) {
        return -1;
    }
    const auto counts = Dateline::ArticleStore(library.value()->database()).counts();
    return counts.ok() ? counts.value().articles : -1;
}
} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void summaryText_data()
    {
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("problems");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("all new") << 3 << 0 << 0 << false << QStringList { u"Stories imported: 3"_s }
                                 << QStringList { u"Duplicates"_s, u"could not"_s, u"cancelled"_s };
        QTest::newRow("a repeated import says it was a duplicate")
            << 0 << 1 << 0 << false << QStringList { u"Nothing new"_s, u"already in the library"_s, u"1"_s }
            << QStringList { u"Stories imported"_s };
        QTest::newRow("new and duplicates")
            << 2 << 4 << 0 << false
            << QStringList { u"Stories imported: 2"_s, u"Duplicates skipped, already in the library: 4"_s }
            << QStringList { u"Nothing new"_s };
        QTest::newRow("bad files are counted")
            << 1 << 0 << 2 << false << QStringList { u"Files that could not be imported: 2"_s }
            << QStringList { u"Nothing new"_s };
        QTest::newRow("cancel keeps what was committed")
            << 5 << 0 << 0 << true << QStringList { u"Stories imported: 5"_s, u"kept"_s } << QStringList {};
    }
    void summaryCountsUpdatedStories()
    {
        ImportReport report;
        report.updated = 2;
        report.duplicates = 1;
        const QString summary = ImportController::summaryText(report);
        QVERIFY2(summary.contains(u"Stories updated, the old text kept as a revision: 2"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u"Nothing new"_s), qPrintable(summary));
    }
    void summaryText()
    {
        QFETCH(int, imported);
        QFETCH(int, duplicates);
        QFETCH(int, problems);
        QFETCH(bool, cancelled);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        ImportReport report;
        report.imported = imported;
        report.duplicates = duplicates;
        report.cancelled = cancelled;
        for (int i = 0; i < problems; ++i) {
            report.problems << ImportProblem { u"/stories/bad-%1.txt"_s.arg(i), u"reason %1"_s.arg(i) };
        }
        const QString summary = ImportController::summaryText(report);
        for (const QString &part : std::as_const(expected)) {
            QVERIFY2(summary.contains(part), qPrintable(summary));
        }
        for (const QString &part : std::as_const(absent)) {
            QVERIFY2(!summary.contains(part), qPrintable(summary));
        }
        const QString details = ImportController::problemsText(report);
        QCOMPARE(details.isEmpty(), problems == 0);
        for (int i = 0; i < problems; ++i) {
            QVERIFY(details.contains(u"bad-%1.txt"_s.arg(i)));
            QVERIFY(details.contains(u"reason %1"_s.arg(i)));
        }
    }

    void fatalErrorIsTheSummary()
    {
        ImportReport report;
        report.fatalError = u"disk full"_s;
        QVERIFY(ImportController::summaryText(report).contains(u"disk full"_s));
    }

    void badFileIsListedWithItsReason()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString libraryPath = dir.filePath(u"library.dateline"_s);
        QVERIFY(Dateline::Library::open(libraryPath).ok());
        QVERIFY(QDir(dir.path()).mkdir(u"stories"_s));
        QVERIFY(writeFile(dir.filePath(u"stories/good.txt"_s), story(1)));
        // Not text at all: bytes no story file has.
        QVERIFY(
            writeFile(dir.filePath(u"stories/broken.txt"_s), QByteArray("\x00\x01\x02\xff\xfe\x00garbage\x00", 15)));

        QWidget window;
        ImportController controller(&window);
        ImportReport report;
        bool finished = false;
        connect(&controller, &ImportController::finished, this, [&](const ImportReport &r) {
            report = r;
            finished = true;
        });
        QVERIFY(controller.start(libraryPath, { dir.filePath(u"stories"_s) }));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(libraryPath, { dir.filePath(u"stories"_s) })); // one import at a time
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(!controller.isRunning());

        QCOMPARE(report.imported, 1);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().path.endsWith(u"broken.txt"_s));
        QVERIFY(!report.problems.first().reason.isEmpty());

        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = window.findChild<QMessageBox *>(u"importSummary"_s)) != nullptr);
        QVERIFY(summary->text().contains(u"Files that could not be imported: 1"_s));
        QVERIFY(summary->detailedText().contains(u"broken.txt"_s));
        QVERIFY(summary->detailedText().contains(report.problems.first().reason));
        summary->close();
        QCOMPARE(storiesIn(libraryPath), 1);
    }

    void cancelAndWaitStopsWithoutSummary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString libraryPath = dir.filePath(u"library.dateline"_s);
        QVERIFY(Dateline::Library::open(libraryPath).ok());
        QVERIFY(QDir(dir.path()).mkdir(u"stories"_s));
        constexpr int Total = 400;
        for (int i = 0; i < Total; ++i) {
            QVERIFY(writeFile(dir.filePath(u"stories/story-%1.txt"_s.arg(i, 4, 10, QChar(u'0'))), story(i)));
        }
        QWidget window;
        ImportController controller(&window);
        controller.setBatchSize(10);
        int finishedCount = 0;
        ImportReport report;
        connect(&controller, &ImportController::finished, this, [&](const ImportReport &r) {
            report = r;
            ++finishedCount;
        });
        QVERIFY(controller.start(libraryPath, { dir.filePath(u"stories"_s) }));
        // As when the window closes mid-import: block until the worker is done.
        controller.cancelAndWait();
        QVERIFY(!controller.isRunning());
        QCOMPARE(finishedCount, 1);
        QCOMPARE(storiesIn(libraryPath), qint64(report.imported));
        QVERIFY(report.imported < Total);
        // The queued finished signal of the thread and late progress reports change nothing.
        QTest::qWait(100);
        QCOMPARE(finishedCount, 1);
        QVERIFY(window.findChild<QMessageBox *>(u"importSummary"_s) == nullptr);
        QVERIFY(window.findChild<QProgressDialog *>(u"importProgress"_s) == nullptr ||
            !window.findChild<QProgressDialog *>(u"importProgress"_s)->isVisible());
    }

    void cancelKeepsCommittedBatches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString libraryPath = dir.filePath(u"library.dateline"_s);
        QVERIFY(Dateline::Library::open(libraryPath).ok());
        QVERIFY(QDir(dir.path()).mkdir(u"stories"_s));
        constexpr int Total = 1500;
        for (int i = 0; i < Total; ++i) {
            QVERIFY(writeFile(dir.filePath(u"stories/story-%1.txt"_s.arg(i, 4, 10, QChar(u'0'))), story(i)));
        }

        QWidget window;
        ImportController controller(&window);
        controller.setShowsSummary(false);
        controller.setBatchSize(10);
        ImportReport report;
        bool finished = false;
        int batches = 0;
        connect(&controller, &ImportController::batchCommitted, this, [&] {
            if (++batches == 1) {
                controller.cancel();
            }
        });
        connect(&controller, &ImportController::finished, this, [&](const ImportReport &r) {
            report = r;
            finished = true;
        });
        QVERIFY(controller.start(libraryPath, { dir.filePath(u"stories"_s) }));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);

        QVERIFY(report.cancelled);
        QVERIFY2(report.imported >= 10 && report.imported < Total, qPrintable(QString::number(report.imported)));
        // What was committed stays, and nothing else.
        QCOMPARE(storiesIn(libraryPath), qint64(report.imported));
        QVERIFY(window.findChild<QMessageBox *>(u"importSummary"_s) == nullptr);
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
