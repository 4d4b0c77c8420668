// SPDX-License-Identifier: GPL-3.0-or-later
// `dateline import`, run as a person runs it: the real binary in a process of its own, on a
// library in a temporary folder (home and data folders in there too): summaries, problems, exit
// codes, the progress line on a terminal, and Ctrl+C.
#include "clitestsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Dateline::Test;

class CliImportTest : public QObject
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

    void importSeedStoryThenAgain()
    {
        const CliResult first = m_cli->runOnLibrary({ QStringLiteral("import"), seedStory() });
        QVERIFY2(first.exitCode == 0 && !first.crashed, qPrintable(describe(first)));
        QCOMPARE(first.outText(), QStringLiteral("Imported 1 story.\n"));
        QVERIFY2(first.err.isEmpty(), qPrintable(describe(first))); // no progress line without a terminal

        const CliResult second = m_cli->runOnLibrary({ QStringLiteral("import"), seedStory() });
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QCOMPARE(second.outText(), QStringLiteral("Imported 0 stories, 1 already in the library.\n"));
        QVERIFY2(second.err.isEmpty(), qPrintable(describe(second)));
    }

    void importChangedStoryCountsUpdated()
    {
        // The same dateline place and title with another text: a new revision, not a new story.
        const QString story = QStringLiteral("Envoy meets Taliban in Kabul\n\nKABUL, May 2 (Dateline) - Russia's "
                                             "envoy met Taliban officials on Friday. Talks resume next week.\n");
        const QString first = m_fixture->filePath(QStringLiteral("envoy.txt"));
        const QString second = m_fixture->filePath(QStringLiteral("envoy-updated.txt"));
        const QString changed = QString(story).replace(QStringLiteral("next week"), QStringLiteral("on Monday"));
        for (const auto &[path, text] : { std::pair { first, story }, std::pair { second, changed } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        const CliResult imported = m_cli->runOnLibrary({ QStringLiteral("import"), first });
        QCOMPARE(imported.outText(), QStringLiteral("Imported 1 story.\n"));
        const CliResult updated = m_cli->runOnLibrary({ QStringLiteral("import"), second });
        QVERIFY2(updated.exitCode == 0 && !updated.crashed, qPrintable(describe(updated)));
        QCOMPARE(updated.outText(), QStringLiteral("Imported 0 stories, 1 updated.\n"));
    }

    void importProgressOnTerminal()
    {
        const CliResult result = m_cli->runOnTerminal(
            { QStringLiteral("--library"), m_cli->libraryPath(), QStringLiteral("import"), seedStory() },
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
        const QString folder = m_fixture->filePath(QStringLiteral("stories"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(seedStory(), folder + QStringLiteral("/good.txt")));
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
        const QString folder = m_fixture->filePath(QStringLiteral("many"));
        const QByteArray seed = fileBytes(seedStory());
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
};

QTEST_GUILESS_MAIN(CliImportTest)
#include "tst_cliimport.moc"
