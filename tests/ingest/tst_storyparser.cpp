// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/storyparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{

QString readUtf8(const QString &path)
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u'/' + path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

/// Runs under a QCoreApplication, as the command line does: Markdown goes through QTextDocument,
/// which must not need a GUI application.
class TestStoryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedStory();
    void title_data();
    void title();
    void canonicalText_data();
    void canonicalText();
    void markdown();
    void markdownWithoutHeading();
    void contentHash();
};

void TestStoryParser::seedStory()
{
    const QString path = QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s;
    const QString raw = readUtf8(u"arrahmah-2025-05-02-russia-iskp.txt"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Article article = StoryParser::parse(raw, StoryParser::Format::PlainText, path);

    QCOMPARE(article.place, u"Kabul"_s);
    QCOMPARE(article.outletName, u"Arrahmah.id"_s);
    QCOMPARE(article.published, QDate(2025, 5, 2));
    QCOMPARE(article.language, u"id"_s);
    QCOMPARE(article.sourcePath, path);
    QVERIFY(article.fetched >= before.addSecs(-1));
    QCOMPARE(article.fetched.timeSpec(), Qt::UTC);
    // No headline line: the first sentence after the dateline, shortened at a word.
    QVERIFY2(article.title.startsWith(u"Rusia akan membantu otoritas Taliban"_s), qPrintable(article.title));
    QVERIFY2(article.title.endsWith(u'\u2026'), qPrintable(article.title));
    QVERIFY(article.title.size() <= 121);
    QVERIFY(!article.title.at(article.title.size() - 2).isSpace());
    // The text is the file's, line for line (it has LF endings and no trailing spaces).
    QCOMPARE(article.text, raw.trimmed());
    QCOMPARE(article.contentHash.size(), 32);
    QCOMPARE(article.contentHash, StoryParser::contentHash(article.text));
}

void TestStoryParser::title_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("textStart"); ///< where the canonical text starts

    QTest::newRow("headline line above the dateline")
        << u"Russia to help Taliban fight ISKP\n\nKABUL (Arrahmah.id) — Rusia akan membantu otoritas Taliban."_s
        << u"Russia to help Taliban fight ISKP"_s << u"KABUL (Arrahmah.id)"_s;
    QTest::newRow("headline ending in a period, dateline paragraph after it")
        << u"Bill Clinton calls Obamacare a crazy system during campaign stop.\n\nFLINT, Mich., Oct. 4 (UPI) — Former "
           u"President Bill Clinton said."_s
        << u"Bill Clinton calls Obamacare a crazy system during campaign stop"_s << u"FLINT, Mich., Oct. 4 (UPI)"_s;
    QTest::newRow("sentence punctuation off the end of a first-sentence title")
        << u"Derelict Obama and Clinton;.\nTrump will go on offense."_s << u"Derelict Obama and Clinton"_s
        << u"Derelict"_s;
    QTest::newRow("headline ending in a question mark")
        << u"Will Russia recognise the Taliban?\nMoscow is weighing it."_s << u"Will Russia recognise the Taliban?"_s
        << u"Moscow"_s;
    QTest::newRow("first line is a sentence: first sentence, without its period")
        << u"Russia will help. More later.\nSecond line."_s << u"Russia will help"_s << u"Russia will help."_s;
    QTest::newRow("first line is the dateline paragraph")
        << u"WASHINGTON (AP) — Talks resume next week. Officials said so."_s << u"Talks resume next week"_s
        << u"WASHINGTON (AP)"_s;
    QTest::newRow("abbreviation does not end the sentence")
        << u"Dr. Smith said the talks had resumed in Doha. He said more."_s
        << u"Dr. Smith said the talks had resumed in Doha"_s << u"Dr. Smith"_s;
    QTest::newRow("a single line is not a headline")
        << u"Talks resume in Doha"_s << u"Talks resume in Doha"_s << u"Talks resume in Doha"_s;
    QTest::newRow("a date line is not a headline")
        << u"Friday, May 2, 2025\nTalks resumed in Doha. More."_s << u"Friday, May 2, 2025"_s << u"Friday"_s;
    QTest::newRow("over 160 characters is not a headline")
        << QString(u"Word "_s.repeated(40) + u"\nSecond paragraph."_s)
        << QString(u"Word "_s.repeated(24).trimmed() + u'\u2026') << u"Word Word"_s;
    QTest::newRow("long first sentence shortened at a word boundary")
        << QString(u"KABUL (Arrahmah.id) — "_s + u"Rusia akan membantu otoritas Taliban di Afghanistan "_s.repeated(4) +
               u"melawan ISKP."_s)
        << u"Rusia akan membantu otoritas Taliban di Afghanistan Rusia akan membantu otoritas Taliban di Afghanistan "
           u"Rusia akan\u2026"_s
        << u"KABUL"_s;
}

