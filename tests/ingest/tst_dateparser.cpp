// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/dateparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void findsNothing_data();
    void findsNothing();
    void reportsWhereTheDateStands();
    void seedStory();
};

void TestDateParser::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("expected");

    const QDate none;
    QTest::newRow("seed: Jumat (2/5/2025), day first in Indonesian")
        << u"KABUL (Arrahmah.id) — Rusia akan membantu, kata perwakilan khusus Moskow pada Jumat (2/5/2025)."_s
        << u"id"_s << none << QDate(2025, 5, 2);
    QTest::newRow("Indonesian month name")
        << u"Jakarta - Pertemuan digelar pada 2 Mei 2025 di Istana."_s << u"id"_s << none << QDate(2025, 5, 2);
    QTest::newRow("Indonesian weekday and month name")
        << u"Diterbitkan Jumat, 2 Mei 2025 pukul 10.00 WIB."_s << u"id"_s << none << QDate(2025, 5, 2);
    QTest::newRow("Indonesian date without a year, weekday decides")
        << u"Rusia mengumumkan pada Jumat (2/5) lalu."_s << u"id"_s << QDate(2025, 5, 20) << QDate(2025, 5, 2);
    QTest::newRow("Indonesian ambiguous numeric: day first")
        << u"Pada 4/5/2025 menteri tiba."_s << u"id"_s << none << QDate(2025, 5, 4);
    QTest::newRow("English month day, year")
        << u"WASHINGTON (AP) — On May 2, 2025, the talks resumed."_s << u"en"_s << none << QDate(2025, 5, 2);
    QTest::newRow("weekday that fits only the year before: the reference's year (the outlet's slip)")
        << u"IHSG ditutup menguat pada perdagangan Senin (21/10), naik 1,84%."_s << u"id"_s << QDate(2025, 10, 22)
        << QDate(2025, 10, 21);
    QTest::newRow("weekday fits a date half a year back")
        << u"Rusia mengumumkan pada Jumat (2/5) lalu."_s << u"id"_s << QDate(2025, 9, 1) << QDate(2025, 5, 2);
    QTest::newRow("English day month year")
        << u"LONDON — Published 2 May 2025. Britain said."_s << u"en"_s << none << QDate(2025, 5, 2);
    // Without a reference, the latest year up to this one in which May 2 is a Friday.
    QDate latestFriday(QDate::currentDate().year(), 5, 2);
    while (latestFriday.dayOfWeek() != 5) {
        latestFriday = latestFriday.addYears(-1);
    }
    QTest::newRow("English weekday without a year, no reference: the weekday's year")
        << u"Officials said on Friday, May 2 that talks would go on."_s << u"en"_s << none << latestFriday;
    QTest::newRow("English weekday without a year, reference year")
        << u"Officials said on Friday, May 2 that talks would go on."_s << u"en"_s << QDate(2025, 6, 1)
        << QDate(2025, 5, 2);
    QTest::newRow("dateline date filled from the reference")
        << u"MOSCOW, May 2 (Reuters) - Russia will help."_s << u"en"_s << QDate(2025, 5, 3) << QDate(2025, 5, 2);
    QTest::newRow("dateline date in December read in January: the year before")
        << u"MOSCOW, Dec 30 (Reuters) - Russia said."_s << u"en"_s << QDate(2026, 1, 2) << QDate(2025, 12, 30);
    QTest::newRow("ISO") << u"Updated 2025-05-02 14:00 UTC. Russia said."_s << u"en"_s << none << QDate(2025, 5, 2);
    QTest::newRow("dotted numeric is day first even in English")
        << u"Posted 02.05.2025 by the desk."_s << u"en"_s << none << QDate(2025, 5, 2);
    QTest::newRow("English unambiguous month first (day > 12)")
        << u"Posted 5/13/2025 by the desk."_s << u"en"_s << none << QDate(2025, 5, 13);
    QTest::newRow("English unambiguous day first (day > 12)")
        << u"Posted 13/5/2025 by the desk."_s << u"en"_s << none << QDate(2025, 5, 13);
    QTest::newRow("English ambiguous, British text: day first")
        << u"Posted 4/5/2025. Talks resumed on 3 May."_s << u"en"_s << none << QDate(2025, 5, 4);
    QTest::newRow("English ambiguous, US-style text: month first")
        << u"Posted 4/5/2025. Talks resumed on April 3 in Doha."_s << u"en"_s << none << QDate(2025, 4, 5);
    QTest::newRow("ambiguous numeric, weekday decides")
        << u"Published Monday 5/12/2025 by the desk."_s << u"en"_s << none << QDate(2025, 5, 12);
    QTest::newRow("Russian month name") << u"Заявление сделано 2 мая 2025 года в Москве."_s << u"ru"_s << none
                                        << QDate(2025, 5, 2);
    QTest::newRow("French month name") << u"Le ministre a parlé le 2 mai 2025 à Paris."_s << u"fr"_s << none
                                       << QDate(2025, 5, 2);
    QTest::newRow("French first of the month")
        << u"Publié le 1er mai 2025 à Paris."_s << u"fr"_s << none << QDate(2025, 5, 1);
    QTest::newRow("French dateline date")
        << u"PARIS, 3 mai (AFP) - Le ministre a déclaré."_s << u"fr"_s << QDate(2025, 5, 10) << QDate(2025, 5, 3);
    QTest::newRow("Arabic month name") << u"قال الوزير يوم 2 مايو 2025 إن المحادثات ستستمر."_s << u"ar"_s << none
                                       << QDate(2025, 5, 2);
    QTest::newRow("Arabic-Indic digits") << u"قال الوزير يوم ٢ مايو ٢٠٢٥ إن المحادثات ستستمر."_s << u"ar"_s << none
                                         << QDate(2025, 5, 2);
    QTest::newRow("invalid date skipped, next one taken")
        << u"Pada 31/2/2025, eh, maksudnya Jumat (2/5/2025)."_s << u"id"_s << none << QDate(2025, 5, 2);
    QTest::newRow("earliest date wins") << u"Jakarta, Rabu (7/5/2025) - Rapat membahas kejadian 1 Mei 2025."_s
                                        << u"id"_s << none << QDate(2025, 5, 7);
    QTest::newRow("weekday date in the second paragraph")
        << QString(u"Indeks harga saham ditutup menguat pada perdagangan sore ini. "_s.repeated(8) +
               u"\nMengutip riset Mega Capital Sekuritas, Rabu (22/10/2025), investor asing mencatat net buy."_s)
        << u"id"_s << none << QDate(2025, 10, 22);
    QTest::newRow("unknown language: day first") << u"Published 4/5/2025."_s << QString() << none << QDate(2025, 5, 4);
    QTest::newRow("two-digit year") << u"Jumat (2/5/25) Rusia mengumumkan."_s << u"id"_s << none << QDate(2025, 5, 2);
}

