// SPDX-License-Identifier: GPL-3.0-or-later
// `dateline search`, `list`, `show` and `stats` on a library holding the seed story, as text and
// as JSON, on a pipe and on a terminal.
#include "clitestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Dateline::Test;

namespace
{

/// The text of `text` between two code-point offsets, as JSON readers count them.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> codePoints = text.toUcs4();
    if (start < 0 || end < start || end > codePoints.size()) {
        return QStringLiteral("<out of range>");
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
}

} // namespace

class CliReadTest : public QObject
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

    void searchText()
    {
        const qint64 id = m_fixture->importSeed();
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
        const qint64 id = m_fixture->importSeed();
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
        QVERIFY(m_fixture->importSeed() > 0);
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
        QVERIFY(m_fixture->importSeed() > 0);
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

    void searchOnTerminalShowsMatchesInBold()
    {
        QVERIFY(m_fixture->importSeed() > 0);
        const CliResult result = m_cli->runOnTerminal({ QStringLiteral("--library"), m_cli->libraryPath(),
            QStringLiteral("search"), QStringLiteral("Kabulov") }, CliRunner::Stream::Stdout, 80);
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        const QString shown = QString::fromUtf8(result.terminal);
        QVERIFY2(shown.contains(QStringLiteral("\x1b[1mKabulov\x1b[0m")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("[Kabulov]")), qPrintable(shown));
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
        const qint64 id = m_fixture->importSeed();
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
        QVERIFY(m_fixture->importSeed() > 0);
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

    void show()
    {
        const qint64 id = m_fixture->importSeed();
        QVERIFY(id > 0);
        const QString fileText = QString::fromUtf8(fileBytes(seedStory()));

        const CliResult json =
            m_cli->runOnLibrary({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(describe(json)));
        QString problem;
        const QJsonObject article = jsonObject(json, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(article.value(u"id").toInteger(), id);
        QCOMPARE(article.value(u"place").toString(), QStringLiteral("Kabul"));
        QCOMPARE(article.value(u"language").toString(), QStringLiteral("id"));
        QCOMPARE(article.value(u"source").toString(), seedStory());
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
                                QStringLiteral("^Source: +%1$").arg(QRegularExpression::escape(seedStory())) };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(QRegularExpression(expected.at(i)).match(header.at(i)).hasMatch(), qPrintable(header.at(i)));
        }
        QCOMPARE(output.mid(bodyStart + 2).trimmed(), fileText.trimmed());
    }

    void showUnknownId()
    {
        QVERIFY(m_fixture->importSeed() > 0);
        const CliResult result = m_cli->runOnLibrary({ QStringLiteral("show"), QStringLiteral("99999") });
        QVERIFY2(result.exitCode == 1 && !result.crashed, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.errText().startsWith(QStringLiteral("dateline: ")), qPrintable(describe(result)));
    }

    void stats()
    {
        QVERIFY(m_fixture->importSeed() > 0);
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
};

QTEST_GUILESS_MAIN(CliReadTest)
#include "tst_cliread.moc"
