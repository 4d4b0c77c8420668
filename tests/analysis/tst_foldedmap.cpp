// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/foldedmap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

/// The matcher's word tables: what goes in is found again, by the word alone or with the hash a
/// token carries, through growth; a miss is a miss; values keep their order.
class TestFoldedMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFindsNothing();
    void findsWhatWasInserted();
    void aKeyInsertedTwiceKeepsOneValue();
    void growsWithoutLosingKeys();
    void iteratesInInsertionOrder();
};

void TestFoldedMap::emptyFindsNothing()
{
    const FoldedMap<int> map;
    QVERIFY(map.isEmpty());
    QCOMPARE(map.constFind(u"kabul"), map.constEnd());
    QCOMPARE(map.value(u"kabul", -1), -1);
}

void TestFoldedMap::findsWhatWasInserted()
{
    FoldedMap<int> map;
    map.insert(u"kabul"_s, 1);
    map.insert(u"moskow"_s, 2);
    QCOMPARE(map.size(), 2);
    QVERIFY(map.contains(u"kabul"));
    QCOMPARE(map.value(u"moskow"), 2);
    // A view into a longer text, as tokens are, and the hash a token carries.
    const QString text = u"di moskow kemarin"_s;
    const QStringView word = QStringView(text).sliced(3, 6);
    QVERIFY(map.constFind(word, foldedHash(word)) != map.constEnd());
    QCOMPARE(*map.constFind(word, foldedHash(word)), 2);
    QCOMPARE(map.constFind(u"moskva"), map.constEnd());
    QCOMPARE(map.constFind(u"kabu"), map.constEnd());
}

void TestFoldedMap::aKeyInsertedTwiceKeepsOneValue()
{
    FoldedMap<QString> map;
    map.insert(u"as"_s, u"state:US"_s);
    map.insert(u"as"_s, u"other"_s);
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.value(u"as"), u"other"_s);
    map[u"as"_s] += u"!"_s;
    QCOMPARE(map.value(u"as"), u"other!"_s);
}

void TestFoldedMap::growsWithoutLosingKeys()
{
    // Keys that differ only at the end, whose plain FNV hashes differ only in high bits.
    FoldedMap<int> map;
    for (int i = 0; i < 5000; ++i) {
        map.insert(u"name"_s + QString::number(i), i);
    }
    QCOMPARE(map.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        const QString key = u"name"_s + QString::number(i);
        QVERIFY2(map.value(key, -1) == i, qPrintable(key));
    }
    QCOMPARE(map.constFind(u"name5000"), map.constEnd());
}

void TestFoldedMap::iteratesInInsertionOrder()
{
    FoldedMap<int> map;
    for (int value : { 3, 1, 2 }) {
        map.insert(QString::number(value), value);
    }
    const QList<int> values(map.begin(), map.end());
    QCOMPARE(values, (QList<int> { 3, 1, 2 }));
}

QTEST_GUILESS_MAIN(TestFoldedMap)
#include "tst_foldedmap.moc"
