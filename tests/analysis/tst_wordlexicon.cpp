// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordlexicon.h"

#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Dateline;

// The made-up dictionaries in tests/data/hunspell: xx_TEST holds common words ("river",
// "lantern/S"), names only with their capital ("Velmora", "Brasko") and an "-s" suffix rule;
// yy_TEST holds other words, "brasko" among them in lower case.
namespace
{

const QString TestDictionaries = QStringLiteral(DATELINE_TEST_DATA "/hunspell");

QString wordName(WordLexicon::Word word)
{
    switch (word) {
    case WordLexicon::Word::Common:
        return u"common"_s;
    case WordLexicon::Word::Proper:
        return u"proper"_s;
    case WordLexicon::Word::Unknown:
        return u"unknown"_s;
    }
    return {};
}

} // namespace

class TestWordLexicon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchPaths();
    void open_data();
    void open();
    void classify_data();
    void classify();
    void holds_data();
    void holds();
    void stems_data();
    void stems();
    void properInFirst_data();
    void properInFirst();
    void classifyFromThreads();
};

void TestWordLexicon::initTestCase()
{
    // Before any open(): the search path is read on each call, the test folder first.
    QVERIFY(qputenv("DATELINE_HUNSPELL_PATH", QFile::encodeName(TestDictionaries)));
}

void TestWordLexicon::searchPaths()
{
    const QStringList paths = WordLexicon::searchPaths();
    QVERIFY(paths.size() >= 2);
    QCOMPARE(paths.first(), TestDictionaries);
    QVERIFY(paths.contains(u"/usr/share/hunspell"_s));
}

void TestWordLexicon::open_data()
{
    QTest::addColumn<QString>("names");
    QTest::addColumn<bool>("found");

    QTest::newRow("one dictionary") << u"xx_TEST"_s << true;
    QTest::newRow("two dictionaries") << u"xx_TEST yy_TEST"_s << true;
    QTest::newRow("a missing one beside a present one") << u"zz_NONE xx_TEST"_s << true;
    QTest::newRow("missing dictionary is null") << u"zz_NONE"_s << false;
    QTest::newRow("no names is null") << u""_s << false;
    // "../hunspell/xx_TEST" would reach the test dictionary from the test folder: a name is never
    // a path.
    QTest::newRow("a name with a slash is null") << u"../hunspell/xx_TEST"_s << false;
    QTest::newRow("an absolute path is null") << TestDictionaries + u"/xx_TEST"_s << false;
}

void TestWordLexicon::open()
{
    QFETCH(QString, names);
    QFETCH(bool, found);
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(names);
    QCOMPARE(lexicon != nullptr, found);
}

void TestWordLexicon::classify_data()
{
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("common word") << u"xx_TEST"_s << u"river"_s << u"common"_s;
    QTest::newRow("capitalised common word at a sentence's start") << u"xx_TEST"_s << u"Morning"_s << u"common"_s;
    QTest::newRow("common word in capitals") << u"xx_TEST"_s << u"RIVER"_s << u"common"_s;
    QTest::newRow("suffixed common word") << u"xx_TEST"_s << u"lanterns"_s << u"common"_s;
    QTest::newRow("non-ASCII common word") << u"xx_TEST"_s << u"čoraba"_s << u"common"_s;
    QTest::newRow("non-ASCII word capitalised") << u"xx_TEST"_s << u"Čoraba"_s << u"common"_s;
    QTest::newRow("name known only capitalised") << u"xx_TEST"_s << u"Velmora"_s << u"proper"_s;
    QTest::newRow("name written in lower case is still the name") << u"xx_TEST"_s << u"velmora"_s << u"proper"_s;
    QTest::newRow("unknown word") << u"xx_TEST"_s << u"zorblat"_s << u"unknown"_s;
    QTest::newRow("unknown capitalised word") << u"xx_TEST"_s << u"Zorblat"_s << u"unknown"_s;
    QTest::newRow("no suffix rule on a word without the flag") << u"xx_TEST"_s << u"rivers"_s << u"unknown"_s;
    QTest::newRow("second dictionary's word, read as one") << u"xx_TEST yy_TEST"_s << u"tembrel"_s << u"common"_s;
    QTest::newRow("second dictionary's name, read as one") << u"xx_TEST yy_TEST"_s << u"Odrin"_s << u"proper"_s;
    QTest::newRow("first dictionary's word, read as one") << u"xx_TEST yy_TEST"_s << u"Harbours"_s << u"common"_s;
    // xx_TEST knows "Brasko" only as a name, yy_TEST as a common word: common wins.
    QTest::newRow("common in one dictionary beats a name in another")
        << u"xx_TEST yy_TEST"_s << u"Brasko"_s << u"common"_s;
    QTest::newRow("the name alone in its own dictionary") << u"xx_TEST"_s << u"Brasko"_s << u"proper"_s;
    QTest::newRow("the other dictionary's word is unknown alone") << u"xx_TEST"_s << u"tembrel"_s << u"unknown"_s;
}

