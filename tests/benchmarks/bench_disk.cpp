// SPDX-License-Identifier: GPL-3.0-or-later
// Disk use: bytes per story of a library file of 100,000 stories of about 4 KB after VACUUM, beside
// the bytes of the stories' own text and, where SQLite has dbstat, what each table and index takes.
// Target: under 9 KB a story.
#include "bench_common.h"
#include "bench_library.h"
#include "bench_sqlite.h"
#include "bench_stories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;
using namespace Dateline::Bench;

class BenchDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesPerStory();

private:
    static qint64 fileBytes(const QString &path)
    {
        qint64 bytes = 0;
        for (const QString &suffix : { u""_s, u"-wal"_s }) {
            bytes += QFileInfo(path + suffix).exists() ? QFileInfo(path + suffix).size() : 0;
        }
        return bytes;
    }
    static void printBreakdown(BareDb &db, qint64 stories);
};

void BenchDisk::printBreakdown(BareDb &db, qint64 stories)
{
    BareStatement statement(db, u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"_s);
    if (!statement.ok()) {
        print(u"(no breakdown: this SQLite has no dbstat table: %1)"_s.arg(statement.error()));
        return;
    }
    print(u"where the bytes go (dbstat, bytes per story):"_s);
    while (statement.next()) {
        const qint64 bytes = statement.column(1).toLongLong();
        if (bytes * 200 < stories * 4096) {
            continue; // under half a percent of a story: the empty tables of later features
        }
        print(u"  %1 %2"_s.arg(statement.column(0).toString(), -28).arg(count(double(bytes) / double(stories)), 8));
    }
}

void BenchDisk::bytesPerStory()
{
    const qint64 stories = envSize("DATELINE_BENCH_DISK_STORIES", 100000);
    const StorySource source = StorySource::load();
    heading(u"Disk: %1 stories (DATELINE_BENCH_DISK_STORIES)"_s.arg(count(double(stories))));
    print(u"stories: "_s + source.description());
    const Result<QString> path = ensureLibrary(stories, source);
    QVERIFY2(path.ok(), qPrintable(path.error()));

    const QString vacuumed = QDir(cacheDir()).filePath(u"vacuumed-%1.dateline"_s.arg(stories));
    QFile::remove(vacuumed);
    qint64 textBytes = 0;
    qint64 asBuiltBytes = fileBytes(path.value());
    {
        BareDb library(path.value(), true);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QCOMPARE(library.scalar(u"SELECT count(*) FROM article"_s).toLongLong(), stories);
        textBytes = library
                        .scalar(u"SELECT sum(length(CAST(text AS BLOB)) + length(CAST(title AS BLOB))) "
                                "FROM article"_s)
                        .toLongLong();
        BareStatement vacuum(library, u"VACUUM INTO ?1"_s);
        QVERIFY2(vacuum.ok(), qPrintable(vacuum.error()));
        vacuum.bind(1, vacuumed);
        QVERIFY2(vacuum.run() >= 0, qPrintable(vacuum.error()));
    }
    const qint64 vacuumedBytes = fileBytes(vacuumed);
    BareDb compact(vacuumed, true);
    QVERIFY2(compact.ok(), qPrintable(compact.error()));
    QCOMPARE(compact.scalar(u"SELECT count(*) FROM article"_s).toLongLong(), stories);
    QCOMPARE(compact.scalar(u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'DLB'"_s).toLongLong(), stories);

    const double perStory = double(vacuumedBytes) / double(stories);
    const double textPerStory = double(textBytes) / double(stories);
    print(u"library as built (after a WAL checkpoint): %1 bytes, %2 bytes a story"_s.arg(
        count(double(asBuiltBytes)), count(double(asBuiltBytes) / double(stories))));
    print(u"after VACUUM INTO %1: %2 bytes"_s.arg(vacuumed, count(double(vacuumedBytes))));
    print(u"the stories themselves (UTF-8 title and text): %1 bytes a story"_s.arg(count(textPerStory)));
    printBreakdown(compact, stories);
    print(u"RESULT disk: %1 bytes a story after VACUUM, %2x the story's own %3 bytes (target < 9,216 bytes "
          "for a 4 KB story)"_s.arg(count(perStory))
              .arg(perStory / textPerStory, 0, 'f', 2)
              .arg(count(textPerStory)));
    QFile::remove(vacuumed);
}

DATELINE_BENCH_MAIN(BenchDisk)
#include "bench_disk.moc"
