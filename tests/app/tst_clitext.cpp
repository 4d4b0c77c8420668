// SPDX-License-Identifier: GPL-3.0-or-later
// The text helpers of the command line: code-point offsets for JSON, search snippets taken apart,
// and the cutting of table cells.
#include "codepoints.h"
#include "markedsnippet.h"
#include "texttable.h"

#include <QTest>
#include <QTextStream>

using namespace Dateline;

class CliTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePointOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("expected");

        const QString emoji = QStringLiteral("a\U0001F600b"); // a, a surrogate pair, b
        QTest::newRow("start") << QStringLiteral("Kabul") << qsizetype(0) << qsizetype(0);
        QTest::newRow("plain text") << QStringLiteral("Kabulov") << qsizetype(5) << qsizetype(5);
        QTest::newRow("diacritics are one unit") << QStringLiteral("Rusia–Kazań") << qsizetype(11) << qsizetype(11);
        QTest::newRow("before a pair") << emoji << qsizetype(1) << qsizetype(1);
        QTest::newRow("inside a pair counts as its start") << emoji << qsizetype(2) << qsizetype(1);
        QTest::newRow("after a pair") << emoji << qsizetype(3) << qsizetype(2);
        QTest::newRow("end") << emoji << qsizetype(4) << qsizetype(3);
        QTest::newRow("beyond the end is clamped") << emoji << qsizetype(40) << qsizetype(3);
        QTest::newRow("negative is clamped") << emoji << qsizetype(-3) << qsizetype(0);
        QTest::newRow("two pairs") << QStringLiteral("\U0001D400\U0001D401x") << qsizetype(5) << qsizetype(3);
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + u'x' << qsizetype(2) << qsizetype(2);
    }

    void codePointOffset()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, expected);
        QCOMPARE(Dateline::codePointOffset(text, utf16), expected);
        // The same count as Qt's own conversion to UTF-32, wherever the offset is a boundary.
        if (utf16 >= 0 && utf16 <= text.size() && !(utf16 > 0 && text.at(utf16 - 1).isHighSurrogate())) {
            QCOMPARE(Dateline::codePointOffset(text, utf16), qsizetype(text.left(utf16).toUcs4().size()));
        }
    }

    void markedSnippet_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QStringList>("matches");

        QTest::newRow("one match") << QStringLiteral("kata [Kabulov] kepada") << QStringLiteral("kata Kabulov kepada")
            << QStringList { QStringLiteral("Kabulov") };
        QTest::newRow("two matches") << QStringLiteral("[Moskow] dan [Kabul]") << QStringLiteral("Moskow dan Kabul")
            << QStringList { QStringLiteral("Moskow"), QStringLiteral("Kabul") };
        QTest::newRow("no match") << QStringLiteral("…tanpa…") << QStringLiteral("…tanpa…") << QStringList();
        QTest::newRow("stray closing bracket") << QStringLiteral("a] [b]") << QStringLiteral("a] b")
            << QStringList { QStringLiteral("b") };
        QTest::newRow("unclosed bracket stays") << QStringLiteral("[a] [b") << QStringLiteral("a [b")
            << QStringList { QStringLiteral("a") };
    }

    void markedSnippet()
    {
        QFETCH(QString, marked);
        QFETCH(QString, plain);
        QFETCH(QStringList, matches);
        const MarkedSnippet snippet = MarkedSnippet::parse(marked);
        QCOMPARE(snippet.plain, plain);
        QStringList found;
        for (const MarkedSnippet::Match &match : snippet.matches) {
            found.append(snippet.plain.mid(match.start, match.end - match.start));
        }
        QCOMPARE(found, matches);
    }

    void elided_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");

        QTest::newRow("fits") << QStringLiteral("Kabul") << 5 << QStringLiteral("Kabul");
        QTest::newRow("cut") << QStringLiteral("Kabulov") << 5 << QStringLiteral("Kabu…");
        QTest::newRow("no blank before the ellipsis") << QStringLiteral("ab cd") << 4 << QStringLiteral("ab…");
        QTest::newRow("never inside a pair") << QStringLiteral("a\U0001F600\U0001F600b")
            << 3 << QStringLiteral("a\U0001F600…");
        QTest::newRow("width one") << QStringLiteral("Kabul") << 1 << QStringLiteral("…");
    }

    void elided()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(TextTable::elided(text, width), expected);
    }

    void wrapped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");

        QTest::newRow("fits") << QStringLiteral("one two") << 7 << QStringLiteral("one two");
        QTest::newRow("breaks between words") << QStringLiteral("one two three")
            << 8 << QStringLiteral("one two\nthree");
        QTest::newRow("long word stays whole") << QStringLiteral("a Kabulov b") << 4 << QStringLiteral("a\nKabulov\nb");
        QTest::newRow("a line that fits keeps its spaces") << QStringLiteral("  -h    help\na b c d e f")
            << 12 << QStringLiteral("  -h    help\na b c d e f");
        QTest::newRow("indentation kept") << QStringLiteral("    one two three")
            << 12 << QStringLiteral("    one two\n    three");
        QTest::newRow("hanging description") << QStringLiteral("  import  Import story files")
            << 16 << QStringLiteral("  import  Import\n          story\n          files");
        QTest::newRow("own breaks kept") << QStringLiteral("one\ntwo three") << 20 << QStringLiteral("one\ntwo three");
    }

    void wrapped()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(TextTable::wrapped(text, width), expected);
    }

    void tableAlignsAndFits()
    {
        TextTable table(
            { QStringLiteral("ID"), QStringLiteral("Outlet"), QStringLiteral("Title") }, { TextTable::Align::Right });
        table.addRow({ QStringLiteral("7"), QStringLiteral("Reuters"), QStringLiteral("Short") });
        table.addRow(
            { QStringLiteral("1234"), QStringLiteral("Arrahmah.id"), QString(100, u'x') }, QStringLiteral("a snippet"));
        QString text;
        QTextStream out(&text);
        table.write(out, 40);
        out.flush();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines,
            (QStringList { QStringLiteral("  ID  Outlet       Title"),
                QStringLiteral("   7  Reuters      Short"),
                    QStringLiteral("1234  Arrahmah.id  ") + QString(20, u'x') + u'…',
                        QStringLiteral("    a snippet") }));
    }
};

QTEST_GUILESS_MAIN(CliTextTest)
#include "tst_clitext.moc"
