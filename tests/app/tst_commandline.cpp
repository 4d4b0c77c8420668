// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands, run as a user runs them: the real dateline binary in a process of its
// own, on a library in a temporary folder, with its home and data folders inside that folder.
#include "clirunner.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>

using Dateline::Test::CliResult;
using Dateline::Test::CliRunner;

namespace
{

const QString seedStory = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");

QString describe(const CliResult &result)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
            .arg(result.exitCode)
            .arg(result.crashed ? QStringLiteral(" (crashed or timed out)") : QString())
                                      .arg(result.outText(), result.errText());
}

QJsonObject jsonObject(const CliResult &result, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("not one JSON object (%1)\n%2").arg(error.errorString(), describe(result));
        return {};
    }
    return document.object();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The text of `text` between two code-point offsets, as JSON readers count them.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> codePoints = text.toUcs4();
    if (start < 0 || end < start || end > codePoints.size()) {
        return QStringLiteral("<out of range>");
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
}

/// A SQLite database with one table and this user_version (9999: written by a Dateline from the future).
bool writeSqliteFile(const QString &path, int userVersion)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT)")) &&
                query.exec(QStringLiteral("INSERT INTO article (title) VALUES ('from the future')")) &&
                    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    return ok;
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    /// Imports the seed story into the runner's library; the story's id.
    qint64 importSeed()
    {
        const CliResult imported = m_cli->runOnLibrary({ QStringLiteral("import"), seedStory });
        if (imported.exitCode != 0) {
            qWarning().noquote() << describe(imported);
            return 0;
        }
        const CliResult listed = m_cli->runOnLibrary({ QStringLiteral("list"), QStringLiteral("--json") });
        QString problem;
        const QJsonArray articles = jsonObject(listed, &problem).value(u"articles").toArray();
        return articles.size() == 1 ? articles.first().toObject().value(u"id").toInteger() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(QStringLiteral(DATELINE_BINARY)), DATELINE_BINARY);
        QVERIFY(QFileInfo::exists(seedStory));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void importSeedStoryThenAgain()
    {
        const CliResult first = m_cli->runOnLibrary({ QStringLiteral("import"), seedStory });
        QVERIFY2(first.exitCode == 0 && !first.crashed, qPrintable(describe(first)));
        QCOMPARE(first.outText(), QStringLiteral("Imported 1 story.\n"));
        QVERIFY2(first.err.isEmpty(), qPrintable(describe(first))); // no progress line without a terminal

        const CliResult second = m_cli->runOnLibrary({ QStringLiteral("import"), seedStory });
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QCOMPARE(second.outText(), QStringLiteral("Imported 0 stories, 1 already in the library.\n"));
        QVERIFY2(second.err.isEmpty(), qPrintable(describe(second)));
    }

    void importProgressOnTerminal()
    {
        const CliResult result = m_cli->runOnTerminal(
            { QStringLiteral("--library"), m_cli->libraryPath(), QStringLiteral("import"), seedStory },
                CliRunner::Stream::Stderr, 60);
        QVERIFY2(result.exitCode == 0 && !result.crashed, qPrintable(describe(result)));
        QCOMPARE(result.outText(), QStringLiteral("Imported 1 story.\n")); // the summary still goes to stdout
        const QString shown = QString::fromUtf8(result.terminal);
        QVERIFY2(shown.startsWith(QStringLiteral("\rImporting 1/1: arrahmah-2025-05-02-russia-iskp.txt")),
            qPrintable(shown));
        // The line is gone once the import ends: the terminal shows nothing but blanks.
        const QStringList screen = CliRunner::screen(result.terminal);
        QCOMPARE(screen.size(), 1);
        QVERIFY2(screen.first().trimmed().isEmpty(), qPrintable(screen.first()));
    }

    void importWithProblems_data()
    {
        QTest::addColumn<QByteArray>("badBytes"); // empty: the bad path does not exist
        QTest::addColumn<QString>("badName");

        QByteArray binary;
        for (int i = 0; i < 4096; ++i) {
            binary.append(char((i * 37) % 256));
        }
        QTest::newRow("binary file beside a good one") << binary << QStringLiteral("broken.txt");
        QTest::newRow("missing file beside a good one") << QByteArray() << QStringLiteral("missing.txt");
    }

    void importWithProblems()
    {
        QFETCH(QByteArray, badBytes);
        QFETCH(QString, badName);
        const QString folder = m_dir->filePath(QStringLiteral("stories"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(seedStory, folder + QStringLiteral("/good.txt")));
        const QString badPath = folder + u'/' + badName;
        if (!badBytes.isEmpty()) {
            QVERIFY(writeFile(badPath, badBytes));
        }
        const QStringList paths =
            badBytes.isEmpty() ? QStringList { folder + QStringLiteral("/good.txt"), badPath } : QStringList { folder };

        const CliResult result = m_cli->runOnLibrary(QStringList { QStringLiteral("import") } + paths);
        QVERIFY2(result.exitCode == 1 && !result.crashed, qPrintable(describe(result)));
        QCOMPARE(result.outText(), QStringLiteral("Imported 1 story, 1 failed.\n"));
        // One line for the bad file, "path: reason", and nothing about the good one.
        const QStringList lines = result.errText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(badPath + QStringLiteral(": ")), qPrintable(lines.first()));
        QVERIFY2(lines.first().size() > badPath.size() + 2, "the reason is missing");
    }

    void importInterruptedKeepsCommittedBatches()
    {
        constexpr int storyCount = 6000;
        const QString folder = m_dir->filePath(QStringLiteral("many"));
        const QByteArray seed = fileBytes(seedStory);
        for (int i = 0; i < storyCount; ++i) {
            // Each a different story, so that none is a duplicate of another.
            QVERIFY(writeFile(folder +
                QStringLiteral("/story-%1.txt").arg(i, 5, 10, QLatin1Char('0')),
                    seed + "\nCatatan nomor " + QByteArray::number(i) + ".\n"));
        }
        const QString library = m_cli->libraryPath();
        QProcess process;
        m_cli->prepare(process);
        process.start(QStringLiteral(DATELINE_BINARY),
            { QStringLiteral("--library"), library, QStringLiteral("import"), folder });
        QVERIFY(process.waitForStarted(10000));
        // The library file appears once the import has begun; Ctrl+C is caught from before that.
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(library) && process.state() == QProcess::Running && waited.elapsed() < 30000) {
            QThread::msleep(2);
        }
        QVERIFY2(QFileInfo::exists(library), process.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // stopped by itself, not killed
        QVERIFY2(process.exitCode() == 130, qPrintable(out + err));
        QVERIFY2(out.startsWith(QStringLiteral("Import interrupted")), qPrintable(out));
        static const QRegularExpression summary(
            QStringLiteral("^Imported (\\d+) stor(y|ies)\\.$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = summary.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const int imported = match.captured(1).toInt();
        QVERIFY2(imported < storyCount, qPrintable(out));

        // What the summary reported is exactly what the library kept.
        const CliResult stats = m_cli->runOnLibrary({ QStringLiteral("stats"), QStringLiteral("--json") });
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
        QString problem;
        QCOMPARE(jsonObject(stats, &problem).value(u"stories").toInteger(), imported);
    }

    void searchText()
    {
        const qint64 id = importSeed();
        QVERIFY(id > 0);
        const CliResult result = m_cli->runOnLibrary({ QStringLiteral("search"), QStringLiteral("Kabulov") });
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, the hit, its snippet
        static const QRegularExpression hitLine(QStringLiteral("^\\s*(\\d+)\\s+2025-05-02\\s+Arrahmah\\.id\\s+\\S"));
        const QRegularExpressionMatch match = hitLine.match(lines.at(1));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
        QCOMPARE(match.captured(1).toLongLong(), id);
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("    ")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("[Kabulov]")), qPrintable(lines.at(2)));
    }

    void searchJson_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("matchPattern"); // every highlighted match must read like this

        QTest::newRow("surname") << QStringLiteral("Kabulov") << QStringLiteral("^kabulov$");
        QTest::newRow("lower case") << QStringLiteral("kabulov") << QStringLiteral("^kabulov$");
        QTest::newRow("phrase") << QStringLiteral("\"Zamir Kabulov\"")
            << QStringLiteral("^(zamir|kabulov|zamir kabulov)$");
        QTest::newRow("prefix") << QStringLiteral("Kabul*") << QStringLiteral("^kabul\\w*$");
        QTest::newRow("two words") << QStringLiteral("Kabulov AND Moskow") << QStringLiteral("^(kabulov|moskow)$");
    }

    void searchJson()
    {
        QFETCH(QString, query);
        QFETCH(QString, matchPattern);
        const qint64 id = importSeed();
        QVERIFY(id > 0);
        const CliResult result = m_cli->runOnLibrary({ QStringLiteral("search"), query, QStringLiteral("--json") });
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        QString problem;
        const QJsonObject document = jsonObject(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(document.value(u"query").toString(), query);
        const QJsonArray hits = document.value(u"hits").toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(u"id").toInteger(), id);
        QVERIFY(!hit.value(u"title").toString().isEmpty());
        QCOMPARE(hit.value(u"outlet").toString(), QStringLiteral("Arrahmah.id"));
        QCOMPARE(hit.value(u"place").toString(), QStringLiteral("Kabul"));
        QCOMPARE(hit.value(u"published").toString(), QStringLiteral("2025-05-02"));
        QCOMPARE(hit.value(u"language").toString(), QStringLiteral("id"));
        QVERIFY(hit.value(u"score").isDouble());
        QCOMPARE(hit.value(u"hash").toString().size(), 64); // SHA-256 in hex

        const QString snippet = hit.value(u"snippet").toString();
        const QJsonArray matches = hit.value(u"matches").toArray();
        QVERIFY2(!matches.isEmpty(), qPrintable(snippet));
        const QRegularExpression pattern(matchPattern, QRegularExpression::CaseInsensitiveOption);
        for (const QJsonValue &value : matches) {
            const QJsonObject range = value.toObject();
            const QString matched =
                codePointSlice(snippet, range.value(u"start").toInteger(), range.value(u"end").toInteger());
            QVERIFY2(pattern.match(matched).hasMatch(), qPrintable(matched + QStringLiteral(" in ") + snippet));
        }
    }

    void searchMalformed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("json");

        QTest::newRow("unterminated quote") << QStringLiteral("\"AND") << false;
        QTest::newRow("lone operator") << QStringLiteral("AND") << false;
        QTest::newRow("dangling OR") << QStringLiteral("Kabulov OR") << false;
        QTest::newRow("open parenthesis") << QStringLiteral("(Kabulov") << false;
        QTest::newRow("unterminated quote, json") << QStringLiteral("\"AND") << true;
    }

    void searchMalformed()
    {
        QFETCH(QString, query);
        QFETCH(bool, json);
        QVERIFY(importSeed() > 0);
        QStringList arguments { QStringLiteral("search"), query };
        if (json) {
            arguments.append(QStringLiteral("--json"));
        }
        const CliResult result = m_cli->runOnLibrary(arguments);
        QVERIFY2(result.exitCode == 1 && !result.crashed, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
        QVERIFY2(result.errText().startsWith(
            QStringLiteral("dateline: the search could not be understood: "), Qt::CaseInsensitive),
            qPrintable(describe(result)));
    }

    void searchWithoutHits()
    {
        QVERIFY(importSeed() > 0);
        const CliResult text = m_cli->runOnLibrary({ QStringLiteral("search"), QStringLiteral("zzqxnowhere") });
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QCOMPARE(text.outText(), QStringLiteral("No stories match “zzqxnowhere”.\n"));

        const CliResult json =
            m_cli->runOnLibrary({ QStringLiteral("search"), QStringLiteral("zzqxnowhere"), QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        QString problem;
        const QJsonObject document = jsonObject(json, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(document.value(u"hits").isArray());
        QVERIFY(document.value(u"hits").toArray().isEmpty());
    }

    void list_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("expected"); // stories listed
        QTest::addColumn<int>("exitCode");

        QTest::newRow("everything") << QStringList() << 1 << 0;
        QTest::newRow("its outlet, other case")
            << QStringList { QStringLiteral("--outlet"), QStringLiteral("arrahmah.id") } << 1 << 0;
        QTest::newRow("its language") << QStringList { QStringLiteral("--language"), QStringLiteral("id") } << 1 << 0;
        QTest::newRow("another language")
            << QStringList { QStringLiteral("--language"), QStringLiteral("en") } << 0 << 0;
        QTest::newRow("limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("1") } << 1 << 0;
        QTest::newRow("unknown outlet") << QStringList { QStringLiteral("--outlet"), QStringLiteral("Nobody") } << -1
                                                                                                                << 1;
    }

    void list()
    {
        QFETCH(QStringList, options);
        QFETCH(int, expected);
        QFETCH(int, exitCode);
        const qint64 id = importSeed();
        QVERIFY(id > 0);

        const CliResult json =
            m_cli->runOnLibrary(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + options);
        QVERIFY2(json.exitCode == exitCode && !json.crashed, qPrintable(describe(json)));
        const CliResult text = m_cli->runOnLibrary(QStringList { QStringLiteral("list") } + options);
        QVERIFY2(text.exitCode == exitCode, qPrintable(describe(text)));
        if (exitCode != 0) {
            QVERIFY(json.out.isEmpty() && text.out.isEmpty());
            QVERIFY2(json.errText().startsWith(QStringLiteral("dateline: ")), qPrintable(describe(json)));
            return;
        }
        QString problem;
        const QJsonArray articles = jsonObject(json, &problem).value(u"articles").toArray();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(articles.size(), expected);
        const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
        if (expected == 0) {
            QCOMPARE(lines, QStringList { QStringLiteral("No stories match these options.") });
            return;
        }
        const QJsonObject article = articles.first().toObject();
        QCOMPARE(article.value(u"id").toInteger(), id);
        QCOMPARE(article.value(u"outlet").toString(), QStringLiteral("Arrahmah.id"));
        QCOMPARE(article.value(u"published").toString(), QStringLiteral("2025-05-02"));
        QVERIFY2(!article.contains(u"text"), "a list carries no texts");
        QCOMPARE(lines.size(), 1 + expected);
        QVERIFY2(lines.first().contains(QStringLiteral("Title")), qPrintable(lines.first()));
        static const QRegularExpression row(QStringLiteral("^ *(\\d+)  2025-05-02  id +Arrahmah\\.id  \\S"));
        const QRegularExpressionMatch match = row.match(lines.at(1));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
        QCOMPARE(match.captured(1).toLongLong(), id);
        for (const QString &line : lines) {
            QVERIFY2(line.size() <= 80, qPrintable(line)); // not a terminal: 80 columns
        }
    }

    void listFitsTheTerminal_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("narrow") << 50;
        QTest::newRow("usual") << 80;
        QTest::newRow("wide") << 110;
    }

    void listFitsTheTerminal()
    {
        QFETCH(int, columns);
        QVERIFY(importSeed() > 0);
        const CliResult result =
            m_cli->runOnTerminal({ QStringLiteral("--library"), m_cli->libraryPath(), QStringLiteral("list") },
                CliRunner::Stream::Stdout, columns);
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        const QStringList screen = CliRunner::screen(result.terminal);
        QCOMPARE(screen.size(), 2);
        // The seed story's title is longer than any of these widths: cut to fill the row (less a
        // blank dropped before the ellipsis).
        const qsizetype width = screen.at(1).toUcs4().size();
        QVERIFY2(width <= columns && width >= columns - 2, qPrintable(screen.at(1)));
        QVERIFY2(screen.at(1).endsWith(u'…'), qPrintable(screen.at(1)));
    }

    void searchOnTerminalShowsMatchesInBold()
    {
        QVERIFY(importSeed() > 0);
        const CliResult result = m_cli->runOnTerminal({ QStringLiteral("--library"), m_cli->libraryPath(),
            QStringLiteral("search"), QStringLiteral("Kabulov") }, CliRunner::Stream::Stdout, 80);
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        const QString shown = QString::fromUtf8(result.terminal);
        QVERIFY2(shown.contains(QStringLiteral("\x1b[1mKabulov\x1b[0m")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("[Kabulov]")), qPrintable(shown));
    }

    void show()
    {
        const qint64 id = importSeed();
        QVERIFY(id > 0);
        const QString fileText = QString::fromUtf8(fileBytes(seedStory));

        const CliResult json =
            m_cli->runOnLibrary({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(describe(json)));
        QString problem;
        const QJsonObject article = jsonObject(json, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(article.value(u"id").toInteger(), id);
        QCOMPARE(article.value(u"place").toString(), QStringLiteral("Kabul"));
        QCOMPARE(article.value(u"language").toString(), QStringLiteral("id"));
        QCOMPARE(article.value(u"source").toString(), seedStory);
        QCOMPARE(article.value(u"text").toString().trimmed(), fileText.trimmed());

        const CliResult text = m_cli->runOnLibrary({ QStringLiteral("show"), QString::number(id) });
        QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(describe(text)));
        const QString output = text.outText();
        const qsizetype bodyStart = output.indexOf(QStringLiteral("\n\n"));
        QVERIFY(bodyStart > 0);
        const QStringList header = output.left(bodyStart).split(u'\n');
        QCOMPARE(header.size(), 6);
        const QStringList expected {
            QStringLiteral("^Title: +%1$").arg(QRegularExpression::escape(article.value(u"title").toString())),
                QStringLiteral("^Outlet: +Arrahmah\\.id$"),
                    QStringLiteral("^Place: +Kabul$"),
                        QStringLiteral("^Published: +2025-05-02$"),
                            QStringLiteral("^Language: +id \\(Indonesian\\)$"),
                                QStringLiteral("^Source: +%1$").arg(QRegularExpression::escape(seedStory)) };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(QRegularExpression(expected.at(i)).match(header.at(i)).hasMatch(), qPrintable(header.at(i)));
        }
        QCOMPARE(output.mid(bodyStart + 2).trimmed(), fileText.trimmed());
    }

    void showUnknownId()
    {
        QVERIFY(importSeed() > 0);
        const CliResult result = m_cli->runOnLibrary({ QStringLiteral("show"), QStringLiteral("99999") });
        QVERIFY2(result.exitCode == 1 && !result.crashed, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.errText().startsWith(QStringLiteral("dateline: ")), qPrintable(describe(result)));
    }

    void stats()
    {
        QVERIFY(importSeed() > 0);
        const CliResult json = m_cli->runOnLibrary({ QStringLiteral("stats"), QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(describe(json)));
        QString problem;
        const QJsonObject document = jsonObject(json, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(document.value(u"library").toString(), m_cli->libraryPath());
        QVERIFY(document.value(u"size").toInteger() > 0);
        QVERIFY(document.value(u"schema_version").toInteger() >= 1);
        QCOMPARE(document.value(u"stories").toInteger(), 1);
        QCOMPARE(document.value(u"outlet_count").toInteger(), 1);
        QCOMPARE(document.value(u"language_count").toInteger(), 1);
        const QJsonArray languages = document.value(u"languages").toArray();
        QCOMPARE(languages.size(), 1);
        QCOMPARE(languages.first().toObject().value(u"language").toString(), QStringLiteral("id"));
        QCOMPARE(languages.first().toObject().value(u"stories").toInteger(), 1);
        const QJsonArray outlets = document.value(u"outlets").toArray();
        QCOMPARE(outlets.size(), 1);
        QCOMPARE(outlets.first().toObject().value(u"name").toString(), QStringLiteral("Arrahmah.id"));
        QCOMPARE(outlets.first().toObject().value(u"stories").toInteger(), 1);

        const CliResult text = m_cli->runOnLibrary({ QStringLiteral("stats") });
        QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(describe(text)));
        const QString output = text.outText();
        QVERIFY2(
            output.contains(QRegularExpression(QStringLiteral("^Stories: +1$"), QRegularExpression::MultilineOption)),
                qPrintable(output));
        QVERIFY2(output.contains(
            QRegularExpression(QStringLiteral("^Library: +%1$").arg(QRegularExpression::escape(m_cli->libraryPath())),
                QRegularExpression::MultilineOption)),
            qPrintable(output));
        QVERIFY2(output.contains(
            QRegularExpression(QStringLiteral("^ *1  Arrahmah\\.id$"), QRegularExpression::MultilineOption)),
            qPrintable(output));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");

        const auto row = [](const char *name, QStringList arguments) { QTest::newRow(name) << arguments; };
        row("import without a path", { QStringLiteral("import") });
        row("import with an unknown option", { QStringLiteral("import"), QStringLiteral("--bogus"), seedStory });
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
        QVERIFY(importSeed() > 0);
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
                            { "import", { QStringLiteral("import"), seedStory } },
                         };
        for (const auto &command : commands) {
            QTest::addRow("newer version, %s", command.name) << QStringLiteral("newer")
                << command.arguments << QStringLiteral("9999");
        }
        QTest::newRow("not a database, stats") << QStringLiteral("text")
            << QStringList { QStringLiteral("stats") } << QString();
        QTest::newRow("not a database, import") << QStringLiteral("text")
            << QStringList { QStringLiteral("import"), seedStory } << QString();
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

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
