// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleStore: writing and reading stories, counters and full text kept by triggers, and keyset
// pages that walk every row exactly once in the order a sort done here in C++ gives.

#include "libraryfixture.h"

#include "storage/articlepagequery.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dateline::ArticleSortColumn)

namespace
{

/// SQLite's NOCASE: ASCII letters folded, then bytes of UTF-8 compared unsigned.
QByteArray nocase(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
    }
    return bytes;
}

QByteArray sortKey(const Article &article, ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Title:
        return nocase(article.title);
    case ArticleSortColumn::Outlet:
        return nocase(article.outletName);
    case ArticleSortColumn::Language:
        return article.language.toUtf8();
    case ArticleSortColumn::Published:
        break;
    }
    return article.published.isValid() ? article.published.toString(Qt::ISODate).toUtf8() : QByteArray();
}

QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QString &word)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(0, word);
    QList<qint64> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(query.value(0).toLongLong());
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<qint64> ftsIds(const QSqlDatabase &db, const QString &word)
{
    return ids(db, u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?"_s, word);
}

} // namespace

class ArticleStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase db() const { return m_library->database(); }

    void verifyFtsIntegrity()
    {
        QSqlQuery query(db());
        // With rank 1, FTS5 also compares its index with the content table (article).
        QVERIFY2(query.exec(u"INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)"_s),
            qPrintable(query.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void cleanup() { m_library.reset(); }

    void insertRoundTrip()
    {
        Article article = makeArticle(u"Rusia akan bantu Taliban"_s, u"Zamir Kabulov, mantan duta besar."_s,
            u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2));
        article.url = u"https://www.arrahmah.id/2025/05/02/x/"_s;
        article.byline = u"Hanin Mazaya"_s;
        article.place = u"Kabul"_s;
        article.html = u"<p>Zamir Kabulov</p>"_s;
        article.sourcePath = u"/tmp/story.txt"_s;
        article.starred = true;
        ArticleStore store(db());
        auto id = store.insert(article);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto read = store.article(id.value());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const Article &a = read.value();
        QCOMPARE(a.id, id.value());
        QVERIFY(a.outletId != 0);
        QCOMPARE(a.outletName, article.outletName);
        QCOMPARE(a.title, article.title);
        QCOMPARE(a.text, article.text);
        QCOMPARE(a.url, article.url);
        QCOMPARE(a.byline, article.byline);
        QCOMPARE(a.place, article.place);
        QCOMPARE(a.published, article.published);
        QCOMPARE(a.fetched, article.fetched);
        QCOMPARE(a.language, article.language);
        QCOMPARE(a.html, article.html);
        QCOMPARE(a.contentHash, article.contentHash);
        QCOMPARE(a.sourcePath, article.sourcePath);
        QCOMPARE(a.read, false);
        QCOMPARE(a.starred, true);
    }

    void insertFindsOrCreatesOutlet()
    {
        ArticleStore store(db());
        QVERIFY(store.insert(makeArticle(u"a"_s, u"one"_s, u"Reuters"_s)).ok());
        QVERIFY(store.insert(makeArticle(u"b"_s, u"two"_s, u"REUTERS"_s)).ok());
        QVERIFY(store.insert(makeArticle(u"c"_s, u"three"_s, u" Reuters "_s)).ok());
        QVERIFY(store.insert(makeArticle(u"d"_s, u"four"_s, u"KOMPAS.com"_s)).ok());
        QVERIFY(store.insert(makeArticle(u"e"_s, u"five"_s)).ok());
        auto outlets = store.outlets();
        QVERIFY2(outlets.ok(), qPrintable(outlets.error()));
        QCOMPARE(outlets.value().size(), 2);
        QCOMPARE(outlets.value().at(0).name, u"KOMPAS.com"_s);
        QCOMPARE(outlets.value().at(0).articleCount, 1);
        QCOMPARE(outlets.value().at(1).name, u"Reuters"_s);
        QCOMPARE(outlets.value().at(1).articleCount, 3);
        // An explicit outletId wins over a name.
        Article byId = makeArticle(u"f"_s, u"six"_s, u"ignored"_s);
        byId.outletId = outlets.value().at(0).id;
        auto id = store.insert(byId);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(store.article(id.value()).value().outletName, u"KOMPAS.com"_s);
        byId.outletId = 9999;
        byId.contentHash = "other";
        QVERIFY(!store.insert(byId).ok());
    }

    void duplicateHash()
    {
        ArticleStore store(db());
        const Article article = makeArticle(u"Same"_s, u"story"_s, u"Reuters"_s);
        auto first = store.insert(article);
        QVERIFY(first.ok());
        auto found = store.idForHash(article.contentHash);
        QVERIFY(found.ok());
        QCOMPARE(found.value(), std::optional<qint64>(first.value()));
        QCOMPARE(store.idForHash("no such hash").value(), std::optional<qint64>());
        auto second = store.insert(article);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(u"UNIQUE"_s), qPrintable(second.error()));
    }

    void removeAndSetRead()
    {
        ArticleStore store(db());
        const qint64 id = store.insert(makeArticle(u"t"_s, u"x"_s)).value();
        QVERIFY(store.setRead(id, true).ok());
        QCOMPARE(store.article(id).value().read, true);
        QVERIFY(store.setRead(id, false).ok());
        QCOMPARE(store.article(id).value().read, false);
        QVERIFY(store.remove(id).ok());
        QVERIFY(!store.article(id).ok());
        QVERIFY(!store.remove(id).ok());
        QVERIFY(!store.setRead(id, true).ok());
    }

    void failuresCarrySqlText()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(u"DROP TABLE language_count"_s));
        ArticleStore store(db());
        auto languages = store.languages();
        QVERIFY(!languages.ok());
        QVERIFY2(languages.error().contains(u"no such table"_s), qPrintable(languages.error()));
        auto inserted = store.insert(makeArticle(u"t"_s, u"x"_s, {}, u"en"_s));
        QVERIFY(!inserted.ok());
        QVERIFY2(inserted.error().contains(u"language_count"_s), qPrintable(inserted.error()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        ArticleStore store(db());
        {
            Transaction transaction(db());
            QVERIFY(transaction.status().ok());
            QVERIFY(store.insert(makeArticle(u"rolled"_s, u"back"_s, u"Reuters"_s)).ok());
        }
        QCOMPARE(store.counts().value().articles, 0);
        QCOMPARE(store.counts().value().outlets, 0);
        {
            Transaction transaction(db());
            QVERIFY(store.insert(makeArticle(u"kept"_s, u"story"_s, u"Reuters"_s)).ok());
            QVERIFY(transaction.commit().ok());
            QVERIFY(!transaction.commit().ok());
        }
        QCOMPARE(store.counts().value().articles, 1);
        QCOMPARE(ftsIds(db(), u"kept"_s).size(), 1);
        QCOMPARE(ftsIds(db(), u"rolled"_s).size(), 0);
    }

    void ftsInStep_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("oldWord");
        QTest::addColumn<QString>("newWord");
        QTest::newRow("insert") << u"insert"_s << QString() << u"Kabulov"_s;
        QTest::newRow("update title") << u"UPDATE article SET title = 'Moskow talks' WHERE id = :id"_s << u"Ceasefire"_s
                                      << u"Moskow"_s;
        QTest::newRow("update text") << u"UPDATE article SET text = 'Putin spoke in Bogotá' WHERE id = :id"_s
                                     << u"Kabulov"_s << u"Putin"_s;
        QTest::newRow("delete") << u"DELETE FROM article WHERE id = :id"_s << u"Kabulov"_s << QString();
        QTest::newRow("other column leaves index")
            << u"UPDATE article SET read = 1, starred = 1 WHERE id = :id"_s << QString() << u"Kabulov"_s;
    }

    void ftsInStep()
    {
        QFETCH(QString, change);
        QFETCH(QString, oldWord);
        QFETCH(QString, newWord);
        ArticleStore store(db());
        QVERIFY(store.insert(makeArticle(u"Unrelated"_s, u"Nothing here."_s)).ok());
        const qint64 id = store.insert(makeArticle(u"Ceasefire"_s, u"Zamir Kabulov spoke."_s, u"Reuters"_s)).value();
        if (change != u"insert"_s) {
            QSqlQuery query(db());
            query.prepare(change);
            query.bindValue(u":id"_s, id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        if (!oldWord.isEmpty()) {
            QCOMPARE(ftsIds(db(), oldWord), QList<qint64>());
        }
        if (!newWord.isEmpty()) {
            QCOMPARE(ftsIds(db(), newWord), QList<qint64> { id });
        }
        verifyFtsIntegrity();
    }

    void countersInStep()
    {
        QString error;
        const QList<qint64> inserted = insertAll(db(), generatedArticles(200, 3), &error);
        QVERIFY2(inserted.size() == 200, qPrintable(error));
        QSqlQuery query(db());
        for (const QString &sql : {
                 u"DELETE FROM article WHERE id % 7 = 0"_s,
                 u"UPDATE article SET language = 'fr' WHERE id % 11 = 0"_s,
                 u"UPDATE article SET language = '' WHERE id % 13 = 0"_s,
                 u"UPDATE article SET outlet_id = (SELECT min(id) FROM outlet) WHERE id % 5 = 0"_s,
                 u"UPDATE article SET outlet_id = NULL WHERE id % 17 = 0"_s,
                 u"DELETE FROM outlet WHERE id = (SELECT max(id) FROM outlet)"_s,
                 u"UPDATE outlet SET name = 'Renamed' WHERE id = (SELECT min(id) FROM outlet)"_s,
             }) {
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QCOMPARE(
            scalar(db(), u"SELECT articles FROM library_count"_s), scalar(db(), u"SELECT count(*) FROM article"_s));
        QCOMPARE(scalar(db(), u"SELECT outlets FROM library_count"_s), scalar(db(), u"SELECT count(*) FROM outlet"_s));
        QCOMPARE(scalar(db(),
                     u"SELECT count(*) FROM outlet o WHERE article_count <> "
                     "(SELECT count(*) FROM article WHERE outlet_id = o.id)"_s)
                     .toInt(),
            0);
        QCOMPARE(scalar(db(),
                     u"SELECT count(*) FROM article a WHERE outlet_sort IS NOT "
                     "coalesce((SELECT name FROM outlet WHERE id = a.outlet_id), '')"_s)
                     .toInt(),
            0);
        QCOMPARE(scalar(db(),
                     u"SELECT group_concat(language || '=' || articles, ',') FROM "
                     "(SELECT * FROM language_count ORDER BY language)"_s),
            scalar(db(),
                u"SELECT group_concat(language || '=' || n, ',') FROM (SELECT language, count(*) AS n "
                "FROM article WHERE language <> '' GROUP BY language ORDER BY language)"_s));
        auto counts = ArticleStore(db()).counts();
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().languages,
            scalar(db(), u"SELECT count(DISTINCT language) FROM article WHERE language <> ''"_s).toLongLong());
        verifyFtsIntegrity();
    }

    void pagesWalkEveryRowOnce_data()
    {
        QTest::addColumn<ArticleSortColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("pageSize");
        const QList<std::pair<ArticleSortColumn, const char *>> columns = { { ArticleSortColumn::Title, "title" },
            { ArticleSortColumn::Outlet, "outlet" }, { ArticleSortColumn::Published, "published" },
            { ArticleSortColumn::Language, "language" } };
        for (const auto &[column, name] : columns) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const char *direction = order == Qt::AscendingOrder ? "up" : "down";
                for (const char *filter : { "all", "outlet", "language" }) {
                    QTest::addRow("%s %s, %s, pages of 7", name, direction, filter)
                        << column << order << QString::fromLatin1(filter) << 7;
                }
                QTest::addRow("%s %s, all, pages of 1", name, direction) << column << order << u"all"_s << 1;
            }
        }
    }

    void pagesWalkEveryRowOnce()
    {
        QFETCH(ArticleSortColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        QFETCH(int, pageSize);
        QList<Article> articles = generatedArticles(240);
        QString error;
        const QList<qint64> inserted = insertAll(db(), articles, &error);
        QVERIFY2(inserted.size() == articles.size(), qPrintable(error));
        ArticleStore store(db());

        ArticleQuery query;
        query.column = column;
        query.order = order;
        if (filter == u"outlet"_s) {
            const auto outlets = store.outlets().value();
            const auto reuters =
                std::find_if(outlets.cbegin(), outlets.cend(), [](const Outlet &o) { return o.name == u"Reuters"_s; });
            QVERIFY(reuters != outlets.cend());
            query.filter.outletId = reuters->id;
        } else if (filter == u"language"_s) {
            query.filter.language = u"id"_s;
        }

        QList<std::pair<QByteArray, qint64>> expected;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Article &a = articles.at(i);
            if ((filter == u"outlet"_s && a.outletName != u"Reuters"_s) ||
                (filter == u"language"_s && a.language != u"id"_s)) {
                continue;
            }
            expected.append({ sortKey(a, column), inserted.at(i) });
        }
        std::sort(expected.begin(), expected.end());
        if (order == Qt::DescendingOrder) {
            std::reverse(expected.begin(), expected.end());
        }
        QVERIFY(expected.size() > 20);
        // The data must hold what makes keyset paging hard: equal keys (and, by date, unknown dates).
        QVERIFY(std::adjacent_find(expected.cbegin(), expected.cend(),
                    [](const auto &a, const auto &b) { return a.first == b.first; }) != expected.cend());

        QList<qint64> walked;
        ArticleCursor cursor;
        for (int pages = 0; pages <= articles.size() + 1; ++pages) {
            auto page = store.page(query, cursor, pageSize);
            QVERIFY2(page.ok(), qPrintable(page.error()));
            QVERIFY(page.value().rows.size() <= pageSize);
            for (const Article &a : page.value().rows) {
                walked.append(a.id);
                QVERIFY(a.text.isEmpty()); // summaries only
            }
            cursor = page.value().next;
            if (page.value().atEnd) {
                break;
            }
            QCOMPARE(page.value().rows.size(), pageSize);
        }
        QList<qint64> expectedIds;
        for (const auto &[key, id] : expected) {
            expectedIds.append(id);
        }
        QCOMPARE(walked, expectedIds);
    }

    void pagesSeekAnIndex_data()
    {
        QTest::addColumn<ArticleSortColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        const QList<std::pair<ArticleSortColumn, const char *>> columns = { { ArticleSortColumn::Title, "title" },
            { ArticleSortColumn::Outlet, "outlet" }, { ArticleSortColumn::Published, "published" },
            { ArticleSortColumn::Language, "language" } };
        for (const auto &[column, name] : columns) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const char *direction = order == Qt::AscendingOrder ? "up" : "down";
                QTest::addRow("%s %s", name, direction) << column << order << u"all"_s;
                if (column == ArticleSortColumn::Title || column == ArticleSortColumn::Published) {
                    QTest::addRow("%s %s, one outlet", name, direction) << column << order << u"outlet"_s;
                    QTest::addRow("%s %s, one language", name, direction) << column << order << u"language"_s;
                }
            }
        }
    }

    void pagesSeekAnIndex()
    {
        QFETCH(ArticleSortColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        ArticleQuery query;
        query.column = column;
        query.order = order;
        query.filter.outletId = filter == u"outlet"_s ? 1 : 0;
        query.filter.language = filter == u"language"_s ? u"id"_s : QString();
        const ArticleCursor after { QVariant(u"m"_s), 100, false };
        QSqlQuery plan(db());
        QVERIFY2(plan.prepare(u"EXPLAIN QUERY PLAN "_s + ArticlePageQuery::sql(query, after)),
            qPrintable(plan.lastError().text()));
        const QVariantMap values = ArticlePageQuery::bindings(query, after, 50);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            plan.bindValue(it.key(), it.value());
        }
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next()) {
            steps.append(plan.value(3).toString());
        }
        const QString text = steps.join(u"; "_s);
        // A page is a seek into an index and a short walk: never a sort of the whole table.
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
        QVERIFY2(text.contains(u"SEARCH a USING"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ArticleStoreTest)
#include "tst_articlestore.moc"
