// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/datelineparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestDatelineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognises_data();
    void recognises();
    void ignores_data();
    void ignores();
    void seedStory();
};

void TestDatelineParser::recognises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QString>("rest"); ///< what the story says after the dateline

    QTest::newRow("seed: KABUL (Arrahmah.id) em dash")
        << u"KABUL (Arrahmah.id) — Rusia akan membantu otoritas Taliban."_s << u"Kabul"_s << u"Arrahmah.id"_s
        << QString() << u"Rusia akan membantu otoritas Taliban."_s;
    QTest::newRow("en dash") << u"KABUL (Arrahmah.id) – Rusia akan membantu."_s << u"Kabul"_s << u"Arrahmah.id"_s
                             << QString() << u"Rusia akan membantu."_s;
    QTest::newRow("hyphen") << u"KABUL (Arrahmah.id) - Rusia akan membantu."_s << u"Kabul"_s << u"Arrahmah.id"_s
                            << QString() << u"Rusia akan membantu."_s;
    QTest::newRow("double hyphen") << u"KABUL (Arrahmah.id) -- Rusia akan membantu."_s << u"Kabul"_s << u"Arrahmah.id"_s
                                   << QString() << u"Rusia akan membantu."_s;
    QTest::newRow("dash right after the parenthesis") << u"KABUL (Arrahmah.id)— Rusia akan membantu."_s << u"Kabul"_s
                                                      << u"Arrahmah.id"_s << QString() << u"Rusia akan membantu."_s;
    QTest::newRow("Reuters with a date") << u"MOSCOW, May 2 (Reuters) - Russia will help the Taliban."_s << u"Moscow"_s
                                         << u"Reuters"_s << u"May 2"_s << u"Russia will help the Taliban."_s;
    QTest::newRow("outlet after a comma (KOMPAS.com)")
        << u"JAKARTA, KOMPAS.com - Presiden Joko Widodo tiba."_s << u"Jakarta"_s << u"KOMPAS.com"_s << QString()
        << u"Presiden Joko Widodo tiba."_s;
    QTest::newRow("outlet after a comma (CNN Indonesia)")
        << u"Jakarta, CNN Indonesia -- Menteri Luar Negeri bertemu."_s << u"Jakarta"_s << u"CNN Indonesia"_s
        << QString() << u"Menteri Luar Negeri bertemu."_s;
    QTest::newRow("AP") << u"WASHINGTON (AP) — The State Department said."_s << u"Washington"_s << u"AP"_s << QString()
                        << u"The State Department said."_s;
    QTest::newRow("ANTARA, place in title case") << u"Jakarta (ANTARA) - Pemerintah menargetkan."_s << u"Jakarta"_s
                                                 << u"ANTARA"_s << QString() << u"Pemerintah menargetkan."_s;
    QTest::newRow("two places: the first one")
        << u"BEIRUT/JERUSALEM (Reuters) - Israel and Lebanon agreed."_s << u"Beirut"_s << u"Reuters"_s << QString()
        << u"Israel and Lebanon agreed."_s;
    QTest::newRow("two-word place") << u"NEW YORK (AP) — Stocks rose on Friday."_s << u"New York"_s << u"AP"_s
                                    << QString() << u"Stocks rose on Friday."_s;
    QTest::newRow("French date") << u"PARIS, 3 mai (AFP) - Le ministre a déclaré."_s << u"Paris"_s << u"AFP"_s
                                 << u"3 mai"_s << u"Le ministre a déclaré."_s;
    QTest::newRow("place with a connector")
        << u"RIO DE JANEIRO (Reuters) - Brazil's central bank."_s << u"Rio de Janeiro"_s << u"Reuters"_s << QString()
        << u"Brazil's central bank."_s;
    QTest::newRow("abbreviated place") << u"ST. PETERSBURG, Russia (AP) — A fire broke out."_s << u"St. Petersburg"_s
                                       << u"AP"_s << QString() << u"A fire broke out."_s;
    QTest::newRow("hyphenated place") << u"PORT-AU-PRINCE (Reuters) - Gangs blocked the road."_s << u"Port-au-Prince"_s
                                      << u"Reuters"_s << QString() << u"Gangs blocked the road."_s;
    QTest::newRow("region after the place") << u"KYIV, Ukraine (AP) — Drones struck the city."_s << u"Kyiv"_s << u"AP"_s
                                            << QString() << u"Drones struck the city."_s;
    QTest::newRow("capitals only, no outlet") << u"LONDON — Britain said on Monday."_s << u"London"_s << QString()
                                              << QString() << u"Britain said on Monday."_s;
    QTest::newRow("Cyrillic") << u"МОСКВА, 2 мая (Рейтер) - Россия готова помочь."_s << u"Москва"_s << u"Рейтер"_s
                              << u"2 мая"_s << u"Россия готова помочь."_s;
    QTest::newRow("date with a year") << u"WASHINGTON, May 2, 2025 (AP) — The talks resumed."_s << u"Washington"_s
                                      << u"AP"_s << u"May 2, 2025"_s << u"The talks resumed."_s;
    QTest::newRow("UPI with state and date")
        << u"HEMPSTEAD, N.Y., Sept. 26 (UPI) — Clinton and Trump met."_s << u"Hempstead"_s << u"UPI"_s << u"Sept. 26"_s
        << u"Clinton and Trump met."_s;
    QTest::newRow("state abbreviation without an outlet") << u"FAIRVIEW, W.Va. - Coal country voted."_s << u"Fairview"_s
                                                          << QString() << QString() << u"Coal country voted."_s;
    QTest::newRow("double hyphen without an outlet") << u"WASHINGTON -- President Obama said."_s << u"Washington"_s
                                                     << QString() << QString() << u"President Obama said."_s;
    QTest::newRow("leading blank lines") << u"\n\n  KABUL (Arrahmah.id) — Rusia akan membantu."_s << u"Kabul"_s
                                         << u"Arrahmah.id"_s << QString() << u"Rusia akan membantu."_s;
    QTest::newRow("outlet with a space") << u"KABUL (RIA Novosti) - Moscow said."_s << u"Kabul"_s << u"RIA Novosti"_s
                                         << QString() << u"Moscow said."_s;
}

