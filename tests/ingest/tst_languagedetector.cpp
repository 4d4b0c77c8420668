// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/languagedetector.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestLanguageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void seedStoryIsIndonesian();
};

void TestLanguageDetector::detects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("English paragraph")
        << u"The State Department said on Tuesday that talks on a ceasefire would resume next week in Doha, after a "
           u"pause of nearly a month. Officials from both sides are expected to attend, and mediators hope that an "
           u"agreement on the release of prisoners can be reached before the end of the month."_s
        << u"en"_s;
    QTest::newRow("Indonesian paragraph")
        << u"Menteri Luar Negeri mengatakan pada hari Senin bahwa Indonesia siap menjadi tuan rumah pertemuan tingkat "
           u"tinggi tentang keamanan kawasan. Menurut dia, semua negara anggota telah menyatakan kesediaan untuk hadir "
           u"dan membahas kerja sama di bidang perdagangan dan pertahanan."_s
        << u"id"_s;
    QTest::newRow("Russian paragraph")
        << u"Россия готова помочь властям Афганистана в борьбе с боевиками, заявил в пятницу специальный "
           u"представитель Москвы. По его словам, сотрудничество двух стран будет расширяться в ближайшие месяцы."_s
        << u"ru"_s;
    QTest::newRow("French paragraph")
        << u"Le ministre des Affaires étrangères a déclaré vendredi que la France reste prête à soutenir les "
           u"négociations. Selon lui, le coût de l'aide s'élève à quarante millions d'euros cette année."_s
        << u"fr"_s;
    QTest::newRow("Arabic paragraph")
        << u"قال وزير الخارجية اللبناني يوم الجمعة إن الحكومة ستواصل المحادثات مع الوسطاء الدوليين بشأن الحدود "
           u"الجنوبية. وأضاف أن الجيش سينتشر في المنطقة خلال الأسابيع المقبلة."_s
        << u"ar"_s;
    QTest::newRow("short text: undecided") << u"Kabul"_s << QString();
    QTest::newRow("a headline's worth: undecided") << u"Talks resume"_s << QString();
    QTest::newRow("numbers only: undecided") << u"2025 2026 1234567 8901234 5678901 2345678"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguageDetector::detects()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

void TestLanguageDetector::seedStoryIsIndonesian()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(LanguageDetector::detect(QString::fromUtf8(file.readAll())), u"id"_s);
}

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
