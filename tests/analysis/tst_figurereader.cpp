// SPDX-License-Identifier: GPL-3.0-or-later
// FigureReader: the figures a passage states, as plain numbers, in Indonesian and English forms;
// dates, times, years and numbers that are part of names are not figures.

#include "analysis/figurereader.h"

#include <QTest>

using namespace Dateline;
using namespace Qt::StringLiterals;

class FigureReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("a plain count", u"137 orang tewas"_s, { u"137"_s });
        row("several in order, each once", u"145 dead, 551 hurt and 145 missing"_s, { u"145"_s, u"551"_s });
        row("Indonesian thousands with a dot", u"1.200 pengungsi"_s, { u"1200"_s });
        row("English thousands with a comma", u"1,200 refugees"_s, { u"1200"_s });
        row("millions grouped with dots", u"Rp 1.234.567"_s, { u"1234567"_s });
        row("thousands grouped with a space", u"1 200 people"_s, { u"1200"_s });
        row("thousands grouped with a no-break space", u"1\u00a0200 people"_s, { u"1200"_s });
        row("Indonesian decimal comma", u"inflasi 2,5 persen"_s, { u"2.5"_s });
        row("English decimal point", u"growth of 3.5 percent"_s, { u"3.5"_s });
        row("both marks, Indonesian", u"1.234,5 ton"_s, { u"1234.5"_s });
        row("both marks, English", u"1,234.5 tonnes"_s, { u"1234.5"_s });
        row("juta", u"2,5 juta warga"_s, { u"2500000"_s });
        row("million", u"3.5 million people"_s, { u"3500000"_s });
        row("ribu", u"12 ribu tentara"_s, { u"12000"_s });
        row("thousand", u"twenty, then 40 thousand troops"_s, { u"40000"_s });
        row("miliar", u"Rp 1,25 miliar"_s, { u"1250000000"_s });
        row("billion with a long decimal", u"1.2345 billion"_s, { u"1234500000"_s });
        row("a scale keeps a remaining decimal", u"0,0015 juta"_s, { u"1500"_s });
        row("leading zeros dropped", u"007 agents"_s, { u"7"_s });
        row("trailing zeros of a decimal dropped", u"3,50 persen"_s, { u"3.5"_s });
        row("percent is a figure", u"45% of voters"_s, { u"45"_s });
        row("day and year of an Indonesian date", u"Pada 22 Maret 2024, 137 orang tewas"_s, { u"137"_s });
        row("day and year of an English date", u"On March 22, 2024, 137 people died"_s, { u"137"_s });
        row("month and year", u"Since May 2024 some 40 died"_s, { u"40"_s });
        row("year after tahun", u"tahun 2023 ada 15 kasus"_s, { u"15"_s });
        row("year after in", u"in 2014 about 300 fled"_s, { u"300"_s });
        row("a year standing alone stays a figure", u"2024 protesters"_s, { u"2024"_s });
        row("a lower-case may is no month", u"137 may have died"_s, { u"137"_s });
        row("time with a colon", u"at 14:30 local time 5 were hurt"_s, { u"5"_s });
        row("time after pukul", u"pukul 10.00 WIB, 3 orang luka"_s, { u"3"_s });
        row("time before WIB", u"sekitar 19.45 WIB"_s, QStringList());
        row("names with digits", u"F-16 jets, COVID-19 and the G20"_s, QStringList());
        row("Indonesian ordinal", u"hari ke-3 serangan"_s, QStringList());
        row("English ordinal", u"the 3rd day"_s, QStringList());
        row("no figures", u"Many people died"_s, QStringList());
        row("empty", QString(), QStringList());
        row("a sentence end is no decimal", u"The toll is 145. Officials said"_s, { u"145"_s });
        row("Arabic-Indic digits", u"قتل ١٣٧ شخصا"_s, { u"137"_s });
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(FigureReader::figures(text), expected);
    }
};

QTEST_GUILESS_MAIN(FigureReaderTest)
#include "tst_figurereader.moc"
