// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleSearch: FTS5 queries over titles and texts, ranking, snippets, malformed queries,
// the query built from typing, and interrupting a running search from another thread.

#include "libraryfixture.h"

#include "storage/articlesearch.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/sqlitehandle_p.h"

#include <QFile>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

/// Interrupts its connection, as another thread would, from SQLite's own progress callback when
/// the virtual machine reaches a given step: an interrupt at one exact point of a run.
struct InterruptAtStep {
    QSqlDatabase connection;
    int step = 0;
    int reached = 0;

    static int tick(void *self)
    {
        auto *at = static_cast<InterruptAtStep *>(self);
        if (++at->reached == at->step) {
            ArticleSearch::interrupt(at->connection);
        }
        return 0; // carry on: the interrupt alone stops the run
    }
};

} // namespace

class ArticleSearchTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase db() const { return m_library->database(); }

    QSet<QString> titles(const QList<SearchHit> &hits) const
    {
        QSet<QString> result;
        for (const SearchHit &hit : hits) {
            result.insert(hit.article.title);
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();

        QFile seed(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString seedText = QString::fromUtf8(seed.readAll());
        QVERIFY(seedText.contains(u"Zamir Kabulov"_s));
        const QList<Article> articles = {
            makeArticle(
                u"Rusia akan bantu Taliban lawan ISKP"_s, seedText, u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2)),
            makeArticle(u"Kabulov meets Taliban envoy"_s, u"The envoy met officials in the capital."_s, u"Reuters"_s),
            makeArticle(
                u"Protests in Bogotá"_s, u"Thousands marched on Friday against the reform."_s, u"EFE"_s, u"es"_s),
            makeArticle(u"Moscow concert hall attack"_s, u"Islamic State Khorasan claimed the attack near Moscow."_s,
                u"Reuters"_s),
            makeArticle(
                u"Ceasefire talks"_s, u"Talks on a ceasefire resumed; Kabulov was not present."_s, u"Reuters"_s),
        };
        QString error;
        QVERIFY2(insertAll(db(), articles, &error).size() == articles.size(), qPrintable(error));
    }

    void cleanupTestCase() { m_library.reset(); }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString seed = u"Rusia akan bantu Taliban lawan ISKP"_s;
        const QString envoy = u"Kabulov meets Taliban envoy"_s;
        const QString bogota = u"Protests in Bogotá"_s;
        const QString moscow = u"Moscow concert hall attack"_s;
        const QString ceasefire = u"Ceasefire talks"_s;
        QTest::newRow("a name") << u"Kabulov"_s << QStringList { seed, envoy, ceasefire };
        QTest::newRow("a name in capitals") << u"KABULOV"_s << QStringList { seed, envoy, ceasefire };
        QTest::newRow("two words") << u"Taliban Kabulov"_s << QStringList { seed, envoy };
        QTest::newRow("a phrase") << u"\"Zamir Kabulov\""_s << QStringList { seed };
        QTest::newRow("a prefix") << u"Khoras*"_s << QStringList { moscow };
        QTest::newRow("without diacritics") << u"Bogota"_s << QStringList { bogota };
        QTest::newRow("with diacritics") << u"bogotá"_s << QStringList { bogota };
        QTest::newRow("OR") << u"Bogota OR concert"_s << QStringList { bogota, moscow };
        QTest::newRow("NOT") << u"Kabulov NOT ceasefire"_s << QStringList { seed, envoy };
        QTest::newRow("a title column filter") << u"title: Kabulov"_s << QStringList { envoy };
        QTest::newRow("no match") << u"Zanzibar"_s << QStringList {};
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        for (const auto order : { ArticleSearch::Order::Relevance, ArticleSearch::Order::Newest }) {
            auto hits = ArticleSearch(db()).search(query, 50, order);
            QVERIFY2(hits.ok(), qPrintable(hits.error()));
            QCOMPARE(titles(hits.value()), QSet<QString>(expected.cbegin(), expected.cend()));
            for (const SearchHit &hit : hits.value()) {
                QVERIFY(hit.article.id != 0);
                QVERIFY(hit.article.text.isEmpty());
                QVERIFY(!hit.article.outletName.isEmpty());
            }
        }
    }

    void titleWeighsMoreThanText()
    {
        // One mention each, in the title of one story and in the text of the other.
        auto hits = ArticleSearch(db()).search(u"Kabulov"_s, 50);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QStringList order;
        for (const SearchHit &hit : hits.value()) {
            order.append(hit.article.title);
            QVERIFY(hit.score < 0); // bm25: lower is better, and negative in SQLite
        }
        QVERIFY(order.indexOf(u"Kabulov meets Taliban envoy"_s) < order.indexOf(u"Ceasefire talks"_s));
        for (qsizetype i = 1; i < hits.value().size(); ++i) {
            QVERIFY(hits.value().at(i - 1).score <= hits.value().at(i).score);
        }
    }

    void newestComesByRowidWithoutScore()
    {
        auto hits = ArticleSearch(db()).search(u"Kabulov"_s, 2, ArticleSearch::Order::Newest);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits.value().size(), 2);
        QVERIFY(hits.value().at(0).article.id > hits.value().at(1).article.id);
        QCOMPARE(hits.value().at(0).score, 0.0);
        QCOMPARE(hits.value().at(0).article.title, u"Ceasefire talks"_s);
    }

    void filterLimitsHits()
    {
        ArticleFilter filter;
        filter.language = u"id"_s;
        auto hits = ArticleSearch(db()).search(u"Kabulov"_s, 50, ArticleSearch::Order::Relevance, filter);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(titles(hits.value()), QSet<QString> { u"Rusia akan bantu Taliban lawan ISKP"_s });
        const auto outlets = ArticleStore(db()).outlets().value();
        const auto reuters =
            std::find_if(outlets.cbegin(), outlets.cend(), [](const Outlet &o) { return o.name == u"Reuters"_s; });
        QVERIFY(reuters != outlets.cend());
        filter = ArticleFilter { reuters->id, {} };
        hits = ArticleSearch(db()).search(u"Kabulov"_s, 50, ArticleSearch::Order::Newest, filter);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(titles(hits.value()), (QSet<QString> { u"Kabulov meets Taliban envoy"_s, u"Ceasefire talks"_s }));
    }

    void snippetMarksMatches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<bool>("ellipsis");
        QTest::newRow("word in a title") << u"Bogota"_s << u"[Bogotá]"_s << false;
        QTest::newRow("phrase deep in a long text") << u"\"duta besar\""_s << u"[duta besar]"_s << true;
    }

    void snippetMarksMatches()
    {
        QFETCH(QString, query);
        QFETCH(QString, marked);
        QFETCH(bool, ellipsis);
        auto hits = ArticleSearch(db()).search(query, 5);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits.value().size(), 1);
        const QString snippet = hits.value().constFirst().snippet;
        QVERIFY2(snippet.contains(marked), qPrintable(snippet));
        QCOMPARE(snippet.contains(u"…"_s), ellipsis);
    }

    void malformedQueryIsAnError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << u"\"Zamir Kabulov"_s;
        QTest::newRow("lone AND") << u"AND"_s;
        QTest::newRow("trailing AND") << u"Kabulov AND"_s;
        QTest::newRow("open parenthesis") << u"(Kabulov"_s;
        QTest::newRow("unknown column") << u"place: Kabul"_s;
        QTest::newRow("lone star") << u"*"_s;
    }

    void malformedQueryIsAnError()
    {
        QFETCH(QString, query);
        for (const auto order : { ArticleSearch::Order::Relevance, ArticleSearch::Order::Newest }) {
            auto hits = ArticleSearch(db()).search(query, 10, order);
            QVERIFY(!hits.ok());
            QVERIFY2(hits.error().startsWith(u"The search could not be understood: "_s), qPrintable(hits.error()));
        }
    }

    void queryForTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("nothing") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("one word is a prefix") << u"kabul"_s << u"\"kabul\"*"_s;
        QTest::newRow("last of two words is a prefix") << u" zamir  kabu "_s << u"\"zamir\" \"kabu\"*"_s;
        QTest::newRow("quote inside a word doubled") << u"say \"hi"_s << u"\"say\" \"\"\"hi\"*"_s;
        QTest::newRow("operators are words") << u"Kabulov AND"_s << u"\"Kabulov\" \"AND\"*"_s;
        QTest::newRow("punctuation alone dropped") << u"- kabul —"_s << u"\"kabul\"*"_s;
    }

    void queryForTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(ArticleSearch::queryForTyping(typed), query);
    }

    void typingNeverFails_data()
    {
        QTest::addColumn<QString>("typed");
        for (const QString &typed : { u"\""_s, u"("_s, u"AND OR NOT"_s, u"*"_s, u"a-b"_s, u"NEAR("_s, u"Bogotá \""_s,
                 u"place: Kabul"_s, u"kabu"_s, u"^"_s, u"\"\"\"\""_s }) {
            QTest::addRow("%s", qPrintable(typed)) << typed;
        }
    }

    void typingNeverFails()
    {
        QFETCH(QString, typed);
        auto hits = ArticleSearch(db()).search(ArticleSearch::queryForTyping(typed), 10);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        if (typed == u"kabu"_s) {
            QCOMPARE(hits.value().size(), 3); // the prefix finds Kabulov (and Kabul)
        }
    }

    void interruptAtAnyStepIsReportedAsInterrupted_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("well-formed query") << u"Kabulov"_s;
        // FTS5 finds the syntax error when the scan starts: an interrupt issued just before is
        // still pending then, and the run fails with the syntax error instead.
        QTest::newRow("malformed query") << u"Kabulov AND"_s;
    }

    void interruptAtAnyStepIsReportedAsInterrupted()
    {
        // An interrupt at the first step of SQLite's virtual machine, at the last, and at every
        // one between, each on a fresh connection so that the first steps are FTS5 opening its
        // table. Wherever it lands, the search reports an interruption, never another error.
        QFETCH(QString, query);
        int interrupted = 0;
        for (int step = 1;; ++step) {
            auto library = Library::open(m_library->path(), Library::OpenMode::OpenAgain);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            InterruptAtStep at { library.value()->database(), step };
            sqlite3 *handle = sqliteHandle(at.connection);
            QVERIFY(handle != nullptr);
            sqlite3_progress_handler(handle, 1, &InterruptAtStep::tick, &at);
            const auto hits = ArticleSearch(at.connection).search(query, 10);
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
            at.connection = QSqlDatabase(); // every copy gone before the Library closes it
            if (at.reached < step) {
                break; // the whole search took fewer steps: every point of it has been tried
            }
            // An interrupt on the very last steps may come too late to stop anything.
            if (!hits) {
                QVERIFY2(
                    hits.error().contains(u"interrupted"_s), qPrintable(u"step %1: %2"_s.arg(step).arg(hits.error())));
                ++interrupted;
            }
        }
        QVERIFY(interrupted > 0);
    }

    void interruptStopsARunningSearch()
    {
        // A library of its own where the ranking reads many matches, searched over and over in a
        // worker thread while this thread interrupts it, until an interruption lands.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.dateline"_s);
        {
            auto library = Library::open(path);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QList<Article> articles;
            for (int i = 0; i < 3000; ++i) {
                articles.append(
                    makeArticle(u"Talks %1"_s.arg(i), u"talks and more talks about talks, day %1"_s.arg(i)));
            }
            QString error;
            QVERIFY2(
                insertAll(library.value()->database(), articles, &error).size() == articles.size(), qPrintable(error));
        }
        QMutex mutex;
        QSqlDatabase running;
        QString outcome;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            if (!library) {
                outcome = library.error();
                return;
            }
            {
                const QMutexLocker lock(&mutex);
                running = library.value()->database();
            }
            for (int i = 0; i < 2000 && outcome.isEmpty(); ++i) {
                auto hits = ArticleSearch(library.value()->database()).search(u"talks"_s, 500);
                if (!hits) {
                    outcome = hits.error();
                }
            }
            const QMutexLocker lock(&mutex);
            running = QSqlDatabase();
        }));
        worker->start();
        while (!worker->wait(1)) {
            const QMutexLocker lock(&mutex);
            ArticleSearch::interrupt(running);
        }
        QVERIFY2(outcome.contains(u"interrupted"_s), qPrintable(outcome));
    }
};

QTEST_GUILESS_MAIN(ArticleSearchTest)
#include "tst_articlesearch.moc"