void TestStoryParser::title()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, textStart);

    const Article article = StoryParser::parse(text, StoryParser::Format::PlainText);
    QCOMPARE(article.title, title);
    QVERIFY2(article.text.startsWith(textStart), qPrintable(article.text));
}

void TestStoryParser::canonicalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("CRLF to LF") << u"One.\r\nTwo.\r\n"_s << u"One.\nTwo."_s;
    QTest::newRow("CR to LF") << u"One.\rTwo."_s << u"One.\nTwo."_s;
    QTest::newRow("trailing spaces and tabs trimmed") << u"One.  \t\nTwo.   "_s << u"One.\nTwo."_s;
    QTest::newRow("blank lines folded to one") << u"One.\n\n\n\n\nTwo.\n\nThree."_s << u"One.\n\nTwo.\n\nThree."_s;
    QTest::newRow("lines of spaces are blank lines") << u"One.\n   \n \t \nTwo."_s << u"One.\n\nTwo."_s;
    QTest::newRow("blank lines at both ends dropped") << u"\n\n  \nOne.\n\n\n"_s << u"One."_s;
    QTest::newRow("no-break space inside a line kept")
        << u"Il a dit\u00a0: « oui ».\u00a0\nRp\u00a05 juta."_s << u"Il a dit\u00a0: « oui ».\nRp\u00a05 juta."_s;
    QTest::newRow("indentation kept") << u"One.\n    Two."_s << u"One.\n    Two."_s;
    QTest::newRow("byte-order mark dropped") << u"\ufeffOne.\nTwo."_s << u"One.\nTwo."_s;
}

void TestStoryParser::canonicalText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    // A first line ending in a period is not taken as the headline, so the text stays whole.
    QCOMPARE(StoryParser::parse(text, StoryParser::Format::PlainText).text, canonical);
}

void TestStoryParser::markdown()
{
    const Article article =
        StoryParser::parse(readUtf8(u"ingest/stories/03-french-afp.md"_s), StoryParser::Format::Markdown);
    QCOMPARE(article.title, u"La France prête à soutenir les négociations"_s);
    QCOMPARE(article.place, u"Paris"_s);
    QCOMPARE(article.outletName, u"AFP"_s);
    QCOMPARE(article.language, u"fr"_s);
    QCOMPARE(article.published, QDate(2025, 5, 2));
    QVERIFY2(article.text.startsWith(u"PARIS, 3 mai (AFP) - Le ministre"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"la France « reste prête » à soutenir"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"décision très attendue."_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"sur le site du ministère."_s), qPrintable(article.text));
    QVERIFY(!article.text.contains(u"**"_s));
    QVERIFY(!article.text.contains(u"](http"_s));
    QVERIFY(!article.text.contains(u"# "_s));
}

void TestStoryParser::markdownWithoutHeading()
{
    const Article article = StoryParser::parse(
        u"**Talks resume in Doha**\n\nDOHA (Reuters) - Talks on a ceasefire *resumed* on Tuesday.\n"_s,
        StoryParser::Format::Markdown);
    QCOMPARE(article.title, u"Talks resume in Doha"_s);
    QCOMPARE(article.text, u"DOHA (Reuters) - Talks on a ceasefire resumed on Tuesday."_s);
    QCOMPARE(article.place, u"Doha"_s);
}

void TestStoryParser::contentHash()
{
    const QString text = u"KABUL (Arrahmah.id) — Rusia akan membantu.\nZamir Kabulov menyebut ISKP."_s;
    const QByteArray hash = StoryParser::parse(text, StoryParser::Format::PlainText).contentHash;
    QCOMPARE(hash.size(), 32);

    const QString resaved =
        u"KABUL (Arrahmah.id) —  Rusia akan membantu.   \r\n\r\n\r\nZamir Kabulov menyebut ISKP.\r\n"_s;
    QCOMPARE(StoryParser::parse(resaved, StoryParser::Format::PlainText).contentHash, hash);

    const QString otherCase = u"KABUL (Arrahmah.id) — RUSIA akan membantu.\nZamir Kabulov menyebut ISKP."_s;
    QVERIFY(StoryParser::parse(otherCase, StoryParser::Format::PlainText).contentHash != hash);

    const QString otherWord = u"KABUL (Arrahmah.id) — Rusia tidak akan membantu.\nZamir Kabulov menyebut ISKP."_s;
    QVERIFY(StoryParser::parse(otherWord, StoryParser::Format::PlainText).contentHash != hash);
}

QTEST_GUILESS_MAIN(TestStoryParser)
#include "tst_storyparser.moc"