void TestDateParser::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QDate, reference);
    QFETCH(QDate, expected);

    const std::optional<FoundDate> found = DateParser::findPublished(text, language, reference);
    QVERIFY(found.has_value());
    QCOMPARE(found->date, expected);
}

void TestDateParser::findsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("impossible date") << u"Pada 31/2/2025 tidak terjadi apa-apa."_s << u"id"_s;
    QTest::newRow("month and year only") << u"Serangan pada Bulan Maret 2024 menewaskan banyak orang."_s << u"id"_s;
    QTest::newRow("day and month without a weekday or dateline") << u"Reuters (2/5) melaporkan hal itu."_s << u"id"_s;
    QTest::newRow("dateline date without a reference") << u"MOSCOW, May 2 (Reuters) - Russia will help."_s << u"en"_s;
    QTest::newRow("fraction and version number") << u"Sekitar 1/2 warga memakai versi 1.2.3 aplikasi itu."_s << u"id"_s;
    QTest::newRow("implausible year") << u"Pada 2/5/1066 terjadi sesuatu."_s << u"id"_s;
    QTest::newRow("date far into the story")
        << QString(u"Rusia akan membantu otoritas Taliban. "_s.repeated(12) + u"Pada 2 Mei 2025."_s) << u"id"_s;
    QTest::newRow("weekday date far into the story")
        << QString(u"Rusia akan membantu otoritas Taliban. "_s.repeated(40) + u"Pada Jumat (2/5/2025)."_s) << u"id"_s;
    QTest::newRow("empty") << QString() << u"id"_s;
}

void TestDateParser::findsNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const std::optional<FoundDate> found = DateParser::findPublished(text, language);
    QVERIFY2(!found.has_value(), found ? qPrintable(found->date.toString(Qt::ISODate)) : "");
}

void TestDateParser::reportsWhereTheDateStands()
{
    const QString text = u"Kata pejabat pada Jumat (2/5/2025)."_s;
    const std::optional<FoundDate> found = DateParser::findPublished(text, u"id"_s);
    QVERIFY(found.has_value());
    QCOMPARE(text.mid(found->start, found->length), u"Jumat (2/5/2025"_s);
}

void TestDateParser::seedStory()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const std::optional<FoundDate> found = DateParser::findPublished(text, u"id"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->date, QDate(2025, 5, 2));
    QCOMPARE(text.mid(found->start, found->length), u"Jumat (2/5/2025"_s);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
