// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
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
    void unicodeKeepsWhatTheFileSays_data();
    void unicodeKeepsWhatTheFileSays();
    void utf32WithBom_data();
    void utf32WithBom();
    void shortLegacyText_data();
    void shortLegacyText();
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

void TestTextDecoder::unicodeKeepsWhatTheFileSays_data()
{
    QTest::addColumn<QString>("text");
    // C1 characters from an old double encoding ("●" as "â\u0097\u008f") in otherwise good UTF-8.
    QTest::newRow("double-encoded bullet in UTF-8")
        << u"Prinsip BRI selaras dengan:\n\u00e2\u0097\u008f Social Bond."_s;
    QTest::newRow("box drawing in UTF-8") << u"Tabel:\n┌──┬──┐\n│ 1│ 2│\n└──┴──┘\nSelesai."_s;
}

void TestTextDecoder::unicodeKeepsWhatTheFileSays()
{
    QFETCH(QString, text);
    const Result<DecodedText> decoded = TextDecoder::decode(text.toUtf8());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().text, text);
    QCOMPARE(decoded.value().encoding, u"UTF-8"_s);
}

void TestTextDecoder::utf32WithBom_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("name");
    QTest::newRow("UTF-32LE") << int(QStringConverter::Utf32LE) << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE") << int(QStringConverter::Utf32BE) << u"UTF-32BE"_s;
}

void TestTextDecoder::utf32WithBom()
{
    QFETCH(int, encoding);
    QFETCH(QString, name);
    const QString text = u"KABUL (Arrahmah.id) — “Kami melihat,” kata Kabulov."_s;
    QStringEncoder encoder(QStringConverter::Encoding(encoding), QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(text);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().text, text);
    QCOMPARE(decoded.value().encoding, name);
}

void TestTextDecoder::shortLegacyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoding");

    // One line is little for a detector; what it cannot tell must be refused, never mojibake.
    QTest::newRow("French line in Windows-1252 (close call with Windows-1250)")
        << u"Le café est prêt – déjà € 5."_s << QByteArray("windows-1252");
    QTest::newRow("German line in ISO-8859-1")
        << u"Grüße aus München, sagte der Minister."_s << QByteArray("ISO-8859-1");
    QTest::newRow("English line with one accented word in Windows-1252")
        << u"The café opened on Monday, officials said."_s << QByteArray("windows-1252");
    QTest::newRow("Spanish line in ISO-8859-1")
        << u"El niño y el señor llegaron a Madrid."_s << QByteArray("ISO-8859-1");
    QTest::newRow("Polish line in ISO-8859-2") << u"Zażółć gęślą jaźń."_s << QByteArray("ISO-8859-2");
    QTest::newRow("Russian line in KOI8-R") << u"Москва заявила об этом в пятницу."_s << QByteArray("KOI8-R");
    QTest::newRow("Russian line in Windows-1251")
        << u"Москва заявила об этом в пятницу."_s << QByteArray("windows-1251");
}

void TestTextDecoder::shortLegacyText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoding);
    QStringEncoder encoder(encoding.constData());
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (decoded.ok()) {
        QCOMPARE(decoded.value().text, text);
    } else {
        QVERIFY2(decoded.error().contains(u"not valid text"_s), qPrintable(decoded.error()));
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