void TestWordLexicon::classify()
{
    QFETCH(QString, names);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(names);
    QVERIFY(lexicon);
    QCOMPARE(wordName(lexicon->classify(word)), expected);
    // The second answer comes from the cache and must not differ.
    QCOMPARE(wordName(lexicon->classify(word)), expected);
}

void TestWordLexicon::holds_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("held");

    QTest::newRow("common word") << u"quietly"_s << true;
    QTest::newRow("suffixed form") << u"harbours"_s << true;
    QTest::newRow("name as written") << u"Quistan"_s << true;
    // holds() takes the word as written: a name in lower case is a misspelling.
    QTest::newRow("name in lower case") << u"quistan"_s << false;
    QTest::newRow("unknown word") << u"zorblat"_s << false;
    QTest::newRow("word of the other dictionary") << u"tembrel"_s << true;
}

void TestWordLexicon::holds()
{
    QFETCH(QString, word);
    QFETCH(bool, held);
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(u"xx_TEST yy_TEST"_s);
    QVERIFY(lexicon);
    QCOMPARE(lexicon->holds(word), held);
}

void TestWordLexicon::stems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("suffixed form to its entry") << u"lanterns"_s << QStringList { u"lantern"_s };
    QTest::newRow("an entry is its own stem") << u"harbour"_s << QStringList { u"harbour"_s };
    QTest::newRow("unknown word has none") << u"zorblat"_s << QStringList {};
    QTest::newRow("no rule, no stem") << u"rivers"_s << QStringList {};
}

void TestWordLexicon::stems()
{
    QFETCH(QString, word);
    QFETCH(QStringList, expected);
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(u"xx_TEST"_s);
    QVERIFY(lexicon);
    QCOMPARE(lexicon->stems(word), expected);
}

void TestWordLexicon::properInFirst_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("proper");

    QTest::newRow("a name of the first dictionary") << u"Velmora"_s << true;
    QTest::newRow("in any case") << u"velmora"_s << true;
    QTest::newRow("a name only the second holds") << u"Odrin"_s << false;
    QTest::newRow("a common word of the first") << u"river"_s << false;
    QTest::newRow("unknown") << u"Zorblat"_s << false;
}

// The name finder tells a language's own names (mostly places) from those of a dictionary it
// borrows (for Indonesian, the English one: mostly given names).
void TestWordLexicon::properInFirst()
{
    QFETCH(QString, word);
    QFETCH(bool, proper);
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(u"xx_TEST yy_TEST"_s);
    QVERIFY(lexicon);
    QCOMPARE(lexicon->properInFirst(word), proper);
}

void TestWordLexicon::classifyFromThreads()
{
    const std::unique_ptr<WordLexicon> lexicon = WordLexicon::open(u"xx_TEST yy_TEST"_s);
    QVERIFY(lexicon);
    const QList<std::pair<QString, WordLexicon::Word>> words = {
        { u"river"_s, WordLexicon::Word::Common },
        { u"Morning"_s, WordLexicon::Word::Common },
        { u"lanterns"_s, WordLexicon::Word::Common },
        { u"tembrel"_s, WordLexicon::Word::Common },
        { u"Brasko"_s, WordLexicon::Word::Common },
        { u"Velmora"_s, WordLexicon::Word::Proper },
        { u"quistan"_s, WordLexicon::Word::Proper },
        { u"Odrin"_s, WordLexicon::Word::Proper },
        { u"zorblat"_s, WordLexicon::Word::Unknown },
        { u"Krenvask"_s, WordLexicon::Word::Unknown },
    };
    // Each thread asks every word many times, starting at a different word, so that first
    // look-ups (Hunspell) and cached answers run side by side; plus words of its own that no one
    // else asks, to keep writing into the cache while others read.
    constexpr int Threads = 8;
    constexpr int Rounds = 200;
    std::vector<int> wrong(Threads, 0);
    std::vector<std::thread> threads;
    threads.reserve(Threads);
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < Rounds; ++round) {
                for (qsizetype k = 0; k < words.size(); ++k) {
                    const auto &[word, answer] = words.at((k + t) % words.size());
                    wrong[size_t(t)] += lexicon->classify(word) == answer ? 0 : 1;
                }
                // Letters only: Hunspell takes words with digits in them for numbers.
                const QString own =
                    u"unheard"_s + QChar(u'a' + t) + QChar(u'a' + round % 26) + QChar(u'a' + round / 26);
                wrong[size_t(t)] += lexicon->classify(own) == WordLexicon::Word::Unknown ? 0 : 1;
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    for (int t = 0; t < Threads; ++t) {
        QCOMPARE(wrong[size_t(t)], 0);
    }
}

QTEST_GUILESS_MAIN(TestWordLexicon)
#include "tst_wordlexicon.moc"
