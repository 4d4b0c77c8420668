// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void tokenize_data();
    void tokenize();
    void flags();
    void editDistance_data();
    void editDistance();
};

void TestTextNormalizer::fold_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii lower-cased") << u"KABUL"_s << u"kabul"_s;
    QTest::newRow("turkish dotless g") << u"Erdoğan"_s << u"erdogan"_s;
    QTest::newRow("portuguese accent") << u"Brasília"_s << u"brasilia"_s;
    QTest::newRow("french circumflex") << u"Côte"_s << u"cote"_s;
    QTest::newRow("german sharp s") << u"Großbritannien"_s << u"grossbritannien"_s;
    QTest::newRow("cyrillic transliterated") << u"Кабулов"_s << u"kabulov"_s;
    QTest::newRow("cyrillic capitals") << u"КАБУЛОВ"_s << u"kabulov"_s;
    QTest::newRow("digits kept") << u"G20"_s << u"g20"_s;
}

void TestTextNormalizer::fold()
{
    QFETCH(QString, word);
    QFETCH(QString, folded);
    QCOMPARE(TextNormalizer::fold(word), folded);
}

void TestTextNormalizer::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<int>>("gaps");
    QTest::newRow("english possessive splits")
        << u"Russia's envoy"_s << QStringList { u"russia"_s, u"s"_s, u"envoy"_s }
        << QList<int> { NormalToken::Break, NormalToken::Joiner, NormalToken::Space };
    QTest::newRow("curly possessive") << u"Russia’s"_s << QStringList { u"russia"_s, u"s"_s }
                                      << QList<int> { NormalToken::Break, NormalToken::Joiner };
    QTest::newRow("hyphenated clitic") << u"Moskow-nya"_s << QStringList { u"moskow"_s, u"nya"_s }
                                       << QList<int> { NormalToken::Break, NormalToken::Joiner };
    QTest::newRow("comma breaks") << u"Kazan, Rusia"_s << QStringList { u"kazan"_s, u"rusia"_s }
                                  << QList<int> { NormalToken::Break, NormalToken::Break };
    QTest::newRow("abbreviation gap") << u"EE. UU."_s << QStringList { u"ee"_s, u"uu"_s }
                                      << QList<int> { NormalToken::Break, NormalToken::Abbreviation };
    QTest::newRow("line break breaks") << u"Islamic\nState"_s << QStringList { u"islamic"_s, u"state"_s }
                                       << QList<int> { NormalToken::Break, NormalToken::Break };
    QTest::newRow("arabic word with harakat")
        << u"الصِّين"_s << QStringList { TextNormalizer::fold(u"الصين") } << QList<int> { NormalToken::Break };
}

void TestTextNormalizer::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QList<int>, gaps);
    const TokenizedText tokenized = TextNormalizer::tokenize(text);
    const QList<NormalToken> &tokens = tokenized.tokens;
    QStringList folded;
    QList<int> gapList;
    for (const NormalToken &t : tokens) {
        folded.append(t.folded.toString());
        gapList.append(t.gap);
        QVERIFY(t.end > t.start);
    }
    QCOMPARE(folded, words);
    QCOMPARE(gapList, gaps);
}

void TestTextNormalizer::flags()
{
    const TokenizedText tokenized = TextNormalizer::tokenize(u"AS as Moskow Кабулов"_s);
    const QList<NormalToken> &tokens = tokenized.tokens;
    QCOMPARE(tokens.size(), 4);
    QVERIFY(tokens.at(0).is(NormalToken::Upper));
    QVERIFY(tokens.at(0).is(NormalToken::Capitalised));
    QVERIFY(tokens.at(1).is(NormalToken::Lower));
    QVERIFY(!tokens.at(1).is(NormalToken::Upper));
    QVERIFY(tokens.at(2).is(NormalToken::Capitalised));
    QVERIFY(!tokens.at(2).is(NormalToken::Upper));
    QVERIFY(tokens.at(3).is(NormalToken::NonLatin));
    QVERIFY(!tokens.at(2).is(NormalToken::NonLatin));
    QCOMPARE(tokens.at(3).start, 13);
    QCOMPARE(tokens.at(3).end, 20);
}

void TestTextNormalizer::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("distance");
    QTest::newRow("equal") << u"kabul"_s << u"kabul"_s << 2 << 0;
    QTest::newRow("transposition is one edit") << u"provinec"_s << u"province"_s << 2 << 1;
    QTest::newRow("inserted letter") << u"provience"_s << u"province"_s << 2 << 1;
    QTest::newRow("two edits") << u"islamic state khurasan provience"_s << u"islamic state khorasan province"_s << 3
                               << 2;
    QTest::newRow("over the limit gives limit plus one") << u"moskow"_s << u"washington"_s << 2 << 3;
}

void TestTextNormalizer::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, distance);
    QCOMPARE(TextNormalizer::editDistance(a, b, limit), distance);
    QCOMPARE(TextNormalizer::editDistance(b, a, limit), distance);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
