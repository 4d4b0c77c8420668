// SPDX-License-Identifier: GPL-3.0-or-later
// RevisionStore: a changed story keeps its old text as a revision, its claims, quotations and
// mentions follow the new text (exactly or fuzzily), and what cannot follow is kept as an orphan
// with its old text, listed across the library and deletable with undo.

#include "libraryfixture.h"

#include "storage/annotationstore.h"
#include "storage/library.h"
#include "storage/revisionstore.h"
#include "storage/transaction.h"

#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

const QString firstText = u"KABUL, May 2 (Dateline) - Russia's envoy Zamir Kabulov met Taliban officials on Friday. "
                          "“We will help Afghanistan fight ISKP,” Kabulov told the state news agency RIA. "
                          "The ministry said 137 people were killed in the attack on the concert hall. "
                          "Talks on trade and the border crossings will resume next week."_s;

const QString claimPassage = u"137 people were killed in the attack"_s;
const QString quotePassage = u"We will help Afghanistan fight ISKP,"_s;
const QString cuePassage = u"Kabulov told the state news agency RIA"_s;

Article revisedArticle(const QString &title, const QString &text, const QString &place = u"Kabul"_s)
{
    Article article = makeArticle(title, text);
    article.place = place;
    return article;
}

} // namespace

class RevisionStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;
    qint64 m_actor = 0;

    QSqlDatabase db() const { return m_library->database(); }

    /// A claim written as ClaimStore writes one: offsets and the selector taken from the text.
    qint64 addClaim(qint64 article, const QString &text, const QString &passage)
    {
        const qsizetype start = text.indexOf(passage);
        const qsizetype end = start + passage.size();
        QSqlQuery query(db());
        query.prepare(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, prefix, suffix, created, "
                      "updated) VALUES (?, ?, ?, ?, ?, ?, '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z')"_s);
        query.addBindValue(article);
        query.addBindValue(start);
        query.addBindValue(end);
        query.addBindValue(passage);
        query.addBindValue(AnnotationStore::selectorPrefix(text, start));
        query.addBindValue(AnnotationStore::selectorSuffix(text, end));
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return 0;
        }
        return query.lastInsertId().toLongLong();
    }

    QVariantList row(const QString &sql, qint64 id)
    {
        QSqlQuery query(db());
        query.prepare(sql);
        query.addBindValue(id);
        QVariantList values;
        if (query.exec() && query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                values.append(query.value(i));
            }
        }
        return values;
    }

    Result<ReanchorReport> revise(qint64 article, const QString &text, const QString &title = u"Envoy meets Taliban"_s)
    {
        RevisionStore store(db());
        return store.replaceText(article, revisedArticle(title, text));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QString error;
        Article article = revisedArticle(u"Envoy meets Taliban"_s, firstText);
        article.url = u"https://news.example/envoy"_s;
        article.published = QDate(2025, 5, 2);
        const auto ids = insertAll(db(), { article }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        m_article = ids.constFirst();
        QSqlQuery query(db());
        QVERIFY(query.exec(u"INSERT INTO actor (name, kind) VALUES ('Zamir Kabulov', 'person')"_s));
        m_actor = query.lastInsertId().toLongLong();
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void oldTextBecomesARevision()
    {
        const QString second = u"UPDATED: "_s + QString(firstText).replace(u"next week"_s, u"on Monday"_s);
        auto report = revise(m_article, second, u"Envoy meets Taliban leaders"_s);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report.value().revisionId > 0);

        RevisionStore store(db());
        auto revisions = store.revisions(m_article);
        QVERIFY2(revisions.ok(), qPrintable(revisions.error()));
        QCOMPARE(revisions.value().size(), 2);
        const Revision &old = revisions.value().at(0);
        QCOMPARE(old.number, 1);
        QVERIFY(!old.current);
        QCOMPARE(old.title, u"Envoy meets Taliban"_s);
        QCOMPARE(old.place, u"Kabul"_s);
        QCOMPARE(old.published, QDate(2025, 5, 2));
        QVERIFY(old.replacedAt.isValid());
        QCOMPARE(revisions.value().at(1).number, 2);
        QVERIFY(revisions.value().at(1).current);
        QCOMPARE(revisions.value().at(1).title, u"Envoy meets Taliban leaders"_s);

        QCOMPARE(store.revisionText(m_article, old.id).value(), firstText);
        QCOMPARE(store.revisionText(m_article, 0).value(), second);
        QVERIFY(!store.revisionText(m_article + 1, old.id).ok());

        // The article row: new text, the date kept (the new import found none), the URL kept.
        const Article current = ArticleStore(db()).article(m_article).value();
        QCOMPARE(current.text, second);
        QCOMPARE(current.published, QDate(2025, 5, 2));
        QCOMPARE(current.url, u"https://news.example/envoy"_s);
        // The full-text index follows the article by trigger.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'monday'"_s).toInt(), 1);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'week'"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT articles FROM library_count"_s).toInt(), 1);
    }

    void reanchorsClaimsQuotationsAndMentions()
    {
        AnnotationStore annotations(db());
        const qint64 claim = addClaim(m_article, firstText, claimPassage);
        QVERIFY(claim > 0);
        const qsizetype mentionStart = firstText.indexOf(u"Zamir Kabulov"_s);
        auto mention = annotations.addUserMention(m_article, m_actor, mentionStart, mentionStart + 13);
        QVERIFY2(mention.ok(), qPrintable(mention.error()));
        const qsizetype quoteStart = firstText.indexOf(quotePassage);
        auto quote = annotations.addUserQuote(m_article, quoteStart, quoteStart + quotePassage.size(), m_actor);
        QVERIFY2(quote.ok(), qPrintable(quote.error()));
        QSqlQuery query(db());
        query.prepare(u"UPDATE quote SET cue_start = ?, cue_end = ?, cue_text = ? WHERE id = ?"_s);
        const qsizetype cueStart = firstText.indexOf(cuePassage);
        query.addBindValue(cueStart);
        query.addBindValue(cueStart + cuePassage.size());
        query.addBindValue(cuePassage);
        query.addBindValue(quote.value().id);
        QVERIFY(query.exec());

        // A paragraph before everything, and the claim's figure corrected.
        const QString second = u"Corrects the death toll in the third paragraph.\n\n"_s +
            QString(firstText).replace(u"137"_s, u"139"_s);
        auto report = revise(m_article, second);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report.value().exact, 2);
        QCOMPARE(report.value().fuzzy, 1);
        QCOMPARE(report.value().orphaned, 0);
        QCOMPARE(report.value().total(), 3);

        const QString newClaim = u"139 people were killed in the attack"_s;
        const QVariantList claimRow =
            row(u"SELECT start_offset, end_offset, exact, prefix, suffix, anchored FROM claim WHERE id = ?"_s, claim);
        QCOMPARE(claimRow.at(0).toLongLong(), second.indexOf(newClaim));
        QCOMPARE(claimRow.at(1).toLongLong(), second.indexOf(newClaim) + newClaim.size());
        QCOMPARE(claimRow.at(2).toString(), newClaim);
        QCOMPARE(claimRow.at(3).toString(), AnnotationStore::selectorPrefix(second, second.indexOf(newClaim)));
        QCOMPARE(claimRow.at(5).toInt(), 1);
        // The claim's full text follows its new wording.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH '139'"_s).toInt(), 1);

        const Mention movedMention = annotations.mention(mention.value().id).value();
        QCOMPARE(movedMention.start, second.indexOf(u"Zamir Kabulov"_s));
        const Quote movedQuote = annotations.quote(quote.value().id).value();
        QCOMPARE(movedQuote.start, second.indexOf(quotePassage));
        QCOMPARE(movedQuote.cueStart, second.indexOf(cuePassage));
        QCOMPARE(movedQuote.cueEnd, second.indexOf(cuePassage) + cuePassage.size());
    }

    void deletedPassageLeavesAnOrphan()
    {
        const qint64 claim = addClaim(m_article, firstText, claimPassage);
        const qint64 kept = addClaim(m_article, firstText, u"Talks on trade and the border crossings"_s);
        const QString second =
            QString(firstText).remove(u"The ministry said 137 people were killed in the attack on the concert hall. "_s);
        auto report = revise(m_article, second);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report.value().orphaned, 1);
        QCOMPARE(report.value().exact, 1);

        const QVariantList orphanRow =
            row(u"SELECT start_offset, end_offset, exact, prefix, suffix, anchored FROM claim WHERE id = ?"_s, claim);
        QCOMPARE(orphanRow.at(5).toInt(), 0);
        // The old selector stays; the span is empty and inside the new text.
        QCOMPARE(orphanRow.at(2).toString(), claimPassage);
        QCOMPARE(orphanRow.at(3).toString(),
            AnnotationStore::selectorPrefix(firstText, firstText.indexOf(claimPassage)));
        QCOMPARE(orphanRow.at(0), orphanRow.at(1));
        QVERIFY(orphanRow.at(1).toLongLong() <= second.size());
        QCOMPARE(row(u"SELECT anchored FROM claim WHERE id = ?"_s, kept).at(0).toInt(), 1);

        auto orphans = RevisionStore(db()).orphans();
        QVERIFY2(orphans.ok(), qPrintable(orphans.error()));
        QCOMPARE(orphans.value().size(), 1);
        const OrphanedAnnotation &orphan = orphans.value().constFirst();
        QCOMPARE(orphan.kind, OrphanedAnnotation::Kind::Claim);
        QCOMPARE(orphan.id, claim);
        QCOMPARE(orphan.articleId, m_article);
        QCOMPARE(orphan.articleTitle, u"Envoy meets Taliban"_s);
        QCOMPARE(orphan.anchor.exact, claimPassage);
        QVERIFY(orphan.revisedAt.isValid());

        // The passage comes back in a third revision: so does the claim.
        auto third = revise(m_article, firstText + u" (corrected)"_s);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(row(u"SELECT anchored, start_offset FROM claim WHERE id = ?"_s, claim),
            (QVariantList { 1, firstText.indexOf(claimPassage) }));
        QCOMPARE(RevisionStore(db()).orphans().value().size(), 0);
        QCOMPARE(RevisionStore(db()).revisions(m_article).value().size(), 3);
    }

    void orphansAcrossTheLibraryNewestFirst()
    {
        QString error;
        const QString otherText = u"MOSCOW, May 3 (Dateline) - The Kremlin said talks would go on. "
                                  "Officials denied the report about the convoy."_s;
        const auto ids = insertAll(db(), { revisedArticle(u"Kremlin on talks"_s, otherText, u"Moscow"_s) }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        const qint64 other = ids.constFirst();

        AnnotationStore annotations(db());
        const qsizetype start = firstText.indexOf(u"Zamir Kabulov"_s);
        const qint64 mention = annotations.addUserMention(m_article, m_actor, start, start + 13).value().id;
        const qint64 rejected =
            annotations.addUserMention(m_article, m_actor, firstText.indexOf(u"Kabulov told"_s),
                           firstText.indexOf(u"Kabulov told"_s) + 7)
                .value()
                .id;
        QVERIFY(annotations.rejectMention(rejected).ok());
        const qint64 otherClaim = addClaim(other, otherText, u"Officials denied the report about the convoy"_s);

        // The first story loses its envoy sentence, then the other story loses its denial.
        QVERIFY(revise(m_article,
            QString(firstText)
                .remove(u"Russia's envoy Zamir Kabulov met Taliban officials on Friday. "_s)
                .replace(u"Kabulov told"_s, u"the envoy told"_s))
                    .ok());
        QTest::qWait(5); // distinct revision times
        QVERIFY(RevisionStore(db())
                    .replaceText(other, revisedArticle(u"Kremlin on talks"_s, u"MOSCOW, May 3 (Dateline) - Talks go on."_s, u"Moscow"_s))
                    .ok());

        auto orphans = RevisionStore(db()).orphans();
        QVERIFY2(orphans.ok(), qPrintable(orphans.error()));
        // The rejected mention is a verdict, not something to place again: not listed.
        QCOMPARE(orphans.value().size(), 2);
        QCOMPARE(orphans.value().at(0).kind, OrphanedAnnotation::Kind::Claim);
        QCOMPARE(orphans.value().at(0).id, otherClaim);
        QCOMPARE(orphans.value().at(0).articleTitle, u"Kremlin on talks"_s);
        QCOMPARE(orphans.value().at(1).kind, OrphanedAnnotation::Kind::Mention);
        QCOMPARE(orphans.value().at(1).id, mention);
        QCOMPARE(orphans.value().at(1).anchor.exact, u"Zamir Kabulov"_s);
        QCOMPARE(orphans.value().at(1).actorName, u"Zamir Kabulov"_s);
        QVERIFY(orphans.value().at(0).revisedAt >= orphans.value().at(1).revisedAt);
    }

    void worksInsideTheCallersTransaction()
    {
        const qint64 claim = addClaim(m_article, firstText, claimPassage);
        {
            Transaction transaction(db());
            QVERIFY(transaction.status().ok());
            QVERIFY(revise(m_article, u"Preface. "_s + firstText).ok());
            // Not committed: rolled back with the transaction.
        }
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM revision"_s).toInt(), 0);
        QCOMPARE(row(u"SELECT start_offset FROM claim WHERE id = ?"_s, claim).at(0).toLongLong(),
            firstText.indexOf(claimPassage));
        {
            Transaction transaction(db());
            QVERIFY(revise(m_article, u"Preface. "_s + firstText).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM revision"_s).toInt(), 1);
        QCOMPARE(row(u"SELECT start_offset FROM claim WHERE id = ?"_s, claim).at(0).toLongLong(),
            firstText.indexOf(claimPassage) + 9);
    }

    void failureChangesNothing()
    {
        const qint64 claim = addClaim(m_article, firstText, claimPassage);
        QString error;
        const Article other = revisedArticle(u"Another story"_s, u"Another text altogether."_s);
        QVERIFY(!insertAll(db(), { other }, &error).isEmpty());

        RevisionStore store(db());
        QVERIFY(!store.replaceText(m_article + 100, revisedArticle(u"x"_s, u"y"_s)).ok());
        QVERIFY(!store.replaceText(m_article, revisedArticle(u"x"_s, QString())).ok());
        // Another story's content hash is refused by the UNIQUE index: the whole change goes.
        Article clash = revisedArticle(u"Envoy meets Taliban"_s, u"Prefix. "_s + firstText);
        clash.contentHash = other.contentHash;
        auto refused = store.replaceText(m_article, clash);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM revision"_s).toInt(), 0);
        QCOMPARE(ArticleStore(db()).article(m_article).value().text, firstText);
        QCOMPARE(row(u"SELECT start_offset FROM claim WHERE id = ?"_s, claim).at(0).toLongLong(),
            firstText.indexOf(claimPassage));
    }

    void previousVersion_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("found");
        QTest::newRow("same url, other title") << u"https://news.example/envoy"_s << u"Herat"_s << u"Other"_s << true;
        QTest::newRow("same place and title") << QString() << u"Kabul"_s << u"Envoy meets Taliban"_s << true;
        QTest::newRow("title in another case") << QString() << u"Kabul"_s << u"ENVOY MEETS TALIBAN"_s << true;
        QTest::newRow("other url, same place and title")
            << u"https://news.example/other"_s << u"Kabul"_s << u"Envoy meets Taliban"_s << true;
        QTest::newRow("same title, other place") << QString() << u"Herat"_s << u"Envoy meets Taliban"_s << false;
        QTest::newRow("same title, no place") << QString() << QString() << u"Envoy meets Taliban"_s << false;
        QTest::newRow("other url, other title") << u"https://news.example/other"_s << u"Kabul"_s << u"Other"_s
                                                << false;
    }

    void previousVersion()
    {
        QFETCH(QString, url);
        QFETCH(QString, place);
        QFETCH(QString, title);
        QFETCH(bool, found);
        Article article = revisedArticle(title, u"Some new text."_s, place);
        article.url = url;
        auto previous = RevisionStore(db()).previousVersion(article);
        QVERIFY2(previous.ok(), qPrintable(previous.error()));
        QCOMPARE(previous.value().has_value(), found);
        if (found) {
            QCOMPARE(*previous.value(), m_article);
        }
    }

    void deleteAndRestoreAnOrphan()
    {
        const qint64 claim = addClaim(m_article, firstText, claimPassage);
        const qint64 target = addClaim(m_article, firstText, u"Talks on trade"_s);
        QSqlQuery query(db());
        QVERIFY(query.exec(u"INSERT INTO tag (name) VALUES ('death toll')"_s));
        const qint64 tag = query.lastInsertId().toLongLong();
        QVERIFY(query.exec(u"INSERT INTO claim_tag (claim_id, tag_id) VALUES (%1, %2)"_s.arg(claim).arg(tag)));
        QVERIFY(query.exec(u"INSERT INTO claim_link (from_claim_id, to_claim_id, relation, created) "
                           "VALUES (%1, %2, 'supports', '2025-05-03T08:00:00Z')"_s.arg(target)
                               .arg(claim)));
        QVERIFY(revise(m_article, QString(firstText).remove(u"The ministry said 137 people were killed in the attack on the concert hall. "_s))
                    .ok());

        RevisionStore store(db());
        auto snapshot = store.removeAnnotation(OrphanedAnnotation::Kind::Claim, claim);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim WHERE id = %1"_s.arg(claim)).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_tag"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_link"_s).toInt(), 0);
        QCOMPARE(store.orphans().value().size(), 0);
        QVERIFY(!store.removeAnnotation(OrphanedAnnotation::Kind::Claim, claim).ok());

        QVERIFY(store.restoreAnnotation(snapshot.value()).ok());
        QCOMPARE(row(u"SELECT exact, anchored FROM claim WHERE id = ?"_s, claim), (QVariantList { claimPassage, 0 }));
        QCOMPARE(scalar(db(), u"SELECT tag_id FROM claim_tag WHERE claim_id = %1"_s.arg(claim)).toLongLong(), tag);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_link WHERE to_claim_id = %1"_s.arg(claim)).toInt(), 1);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH '137'"_s).toInt(), 1);
        QCOMPARE(store.orphans().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(RevisionStoreTest)
#include "tst_revisionstore.moc"