void TestDatelineParser::recognises()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    QFETCH(QString, outlet);
    QFETCH(QString, dateText);
    QFETCH(QString, rest);

    const std::optional<DatelineInfo> info = DatelineParser::parse(text);
    QVERIFY(info.has_value());
    QCOMPARE(info->place, place);
    QCOMPARE(info->outlet, outlet);
    QCOMPARE(info->dateText, dateText);
    QCOMPARE(text.mid(info->length), rest);
}

void TestDatelineParser::ignores_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ordinary Indonesian sentence") << u"Rusia akan membantu otoritas Taliban di Afghanistan."_s;
    QTest::newRow("sentence with a spaced hyphen") << u"Hubungan Indonesia - Malaysia membaik tahun ini."_s;
    QTest::newRow("two countries in title case") << u"Indonesia - Malaysia sepakat soal perbatasan."_s;
    QTest::newRow("headline with a dash") << u"Russia to help Taliban - sources say"_s;
    QTest::newRow("label in capitals") << u"BREAKING - Russia recognises the Taliban"_s;
    QTest::newRow("weekday in parentheses") << u"Hari ini (Senin) - pasar saham dibuka."_s;
    QTest::newRow("hyphenated words only") << u"Forum bisnis Rusia-Afghanistan digelar di Kazan."_s;
    QTest::newRow("dash late in a long line")
        << u"Komentar Kabulov menggarisbawahi pemulihan hubungan yang dramatis dalam beberapa tahun terakhir antara "
           u"Moskow dan Kabul — kata pejabat."_s;
    QTest::newRow("date in parentheses") << u"Jumat (2/5/2025) - Rusia mengumumkan."_s;
    QTest::newRow("dateline with nothing after it") << u"KABUL (Arrahmah.id) —"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("number before a dash") << u"2025 - tahun yang sulit"_s;
}

void TestDatelineParser::ignores()
{
    QFETCH(QString, text);
    const std::optional<DatelineInfo> info = DatelineParser::parse(text);
    QVERIFY2(!info.has_value(), info ? qPrintable(info->place + u" / "_s + info->outlet) : "");
}

void TestDatelineParser::seedStory()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const std::optional<DatelineInfo> info = DatelineParser::parse(text);
    QVERIFY(info.has_value());
    QCOMPARE(info->place, u"Kabul"_s);
    QCOMPARE(info->outlet, u"Arrahmah.id"_s);
    QVERIFY(text.mid(info->length).startsWith(u"Rusia akan membantu"_s));
}

QTEST_GUILESS_MAIN(TestDatelineParser)
#include "tst_datelineparser.moc"
