// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema step, tried from every earlier version with data in it: a file is built from the
// migrations 1..N, filled with data/fill_vN.sql, and then opened by Library, which must bring it
// to the current version with every row still there. The rows grow with the migrations.

#include "libraryfixture.h"

#include "storage/articlesearch.h"
#include "storage/library.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

/// Row count of every table (FTS shadow tables left out: they are checked through searches).
QMap<QString, qint64> tableCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                     "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s)) {
        return counts;
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        counts.insert(table, scalar(db, u"SELECT count(*) FROM \"%1\""_s.arg(table)).toLongLong());
    }
    return counts;
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInStepsAreNumberedInOrder()
    {
        const QList<Migration> &migrations = Migrations::builtIn();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i + 1));
            QVERIFY(migrations.at(i).name.startsWith(u"%1_"_s.arg(i + 1, 3, 10, QChar(u'0'))));
            QVERIFY(!migrations.at(i).sql.trimmed().isEmpty());
        }
        QCOMPARE(Library::schemaVersion(), migrations.constLast().version);
    }

    void loadRefusesGapInNumbers()
    {
        QTemporaryDir dir;
        for (const QString &name : { u"001_a.sql"_s, u"003_c.sql"_s }) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SELECT 1;");
        }
        auto loaded = Migrations::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(u"003_c.sql"_s), qPrintable(loaded.error()));
    }

    void opensEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        // 0 is an empty file (migration from nothing); the current version is a plain reopen.
        for (int version = 0; version <= Library::schemaVersion(); ++version) {
            QTest::addRow("from version %d", version) << version;
        }
    }

    void opensEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.dateline"_s);

        QMap<QString, qint64> before;
        {
            const QString name = u"build-v%1"_s.arg(version);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                auto migrated = Migrations::migrate(db, Migrations::builtIn(), version);
                QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
                QCOMPARE(Migrations::userVersion(db).value(), version);
                if (version > 0) {
                    QFile fill(QStringLiteral(STORAGE_TEST_DATA) + u"/fill_v%1.sql"_s.arg(version, 3, 10, QChar(u'0')));
                    QVERIFY2(fill.open(QIODevice::ReadOnly), qPrintable(fill.fileName()));
                    auto filled = Migrations::runScript(db, QString::fromUtf8(fill.readAll()));
                    QVERIFY2(filled.ok(), qPrintable(filled.error()));
                }
                before = tableCounts(db);
            }
            QSqlDatabase::removeDatabase(name);
        }

        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const QSqlDatabase db = library.value()->database();
        QCOMPARE(Migrations::userVersion(db).value(), Library::schemaVersion());
        QCOMPARE(library.value()->isNew(), version == 0);
        const bool migrated = version > 0 && version < Library::schemaVersion();
        QCOMPARE(library.value()->backupPath().isEmpty(), !migrated);
        if (migrated) {
            QVERIFY(QFileInfo::exists(library.value()->backupPath()));
        }

        // Every row of every table that existed is still there; the steps added tables, not lost rows.
        const QMap<QString, qint64> after = tableCounts(db);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(after.value(it.key()), it.value());
        }
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

        if (version > 0) {
            // The counters and the full-text index agree with the rows (fill files write through
            // the triggers), and a search finds the filled stories.
            QCOMPARE(
                scalar(db, u"SELECT articles FROM library_count"_s), scalar(db, u"SELECT count(*) FROM article"_s));
            QSqlQuery fts(db);
            QVERIFY2(fts.exec(u"INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)"_s),
                qPrintable(fts.lastError().text()));
            auto hits = ArticleSearch(db).search(u"Kabulov"_s, 10);
            QVERIFY2(hits.ok(), qPrintable(hits.error()));
            QVERIFY(!hits.value().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
