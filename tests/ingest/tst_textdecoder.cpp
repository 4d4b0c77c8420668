// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/ingest/encodings/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesFixture_data();
    void decodesFixture();
    void refuses_data();
    void refuses();
    void seedStoryIsUtf8();
    void bomIsNotPartOfTheText();
};

void TestTextDecoder::decodesFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("French in Windows-1252 (euro sign, curly apostrophe)")
        << u"french-windows-1252"_s << u"windows-1252"_s;
    QTest::newRow("Polish in ISO-8859-2") << u"polish-iso-8859-2"_s << u"ISO-8859-2"_s;
    QTest::newRow("Russian in KOI8-R") << u"russian-koi8-r"_s << u"KOI8-R"_s;
    QTest::newRow("Russian in Windows-1251") << u"russian-windows-1251"_s << u"windows-1251"_s;
    QTest::newRow("Arabic in Windows-1256") << u"arabic-windows-1256"_s << u"windows-1256"_s;
    QTest::newRow("Indonesian in UTF-16LE with BOM") << u"indonesian-utf-16le-bom"_s << u"UTF-16LE"_s;
    QTest::newRow("English in UTF-16BE with BOM") << u"english-utf-16be-bom"_s << u"UTF-16BE"_s;
    QTest::newRow("Indonesian in UTF-8 with BOM") << u"indonesian-utf-8-bom"_s << u"UTF-8"_s;
}

void TestTextDecoder::decodesFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QString, encoding);

    const QString expected = QString::fromUtf8(readFixture(fixture + u".expected"_s));
    QVERIFY(!expected.isEmpty());
    const Result<DecodedText> decoded = TextDecoder::decode(readFixture(fixture + u".txt"_s));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().text, expected);
    QCOMPARE(decoded.value().encoding.toLower(), encoding.toLower());
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("binary file (PNG)") << readFixture(u"binary.txt"_s) << u"binary"_s;
    QTest::newRow("empty file") << readFixture(u"empty.txt"_s) << u"empty"_s;
    QTest::newRow("white space only after a BOM") << QByteArray("\xef\xbb\xbf \n") << u"empty"_s;
    QTest::newRow("Japanese in Shift_JIS, an encoding Dateline does not read")
        << readFixture(u"japanese-shift_jis.txt"_s) << u"Shift_JIS"_s;
    QTest::newRow("control characters in valid UTF-8") << QByteArray("Kabul\x01\x02\x03 berita\x1b[0m") << u"binary"_s;
    QTest::newRow("UTF-16 mark over an odd number of bytes") << QByteArray("\xff\xfeK\x00\x61", 5) << u"UTF-16LE"_s;
    QTest::newRow("undecidable: C1 bytes no candidate reads as text")
        << QByteArray("\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d \x9d\x90\x8f\x8d\x81") << u"not valid text"_s;
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonContains);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(!decoded.ok(), decoded.ok() ? qPrintable(decoded.value().encoding + u": "_s + decoded.value().text) : "");
    QVERIFY2(decoded.error().contains(reasonContains, Qt::CaseInsensitive), qPrintable(decoded.error()));
}

void TestTextDecoder::seedStoryIsUtf8()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().encoding, u"UTF-8"_s);
    QCOMPARE(decoded.value().text, QString::fromUtf8(bytes));
    QVERIFY(decoded.value().text.contains(u"“Kami melihat"_s));
}

void TestTextDecoder::bomIsNotPartOfTheText()
{
    const Result<DecodedText> decoded = TextDecoder::decode(QByteArray("\xef\xbb\xbfKABUL"));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().text, u"KABUL"_s);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
