// SPDX-License-Identifier: GPL-3.0-or-later
// `dateline claims`, `claim add|show`, `link` and `thread` on a library holding the seed story and
// a story with characters outside the BMP before its claim, so that code point offsets and UTF-16
// offsets differ; text and JSON output, exit codes and help.
#include "clitestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

// Emoji and a mathematical letter: two UTF-16 units each, one code point each.
const QByteArray wireStory = "Toll rises after concert hall attack\n\n"
                             "MOSCOW (Wire) \xe2\x80\x94 \xf0\x9f\x92\xa5 At least 137 people died in the attack "
                             "on the \xf0\x9d\x95\x8f hall, officials said.\n"_ba;

/// The code point offset of `passage` in `text`; -1 when it is not there.
qint64 codePointIndex(const QString &text, const QString &passage)
{
    const qsizetype utf16 = text.indexOf(passage);
    return utf16 < 0 ? -1 : text.left(utf16).toUcs4().size();
}

} // namespace

class CliClaimsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliFixture> m_fixture;
    const CliRunner *m_cli = nullptr;
    qint64 m_seed = 0;

    QJsonObject runJson(const QStringList &arguments)
    {
        const CliResult result = m_cli->runOnLibrary(arguments);
        QString problem;
        const QJsonObject object = jsonObject(result, &problem);
        if (result.exitCode != 0 || !problem.isEmpty()) {
            qWarning().noquote() << arguments.join(u' ') << describe(result) << problem;
            return {};
        }
        return object;
    }

    QString storyText(qint64 id) { return runJson({ u"show"_s, QString::number(id), u"--json"_s }).value(u"text").toString(); }

    /// Adds a claim over `passage` of story `id` (offsets in code points); the claim's JSON.
    QJsonObject addClaim(qint64 id, const QString &passage, const QStringList &options = {})
    {
        const QString text = storyText(id);
        const qint64 start = codePointIndex(text, passage);
        if (start < 0) {
            qWarning().noquote() << "not in the story:" << passage;
            return {};
        }
        const qint64 end = start + passage.toUcs4().size();
        return runJson(QStringList { u"claim"_s, u"add"_s, QString::number(id), QString::number(start),
                           QString::number(end), u"--json"_s } +
            options);
    }

    qint64 importWireStory()
    {
        const QString path = m_fixture->filePath(u"wire.txt"_s);
        if (!writeFile(path, wireStory)) {
            return 0;
        }
        const CliResult imported = m_cli->runOnLibrary({ u"import"_s, path });
        if (imported.exitCode != 0) {
            qWarning().noquote() << describe(imported);
            return 0;
        }
        const QJsonArray articles = runJson({ u"list"_s, u"--json"_s }).value(u"articles").toArray();
        for (const QJsonValue &article : articles) {
            if (article.toObject().value(u"id").toInteger() != m_seed) {
                return article.toObject().value(u"id").toInteger();
            }
        }
        return 0;
    }

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
        m_seed = m_fixture->importSeed();
        QVERIFY(m_seed > 0);
    }

    void cleanup()
    {
        m_cli = nullptr;
        m_fixture.reset();
    }

    void addTagsStatusNoteAndList()
    {
        const QJsonObject claim = addClaim(m_seed, u"145 orang"_s,
            { u"--tag"_s, u"Casualties/Death toll"_s, u"--tag"_s, u"Moscow"_s, u"--status"_s, u"mostly-true"_s,
                u"--note"_s, u"Later figure: *145*"_s });
        QVERIFY(!claim.isEmpty());
        const QString text = storyText(m_seed);
        QCOMPARE(claim.value(u"article").toInteger(), m_seed);
        QCOMPARE(claim.value(u"start").toInteger(), codePointIndex(text, u"145 orang"_s));
        QCOMPARE(claim.value(u"end").toInteger(), codePointIndex(text, u"145 orang"_s) + 9);
        QCOMPARE(claim.value(u"text").toString(), u"145 orang"_s);
        QCOMPARE(claim.value(u"anchored").toBool(), true);
        QCOMPARE(claim.value(u"status").toString(), u"mostly_true"_s);
        QCOMPARE(claim.value(u"note").toString(), u"Later figure: *145*"_s);
        QCOMPARE(claim.value(u"outlet").toString(), u"Arrahmah.id"_s);
        QCOMPARE(claim.value(u"published").toString(), u"2025-05-02"_s);
        QCOMPARE(claim.value(u"tags").toArray(), (QJsonArray { u"Casualties/Death toll"_s, u"Moscow"_s }));
        // Outside every quotation: the outlet claims it.
        const QJsonObject claimant = claim.value(u"claimant").toObject();
        QVERIFY2(QStringList({ u"outlet"_s, u"news_agency"_s }).contains(claimant.value(u"kind").toString()),
            QJsonDocument(claim).toJson().constData());

        const QJsonArray all = runJson({ u"claims"_s, u"--json"_s }).value(u"claims").toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject(), claim);
        QCOMPARE(runJson({ u"claims"_s, u"--json"_s, u"--tag"_s, u"casualties"_s }).value(u"claims").toArray().size(), 1);
        QCOMPARE(runJson({ u"claim"_s, u"show"_s, QString::number(claim.value(u"id").toInteger()), u"--json"_s }), claim);

        const CliResult table = m_cli->runOnLibrary({ u"claims"_s });
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QVERIFY2(table.outText().contains(u"145 orang"_s), qPrintable(table.outText()));
        QVERIFY2(table.outText().contains(u"Mostly true"_s), qPrintable(table.outText()));
    }

    void offsetsCountCodePoints()
    {
        const qint64 wire = importWireStory();
        QVERIFY(wire > 0);
        const QString text = storyText(wire);
        QVERIFY2(text.contains(u"💥"_s), qPrintable(text));
        // Two characters outside the BMP before the passage: UTF-16 offsets would be 1 and 2 further on.
        const QJsonObject claim = addClaim(wire, u"137 people died"_s);
        QVERIFY(!claim.isEmpty());
        QCOMPARE(claim.value(u"text").toString(), u"137 people died"_s);
        QCOMPARE(claim.value(u"start").toInteger(), codePointIndex(text, u"137 people died"_s));
        QVERIFY(claim.value(u"start").toInteger() < text.indexOf(u"137 people died"_s));
        const QJsonObject after = addClaim(wire, u"hall, officials"_s);
        QCOMPARE(after.value(u"text").toString(), u"hall, officials"_s);
    }

    void claimantByNameOrAlias()
    {
        const QJsonObject first = addClaim(m_seed, u"145 orang"_s, { u"--claimant"_s, u"Pejabat AS"_s });
        QVERIFY(!first.isEmpty());
        const QJsonObject claimant = first.value(u"claimant").toObject();
        QCOMPARE(claimant.value(u"name").toString(), u"Pejabat AS"_s);
        QCOMPARE(claimant.value(u"kind").toString(), u"other"_s);
        // Found again, in any case, instead of a second actor.
        const QJsonObject second = addClaim(m_seed, u"gedung konser"_s, { u"--claimant"_s, u"pejabat as"_s });
        QCOMPARE(second.value(u"claimant").toObject().value(u"id"), claimant.value(u"id"));
        QCOMPARE(runJson({ u"claims"_s, u"--json"_s, u"--actor"_s, u"PEJABAT AS"_s }).value(u"claims").toArray().size(),
            2);
    }

    void linkAndThreadWithConflict()
    {
        const qint64 wire = importWireStory();
        QVERIFY(wire > 0);
        const qint64 seedClaim = addClaim(m_seed, u"145 orang"_s).value(u"id").toInteger();
        const qint64 wireClaim = addClaim(wire, u"137 people died"_s).value(u"id").toInteger();
        const qint64 other = addClaim(m_seed, u"Rusia akan membantu"_s).value(u"id").toInteger();
        QVERIFY(seedClaim > 0 && wireClaim > 0 && other > 0);

        const QJsonObject link = runJson({ u"link"_s, QString::number(wireClaim), QString::number(seedClaim),
            u"same"_s, u"--json"_s, u"--note"_s, u"one toll"_s });
        QCOMPARE(link.value(u"relation").toString(), u"same"_s);
        QCOMPARE(link.value(u"from").toInteger(), wireClaim);
        const CliResult contradicts =
            m_cli->runOnLibrary({ u"link"_s, QString::number(other), QString::number(seedClaim), u"contradicts"_s });
        QVERIFY2(contradicts.exitCode == 0, qPrintable(describe(contradicts)));
        QVERIFY2(contradicts.outText().contains(u"contradicts"_s), qPrintable(contradicts.outText()));

        const QJsonObject thread = runJson({ u"thread"_s, QString::number(other), u"--json"_s });
        const QJsonArray claims = thread.value(u"claims").toArray();
        QCOMPARE(claims.size(), 3);
        // The seed story (2 May 2025) comes first; the wire story has no date and comes last.
        QCOMPARE(claims.last().toObject().value(u"id").toInteger(), wireClaim);
        QCOMPARE(claims.last().toObject().value(u"text").toString(), u"137 people died"_s);
        QCOMPARE(thread.value(u"links").toArray().size(), 2);
        const QJsonArray conflicts = thread.value(u"conflicts").toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(u"claims").toArray(), (QJsonArray { seedClaim, wireClaim }));
        const QJsonArray values = conflict.value(u"values").toArray();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).toObject().value(u"figures").toArray(), QJsonArray { u"145"_s });
        QCOMPARE(values.at(1).toObject().value(u"figures").toArray(), QJsonArray { u"137"_s });

        const CliResult text = m_cli->runOnLibrary({ u"thread"_s, QString::number(seedClaim) });
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.outText().contains(u"Conflicting figures"_s), qPrintable(text.outText()));
        QVERIFY2(text.outText().contains(u"#%1 says 145"_s.arg(seedClaim)), qPrintable(text.outText()));
        QVERIFY2(text.outText().contains(u"contradicted by #%1"_s.arg(other)), qPrintable(text.outText()));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        // The seed story is 1; claim 1 is "Rusia" in it, claim 2 "Moskow".
        QTest::newRow("claim add without an end") << QStringList { u"claim"_s, u"add"_s, u"1"_s, u"5"_s } << 2;
        QTest::newRow("claim add with end before start") << QStringList { u"claim"_s, u"add"_s, u"1"_s, u"10"_s, u"5"_s } << 2;
        QTest::newRow("claim add with a word for an offset") << QStringList { u"claim"_s, u"add"_s, u"1"_s, u"a"_s, u"5"_s } << 2;
        QTest::newRow("claim add past the text") << QStringList { u"claim"_s, u"add"_s, u"1"_s, u"0"_s, u"999999"_s } << 1;
        QTest::newRow("claim add to an unknown story") << QStringList { u"claim"_s, u"add"_s, u"999"_s, u"0"_s, u"3"_s } << 1;
        QTest::newRow("claim add with an unknown status")
            << QStringList { u"claim"_s, u"add"_s, u"1"_s, u"0"_s, u"3"_s, u"--status"_s, u"maybe"_s } << 2;
        QTest::newRow("claim without an action") << QStringList { u"claim"_s } << 2;
        QTest::newRow("claim with an unknown action") << QStringList { u"claim"_s, u"frob"_s } << 2;
        QTest::newRow("claim show of an unknown claim") << QStringList { u"claim"_s, u"show"_s, u"999"_s } << 1;
        QTest::newRow("link to itself") << QStringList { u"link"_s, u"1"_s, u"1"_s, u"same"_s } << 1;
        QTest::newRow("link to an unknown claim") << QStringList { u"link"_s, u"1"_s, u"999"_s, u"same"_s } << 1;
        QTest::newRow("link with an unknown relation") << QStringList { u"link"_s, u"1"_s, u"2"_s, u"sideways"_s } << 2;
        QTest::newRow("link the same way twice") << QStringList { u"link"_s, u"1"_s, u"2"_s, u"supports"_s } << 1;
        QTest::newRow("link without a relation") << QStringList { u"link"_s, u"1"_s, u"2"_s } << 2;
        QTest::newRow("thread without an id") << QStringList { u"thread"_s } << 2;
        QTest::newRow("thread of a word") << QStringList { u"thread"_s, u"abc"_s } << 2;
        QTest::newRow("thread of an unknown claim") << QStringList { u"thread"_s, u"999"_s } << 1;
        QTest::newRow("claims of an unknown tag") << QStringList { u"claims"_s, u"--tag"_s, u"Nope/Never"_s } << 1;
        QTest::newRow("claims of an unknown actor") << QStringList { u"claims"_s, u"--actor"_s, u"Nobody Here"_s } << 1;
        QTest::newRow("claims with an argument") << QStringList { u"claims"_s, u"extra"_s } << 2;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QVERIFY(!addClaim(m_seed, u"Rusia"_s).isEmpty());
        QVERIFY(!addClaim(m_seed, u"Moskow"_s).isEmpty());
        const CliResult linked = m_cli->runOnLibrary({ u"link"_s, u"1"_s, u"2"_s, u"supports"_s });
        QCOMPARE(linked.exitCode, 0);
        const CliResult result = m_cli->runOnLibrary(arguments);
        QVERIFY2(!result.crashed, qPrintable(describe(result)));
        QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
        QVERIFY2(result.errText().startsWith(u"dateline: "_s), qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        // Nothing was added by a failed command.
        QCOMPARE(runJson({ u"claims"_s, u"--json"_s }).value(u"claims").toArray().size(), 2);
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("claims") << u"claims"_s << u"dateline claims [options]"_s;
        QTest::newRow("claim") << u"claim"_s << u"dateline claim add [options] ARTICLE_ID START END"_s;
        QTest::newRow("link") << u"link"_s << u"dateline link [options] FROM_ID TO_ID RELATION"_s;
        QTest::newRow("thread") << u"thread"_s << u"dateline thread [--json] CLAIM_ID"_s;
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const CliResult result = m_cli->run({ command, u"--help"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.outText().contains(usage), qPrintable(result.outText()));
        const CliResult overview = m_cli->run({ u"--help"_s });
        QVERIFY2(overview.outText().contains(u"  "_s + command + u' '), qPrintable(overview.outText()));
    }
};

QTEST_GUILESS_MAIN(CliClaimsTest)
#include "tst_cliclaims.moc"
