// SPDX-License-Identifier: GPL-3.0-or-later
// Library::open: a new file, reopening, and every file it must refuse without touching it.

#include "libraryfixture.h"

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

class LibraryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name = u"library.dateline"_s) const { return m_dir->filePath(name); }

    /// A closed library file at the current version with `count` stories in it.
    void makeLibrary(const QString &file, int count)
    {
        auto library = Library::open(file);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QString error;
        QVERIFY2(insertAll(library.value()->database(), generatedArticles(count), &error).size() == count,
            qPrintable(error));
    }

    /// Runs `sql` on the file through a plain connection, as another program would.
    static void rawExec(const QString &file, const QStringList &statements)
    {
        const QString name = u"raw"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// Opening must fail with a message matching `pattern`, and the file must not change.
    void expectRefusal(
        const QString &file, const QString &pattern, const QList<Migration> &migrations = Migrations::builtIn())
    {
        const QByteArray before = fileHash(file);
        QVERIFY(!before.isEmpty());
        const qint64 sizeBefore = QFileInfo(file).size();
        auto library = Library::open(file, Library::OpenMode::OpenOrCreate, migrations);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(QRegularExpression(pattern)), qPrintable(library.error()));
        QCOMPARE(QFileInfo(file).size(), sizeBefore);
        QCOMPARE(fileHash(file), before);
        // Nothing beside it either: no log or shared-memory file left by the look inside.
        const QStringList beside =
            QDir(QFileInfo(file).absolutePath()).entryList({ QFileInfo(file).fileName() + u"-*"_s }, QDir::Files);
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(u", "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Library::schemaVersion() >= 1);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A Library must close its connection cleanly: any of these warnings fails the test.
        QTest::failOnWarning(QRegularExpression(u"still in use|QSqlDatabase"_s));
    }

    void newLibraryHasSchemaAndSettings_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("user_version is the schema version")
            << u"PRAGMA user_version"_s << QVariant(Library::schemaVersion());
        QTest::newRow("journal in WAL") << u"PRAGMA journal_mode"_s << QVariant(u"wal"_s);
        QTest::newRow("foreign keys on") << u"PRAGMA foreign_keys"_s << QVariant(1);
        QTest::newRow("synchronous NORMAL") << u"PRAGMA synchronous"_s << QVariant(1);
        QTest::newRow("busy timeout 5 s") << u"PRAGMA busy_timeout"_s << QVariant(5000);
        QTest::newRow("application id DTLN") << u"PRAGMA application_id"_s << QVariant(1146375246);
        const QStringList tables = { u"outlet"_s, u"feed"_s, u"article"_s, u"revision"_s, u"actor"_s, u"alias"_s,
            u"mention"_s, u"quote"_s, u"quote_relay"_s, u"claim"_s, u"tag"_s, u"claim_tag"_s, u"claim_link"_s,
            u"library_count"_s, u"language_count"_s, u"article_fts"_s, u"quote_fts"_s, u"claim_fts"_s };
        for (const QString &table : tables) {
            QTest::addRow("table %s", qPrintable(table))
                << u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'"_s.arg(table)
                << QVariant(1);
        }
        QTest::newRow("counters start at zero") << u"SELECT articles + outlets FROM library_count"_s << QVariant(0);
    }

    void newLibraryHasSchemaAndSettings()
    {
        QFETCH(QString, sql);
        QFETCH(QVariant, expected);
        auto library = Library::open(path());
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(library.value()->isNew());
        QVERIFY(library.value()->backupPath().isEmpty());
        QCOMPARE(scalar(library.value()->database(), sql).toString(), expected.toString());
    }

    void reopenedLibraryIsNotNew_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain name") << u"library.dateline"_s;
        // The look inside goes through a file: URI, where these characters mean something.
        QTest::newRow("URI characters") << u"my #1 library 100%25 ?x=y&.dateline"_s;
        QTest::newRow("non-ASCII") << u"pustaka berita – Bogotá.dateline"_s;
    }

    void reopenedLibraryIsNotNew()
    {
        QFETCH(QString, name);
        makeLibrary(path(name), 3);
        // After a clean close only the file is left; the newer-version check then sees it as is.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { name });
        rawExec(path(name), { u"PRAGMA user_version = 99"_s });
        expectRefusal(path(name), u"newer"_s);
        rawExec(path(name), { u"PRAGMA user_version = %1"_s.arg(Library::schemaVersion()) });
        auto library = Library::open(path(name), Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(!library.value()->isNew());
        QVERIFY(library.value()->backupPath().isEmpty());
        QCOMPARE(scalar(library.value()->database(), u"SELECT count(*) FROM article"_s).toInt(), 3);
    }

    void emptyFileBecomesNewLibrary()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto library = Library::open(path(), Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(library.value()->isNew());
    }

    void createsMissingFolder()
    {
        const QString file = m_dir->filePath(u"a/b/library.dateline"_s);
        auto library = Library::open(file);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(QFileInfo::exists(file));
    }

    void openExistingRefusesMissingFile()
    {
        auto library = Library::open(path(), Library::OpenMode::OpenExisting);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(u"does not exist"_s), qPrintable(library.error()));
        QVERIFY(!QFileInfo::exists(path()));
    }

    void openAgain()
    {
        auto missing = Library::open(path(), Library::OpenMode::OpenAgain);
        QVERIFY(!missing.ok());
        QVERIFY(!QFileInfo::exists(path()));

        makeLibrary(path(), 4);
        {
            auto again = Library::open(path(), Library::OpenMode::OpenAgain);
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QVERIFY(!again.value()->isNew());
            QCOMPARE(scalar(again.value()->database(), u"SELECT count(*) FROM article"_s).toInt(), 4);
            QCOMPARE(scalar(again.value()->database(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        }
        // A second connection never migrates: that is the first open's job, with its backup.
        QList<Migration> migrations = Migrations::builtIn();
        migrations.append({ Library::schemaVersion() + 1, u"999_test_step.sql"_s, u"CREATE TABLE t (a);"_s });
        const QByteArray before = fileHash(path());
        auto refused = Library::open(path(), Library::OpenMode::OpenAgain, migrations);
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().contains(u"format %1"_s.arg(Library::schemaVersion() + 1)), qPrintable(refused.error()));
        QCOMPARE(fileHash(path()), before);
    }

    void twoConnectionsToOneFile()
    {
        auto first = Library::open(path());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = Library::open(path(), Library::OpenMode::OpenExisting);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(first.value()->database().connectionName() != second.value()->database().connectionName());
        QString error;
        QCOMPARE(insertAll(first.value()->database(), generatedArticles(2), &error).size(), 2);
        QCOMPARE(scalar(second.value()->database(), u"SELECT articles FROM library_count"_s).toInt(), 2);
    }

    void destructorRemovesConnection()
    {
        QString name;
        {
            auto library = Library::open(path());
            QVERIFY2(library.ok(), qPrintable(library.error()));
            name = library.value()->database().connectionName();
            QVERIFY(QSqlDatabase::connectionNames().contains(name));
        }
        QVERIFY(!QSqlDatabase::connectionNames().contains(name));
    }

    void refusesNewerVersion()
    {
        makeLibrary(path(), 5);
        const int newer = Library::schemaVersion() + 7;
        rawExec(path(), { u"PRAGMA user_version = %1"_s.arg(newer) });
        // Both versions are named, so that the person knows which Dateline to get.
        expectRefusal(path(), u"newer.*%1.*%2"_s.arg(newer).arg(Library::schemaVersion()));
    }

    void refusesNonDatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(7);
        for (char &c : random) {
            c = char(generator.bounded(256));
        }
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("KABUL (Arrahmah.id) - a story, not a library.\n");
        QTest::newRow("header without its NUL") << QByteArray("SQLite format 3 and then some text that goes on");
        QTest::newRow("shorter than a header") << QByteArray("SQLite");
        QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body>library</body></html>");
    }

    void refusesNonDatabase()
    {
        QFETCH(QByteArray, content);
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        expectRefusal(path(), u"not a SQLite database"_s);
        QVERIFY(!QFileInfo::exists(path() + u"-wal"_s));
    }

    void refusesOtherProgramsDatabase_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("tables but no version")
            << QStringList { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                   u"INSERT INTO notes (body) VALUES ('hello')"_s };
        QTest::newRow("another application id") << QStringList { u"PRAGMA application_id = 42"_s,
            u"PRAGMA user_version = 1"_s, u"CREATE TABLE notes (id INTEGER PRIMARY KEY)"_s };
    }

    void refusesOtherProgramsDatabase()
    {
        QFETCH(QStringList, statements);
        rawExec(path(), statements);
        expectRefusal(path(), u"not a Dateline library"_s);
    }

    void refusesDamagedDatabase_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes over pages 2-6") << u"random"_s;
        QTest::newRow("every page header from page 2 garbled") << u"headers"_s;
        QTest::newRow("file cut in half") << u"truncate"_s;
        QTest::newRow("first page garbled after the magic") << u"first page"_s;
    }

    void refusesDamagedDatabase()
    {
        QFETCH(QString, damage);
        makeLibrary(path(), 300);
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 20 * pageSize);
        if (damage == u"random"_s) {
            QRandomGenerator generator(11);
            QByteArray bytes(5 * pageSize, '\0');
            for (char &c : bytes) {
                c = char(generator.bounded(256));
            }
            file.seek(pageSize);
            file.write(bytes);
        } else if (damage == u"headers"_s) {
            for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
                file.seek(offset);
                file.write(QByteArray(12, '\x7f'));
            }
        } else if (damage == u"first page"_s) {
            file.seek(16);
            file.write(QByteArray(200, '\x5a'));
        } else {
            QVERIFY(file.resize(file.size() / 2));
        }
        file.close();
        expectRefusal(path(), u"damaged"_s);
    }

    void keepsBackupBeforeMigrating()
    {
        makeLibrary(path(), 12);
        // An earlier backup of the same version is never overwritten: the new one gets a number.
        const QString first = u"%1.v%2.bak"_s.arg(path()).arg(Library::schemaVersion());
        QFile earlier(first);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier backup");
        earlier.close();

        QList<Migration> migrations = Migrations::builtIn();
        migrations.append({ Library::schemaVersion() + 1, u"999_test_step.sql"_s,
            u"CREATE TABLE test_step (id INTEGER PRIMARY KEY); INSERT INTO test_step DEFAULT VALUES;"_s });
        QString backup;
        {
            auto library = Library::open(path(), Library::OpenMode::OpenExisting, migrations);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QVERIFY(!library.value()->isNew());
            backup = library.value()->backupPath();
            QCOMPARE(backup, u"%1.v%2-2.bak"_s.arg(path()).arg(Library::schemaVersion()));
            QCOMPARE(
                scalar(library.value()->database(), u"PRAGMA user_version"_s).toInt(), Library::schemaVersion() + 1);
            QCOMPARE(scalar(library.value()->database(), u"SELECT count(*) FROM test_step"_s).toInt(), 1);
        }
        QCOMPARE(fileHash(first), QCryptographicHash::hash("an earlier backup", QCryptographicHash::Sha256));
        // The backup is the file before the step: the old version, the same stories.
        auto old = Library::open(backup, Library::OpenMode::OpenExisting);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(scalar(old.value()->database(), u"PRAGMA user_version"_s).toInt(), Library::schemaVersion());
        QCOMPARE(scalar(old.value()->database(), u"SELECT count(*) FROM article"_s).toInt(), 12);
    }

    void failedMigrationLeavesFileAsItWas_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("journal");
        const QString halfWay =
            u"CREATE TABLE half_way (id INTEGER); DELETE FROM article; INSERT INTO no_such_table VALUES (1);"_s;
        QTest::newRow("SQL error half-way") << halfWay << u"wal"_s;
        // A file in rollback-journal mode (as an older build may have left it) must keep its header.
        QTest::newRow("SQL error half-way, rollback journal") << halfWay << u"delete"_s;
        QTest::newRow("broken foreign key")
            << u"DELETE FROM outlet; INSERT INTO article (title, text, outlet_id) VALUES ('x', 'y', 999);"_s
            << u"wal"_s;
        QTest::newRow("constraint violated") << u"UPDATE article SET read = 5;"_s << u"wal"_s;
    }

    void failedMigrationLeavesFileAsItWas()
    {
        QFETCH(QString, step);
        QFETCH(QString, journal);
        makeLibrary(path(), 20);
        if (journal != u"wal"_s) {
            rawExec(path(), { u"PRAGMA journal_mode = %1"_s.arg(journal) });
        }
        QList<Migration> migrations = Migrations::builtIn();
        migrations.append({ Library::schemaVersion() + 1, u"999_broken.sql"_s, step });
        expectRefusal(path(), u"could not be updated"_s, migrations);
        auto library = Library::open(path(), Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const QSqlDatabase db = library.value()->database();
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Library::schemaVersion());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM article"_s).toInt(), 20);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_way'"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void failedFirstMigrationRemovesNewFile()
    {
        QList<Migration> migrations = { { 1, u"001_broken.sql"_s, u"CREATE TABLE t (a); SELECT * FROM nowhere;"_s } };
        auto library = Library::open(path(), Library::OpenMode::OpenOrCreate, migrations);
        QVERIFY(!library.ok());
        QVERIFY(!QFileInfo::exists(path()));
    }
};

QTEST_GUILESS_MAIN(LibraryTest)
#include "tst_library.moc"
