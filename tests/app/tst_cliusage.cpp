// SPDX-License-Identifier: GPL-3.0-or-later
// How the command line is called: usage errors, help, --library before and after the command,
// the default library, and library files it must refuse and leave untouched.
#include "clitestsupport.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Dateline::Test;

namespace
{

/// A SQLite database with one table and this user_version (9999: written by a Dateline from the future).
bool writeSqliteFile(const QString &path, int userVersion)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT)")) &&
                query.exec(QStringLiteral("INSERT INTO article (title) VALUES ('from the future')")) &&
                    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    return ok;
}

} // namespace

class CliUsageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliFixture> m_fixture;
    const CliRunner *m_cli = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(QStringLiteral(DATELINE_BINARY)), DATELINE_BINARY);
        QVERIFY(QFileInfo::exists(seedStory()));
    }

    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        m_cli = &m_fixture->cli();
    }

    void cleanup()
    {
        m_cli = nullptr;
        m_fixture.reset();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");

        const auto row = [](const char *name, QStringList arguments) { QTest::newRow(name) << arguments; };
        row("import without a path", { QStringLiteral("import") });
        row("import with an unknown option", { QStringLiteral("import"), QStringLiteral("--bogus"), seedStory() });
        row("show without an id", { QStringLiteral("show") });
        row("show with a word for an id", { QStringLiteral("show"), QStringLiteral("abc") });
        row("show with two ids", { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2") });
        row("search without a query", { QStringLiteral("search") });
        row("search with limit 0",
            { QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0") });
        row("list with a negative limit", { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3") });
        row("list with a word for a limit",
            { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many") });
        row("list with an argument", { QStringLiteral("list"), QStringLiteral("everything") });
        row("stats with an argument", { QStringLiteral("stats"), QStringLiteral("now") });
        row("unknown command", { QStringLiteral("frobnicate") });
        row("unknown option before the command", { QStringLiteral("--bogus"), QStringLiteral("list") });
        row("library option without a value", { QStringLiteral("list"), QStringLiteral("--library") });
        row("empty library option", { QStringLiteral("--library="), QStringLiteral("list") });
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const QString library = m_cli->libraryPath();
        const QStringList withLibrary = arguments.contains(QStringLiteral("--library")) ||
            arguments.contains(QStringLiteral("--library="))
                ? arguments
                : QStringList { QStringLiteral("--library"), library } + arguments;
        const CliResult result = m_cli->run(withLibrary);
        QVERIFY2(result.exitCode == 2 && !result.crashed, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
        QVERIFY2(result.errText().startsWith(QStringLiteral("dateline: ")), qPrintable(describe(result)));
        QVERIFY2(result.errText().contains(QStringLiteral("--help")), "the message points to the help");
        QVERIFY2(!QFileInfo::exists(library), "a usage error created the library");
    }

    void libraryOption_data()
    {
        QTest::addColumn<QStringList>("arguments"); // LIB stands for the library's path

        const QString lib = QStringLiteral("LIB");
        const QString stats = QStringLiteral("stats");
        const QString json = QStringLiteral("--json");
        QTest::newRow("before the command") << QStringList { QStringLiteral("--library"), lib, stats, json };
        QTest::newRow("before, with =") << QStringList { QStringLiteral("--library=LIB"), stats, json };
        QTest::newRow("after the command") << QStringList { stats, QStringLiteral("--library"), lib, json };
        QTest::newRow("after, with =") << QStringList { stats, json, QStringLiteral("--library=LIB") };
    }

    void libraryOption()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(m_fixture->importSeed() > 0);
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("LIB"), m_cli->libraryPath());
        }
        const CliResult result = m_cli->run(arguments);
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        QString problem;
        const QJsonObject document = jsonObject(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(document.value(u"library").toString(), m_cli->libraryPath());
        QCOMPARE(document.value(u"stories").toInteger(), 1);
        // The default library was not opened, so not created either.
        QDirIterator files(m_cli->sandbox() + QStringLiteral("/data"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }

    void defaultLibraryStartsWithSamples()
    {
        const CliResult result =
            m_cli->run({ QStringLiteral("search"), QStringLiteral("Kabulov"), QStringLiteral("--json") });
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QString problem;
        const QJsonObject document = jsonObject(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(document.value(u"hits").toArray().size(), 1);
        const QString dataFolder = m_cli->sandbox() + QStringLiteral("/data/");
        QDirIterator libraries(dataFolder, { QStringLiteral("*.dateline") }, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(libraries.hasNext(), "the default library was not created under XDG_DATA_HOME");
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // each must be in the output

        QTest::newRow("general") << QStringList { QStringLiteral("--help") }
            << QStringList { QStringLiteral("Usage: dateline"),
                   QStringLiteral("window"),
                       QStringLiteral("  import"),
                           QStringLiteral("  list"),
                               QStringLiteral("  show"),
                                   QStringLiteral("  search"), QStringLiteral("  stats"), QStringLiteral("--library") };
        for (const char *command : { "import", "list", "show", "search", "stats" }) {
            const QString name = QString::fromLatin1(command);
            QTest::addRow("%s --help", command) << QStringList { name, QStringLiteral("--help") }
                << QStringList { QStringLiteral("Usage: dateline ") + name, QStringLiteral("--library") };
        }
        QTest::newRow("--help before a command") << QStringList { QStringLiteral("--help"), QStringLiteral("search") }
            << QStringList { QStringLiteral("Usage: dateline search"), QStringLiteral("FTS5") };
        QTest::newRow("-h after a command") << QStringList { QStringLiteral("import"), QStringLiteral("-h") }
            << QStringList { QStringLiteral("Usage: dateline import [options] PATH...") };
        QTest::newRow("version") << QStringList { QStringLiteral("--version") }
            << QStringList { QStringLiteral("dateline 0.") };
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const CliResult result = m_cli->run(arguments);
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        for (const QString &text : expected) {
            QVERIFY2(
                result.outText().contains(text), qPrintable(text + QStringLiteral(" not in\n") + result.outText()));
        }
        QDirIterator files(m_cli->sandbox() + QStringLiteral("/data"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "help opened a library");
    }

    void unusableLibraryRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention"); // the message must contain this

        const struct {
            const char *name;
            QStringList arguments;
        } commands[] = {
            { "stats", { QStringLiteral("stats") } },
                { "list", { QStringLiteral("list"), QStringLiteral("--json") } },
                    { "search", { QStringLiteral("search"), QStringLiteral("Kabulov") } },
                        { "show", { QStringLiteral("show"), QStringLiteral("1") } },
                            { "import", { QStringLiteral("import"), seedStory() } },
                         };
        for (const auto &command : commands) {
            QTest::addRow("newer version, %s", command.name) << QStringLiteral("newer")
                << command.arguments << QStringLiteral("9999");
        }
        QTest::newRow("not a database, stats") << QStringLiteral("text")
            << QStringList { QStringLiteral("stats") } << QString();
        QTest::newRow("not a database, import") << QStringLiteral("text")
            << QStringList { QStringLiteral("import"), seedStory() } << QString();
        QTest::newRow("damaged database, list") << QStringLiteral("damaged")
            << QStringList { QStringLiteral("list") } << QString();
    }

    void unusableLibraryRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const QString library = m_cli->libraryPath();
        QVERIFY(QDir().mkpath(QFileInfo(library).absolutePath()));
        if (kind == u"newer") {
            QVERIFY(writeSqliteFile(library, 9999));
        } else if (kind == u"text") {
            QVERIFY(writeFile(library, "These are my notes, not a library.\n"));
        } else {
            QVERIFY(writeSqliteFile(library, 1));
            QByteArray bytes = fileBytes(library);
            // Keep SQLite's header and overwrite the schema page: a damaged file, not a foreign one.
            for (qsizetype i = 100; i < bytes.size(); ++i) {
                bytes[i] = char(0xA5);
            }
            QVERIFY(writeFile(library, bytes));
        }
        const QByteArray before = fileBytes(library);
        const QStringList filesBefore = QDir(QFileInfo(library).absolutePath()).entryList(QDir::Files);

        const CliResult result = m_cli->runOnLibrary(arguments);
        QVERIFY2(result.exitCode == 2 && !result.crashed, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
        QVERIFY2(result.errText().startsWith(QStringLiteral("dateline: ")), qPrintable(describe(result)));
        QVERIFY2(result.errText().contains(mention), qPrintable(describe(result)));
        QVERIFY2(fileBytes(library) == before, "the refused library was changed");
        QCOMPARE(QDir(QFileInfo(library).absolutePath()).entryList(QDir::Files), filesBefore);
    }

    void missingLibraryIsNotCreatedForReading_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList { QStringLiteral("list") };
        QTest::newRow("stats") << QStringList { QStringLiteral("stats"), QStringLiteral("--json") };
        QTest::newRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("Kabulov") };
    }

    void missingLibraryIsNotCreatedForReading()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = m_cli->runOnLibrary(arguments);
        QVERIFY2(result.exitCode == 2 && result.out.isEmpty(), qPrintable(describe(result)));
        QVERIFY2(result.errText().contains(m_cli->libraryPath()), qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(m_cli->libraryPath()));
    }
};

QTEST_GUILESS_MAIN(CliUsageTest)
#include "tst_cliusage.moc"
