// SPDX-License-Identifier: GPL-3.0-or-later
// `dateline analyze`: the real binary on the seed story and on files of its own, without a library.
#include "clitestsupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

QJsonArray jsonArray(const CliResult &result, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        *problem = u"not one JSON array (%1)\n%2"_s.arg(error.errorString(), describe(result));
        return {};
    }
    problem->clear();
    return document.array();
}

/// Every file under the sandbox (to prove that no library was created).
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

} // namespace

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedStoryAsJson()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliResult result = fixture.cli().run({ u"analyze"_s, seedStory(), u"--json"_s });
        QVERIFY2(result.exitCode == 0 && !result.crashed, qPrintable(describe(result)));
        QString problem;
        const QJsonObject story = jsonObject(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(story.value(u"file").toString(), seedStory());
        QCOMPARE(story.value(u"language").toString(), u"id"_s);
        QCOMPARE(story.value(u"dateline").toObject().value(u"place").toString(), u"Kabul"_s);
        QCOMPARE(story.value(u"dateline").toObject().value(u"published").toString(), u"2025-05-02"_s);

        const QString text = QString::fromUtf8(fileBytes(seedStory()));
        QList<QJsonObject> quoted;
        for (const QJsonValue &value : story.value(u"quotations").toArray()) {
            const QJsonObject q = value.toObject();
            // The seed story is all in the BMP: code points are UTF-16 offsets here.
            QCOMPARE(text.mid(q.value(u"start").toInt(), q.value(u"end").toInt() - q.value(u"start").toInt()),
                q.value(u"text").toString());
            if (q.value(u"type").toString() != u"indirect") {
                quoted.append(q);
            }
        }
        QCOMPARE(quoted.size(), 5);
        const QJsonObject first = quoted.constFirst();
        QCOMPARE(first.value(u"speaker").toString(), u"Zamir Kabulov"_s);
        QCOMPARE(first.value(u"cue").toString(), u"kata Kabulov"_s);
        QCOMPARE(first.value(u"type").toString(), u"direct"_s);
        QCOMPARE(first.value(u"via").toArray(), (QJsonArray { u"RIA Novosti"_s, u"Reuters"_s }));
        QCOMPARE(quoted.at(2).value(u"type").toString(), u"partial"_s);
        QCOMPARE(quoted.at(2).value(u"speaker").toString(), u"Vladimir Putin"_s);

        bool kabulov = false;
        for (const QJsonValue &value : story.value(u"actors").toArray()) {
            const QJsonObject actor = value.toObject();
            if (actor.value(u"name").toString() == u"Zamir Kabulov") {
                kabulov = true;
                QCOMPARE(actor.value(u"kind").toString(), u"person"_s);
                for (const QJsonValue &m : actor.value(u"mentions").toArray()) {
                    const QJsonObject mention = m.toObject();
                    const int start = mention.value(u"start").toInt();
                    QCOMPARE(text.mid(start, mention.value(u"end").toInt() - start), mention.value(u"text").toString());
                }
            }
        }
        QVERIFY(kabulov);
        // No library: nothing was written under the sandbox's home or data folders.
        QCOMPARE(filesUnder(fixture.filePath(u"data"_s)), QStringList());
        QCOMPARE(filesUnder(fixture.filePath(u"home"_s)), QStringList());
    }

    void offsetsCountCodePoints()
    {
        // An emoji (two UTF-16 units) before the quotation: offsets count it once.
        CliFixture fixture;
        const QString path = fixture.filePath(u"emoji.txt"_s);
        const QString text = u"JAKARTA — Warga 😀 berkumpul.\n“Kami siap membantu,” kata Kabulov kepada RIA.\n"_s;
        QVERIFY(writeFile(path, text.toUtf8()));
        const CliResult result = fixture.cli().run({ u"analyze"_s, u"--json"_s, path });
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QString problem;
        const QJsonObject story = jsonObject(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray quotations = story.value(u"quotations").toArray();
        QVERIFY(!quotations.isEmpty());
        const QJsonObject q = quotations.first().toObject();
        const QList<uint> codePoints = text.toUcs4();
        const qsizetype start = text.indexOf(u"Kami"_s);
        QCOMPARE(q.value(u"start").toInteger(), start - 1);
        QCOMPARE(q.value(u"text").toString(), u"Kami siap membantu,"_s);
        const QList<uint> quoted =
            codePoints.mid(q.value(u"start").toInt(), q.value(u"end").toInt() - q.value(u"start").toInt());
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(quoted.constData()), quoted.size()),
            u"Kami siap membantu,"_s);
    }

    void severalFilesOneArray()
    {
        CliFixture fixture;
        const QString english = fixture.filePath(u"english.txt"_s);
        QVERIFY(writeFile(english,
            "WASHINGTON (Reuters) - The talks will go on, officials said on Monday.\n"
            "\"We are not leaving,\" the minister told reporters.\n"));
        const CliResult result = fixture.cli().run({ u"analyze"_s, u"--json"_s, seedStory(), english });
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QString problem;
        const QJsonArray files = jsonArray(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(u"file").toString(), seedStory());
        QCOMPARE(files.at(1).toObject().value(u"file").toString(), english);
        QCOMPARE(files.at(1).toObject().value(u"language").toString(), u"en"_s);
        QVERIFY(!files.at(1).toObject().value(u"quotations").toArray().isEmpty());
    }

    void badFileFailsOthersStillAnalysed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing file") << QByteArray() << false;
        QTest::newRow("binary file") << QByteArray("\x00\x01\x02 binary\x00", 10) << true;
        QTest::newRow("empty file") << QByteArray() << true;
    }

    void badFileFailsOthersStillAnalysed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, exists);
        CliFixture fixture;
        const QString bad = fixture.filePath(u"bad.txt"_s);
        if (exists) {
            QVERIFY(writeFile(bad, bytes));
        }
        const CliResult result = fixture.cli().run({ u"analyze"_s, u"--json"_s, bad, seedStory() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().contains(u"bad.txt"), qPrintable(describe(result)));
        QString problem;
        const QJsonArray files = jsonArray(result, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(files.size(), 2);
        QVERIFY(files.at(0).toObject().contains(u"error"));
        QCOMPARE(files.at(1).toObject().value(u"quotations").toArray().isEmpty(), false);
    }

    void markdownReport()
    {
        CliFixture fixture;
        const CliResult result = fixture.cli().run({ u"analyze"_s, u"--markdown"_s, seedStory() });
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QString out = result.outText();
        QVERIFY2(out.startsWith(u"# "_s + seedStory()), qPrintable(out));
        QVERIFY2(out.contains(u"“Kami melihat dan menghargai"_s), qPrintable(out));
        QVERIFY2(out.contains(u"**Zamir Kabulov**"_s), qPrintable(out));
        QVERIFY2(out.contains(u"RIA Novosti → Reuters"_s), qPrintable(out));
        QVERIFY2(out.contains(u"| Zamir Kabulov | person |"_s), qPrintable(out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList { u"analyze"_s };
        QTest::newRow("both formats") << QStringList { u"analyze"_s, u"--json"_s, u"--markdown"_s, seedStory() };
        QTest::newRow("unknown option") << QStringList { u"analyze"_s, u"--yaml"_s, seedStory() };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        CliFixture fixture;
        const CliResult result = fixture.cli().run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_clianalyze.moc"
