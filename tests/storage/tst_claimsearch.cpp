// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimSearch: claims and quotations found by their words across stories, narrowed by tag (with
// its descendants), actor (claimant, speaker or named inside), outlet and date, the linked
// claim's own story left out, quotations that a claim covers or that were rejected left out.

#include "linkfixture.h"

#include "storage/articlesearch.h"
#include "storage/claimsearch.h"
#include "storage/library.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Dateline::ClaimSearchFilter)

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

QStringList keys(const QList<LinkCandidate> &found)
{
    QStringList result;
    for (const LinkCandidate &c : found) {
        result.append((c.kind == LinkCandidate::Kind::Claim ? u"claim:"_s : u"quote:"_s) + QString::number(c.id));
    }
    return result;
}

} // namespace

class ClaimSearchTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_storyId = 0; // Indonesian, Arrahmah.id, 2 May 2025
    qint64 m_storyEn = 0; // English, Reuters, 3 May 2025
    qint64 m_storyOther = 0; // Indonesian, KOMPAS.com, 20 June 2025
    qint64 m_kabulov = 0;
    qint64 m_lavrov = 0;
    qint64 m_claimId = 0; // Kabulov, 137, in the Indonesian story
    qint64 m_claimEn = 0; // Kabulov, 137, English, tagged "Death toll" (child of "Casualties")
    qint64 m_claimOther = 0; // inflation, claimed by Lavrov (for the claimant filter)
    qint64 m_quoteEn = 0; // a quotation by Kabulov in the English story
    qint64 m_quoteCovered = 0; // a quotation with a claim on the same span
    qint64 m_quoteRejected = 0;
    qint64 m_claimOnQuote = 0;
    qint64 m_casualties = 0;
    qint64 m_deathToll = 0;
    qint64 m_reutersId = 0;

    QSqlDatabase db() const { return m_library->database(); }

    Result<QList<LinkCandidate>> find(const QString &typed, const ClaimSearchFilter &filter = {}) const
    {
        return ClaimSearch(db()).search(ArticleSearch::queryForTyping(typed), filter, 50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();

        LinkFixture f(db());
        const QString textId =
            u"KABUL (Arrahmah.id) — Utusan khusus Rusia Zamir Kabulov mengatakan 137 orang tewas dalam serangan "
            "di gedung konser itu. Pemerintah akan menggelar sidang pekan depan."_s;
        const QString textEn =
            u"MOSCOW (Reuters) - Kabulov said 137 people died in the attack on the concert hall. "
            "\"We will not forget the victims of the concert hall,\" Kabulov told reporters. "
            "\"The hall will reopen,\" he said. \"Nobody saw the gunmen leave,\" a guard said."_s;
        const QString textOther =
            u"JAKARTA (KOMPAS.com) — Lavrov mengatakan inflasi akan turun pada akhir tahun."_s;
        m_storyId = f.story(u"Rusia dan serangan gedung konser"_s, textId, u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2));
        m_storyEn = f.story(u"Kabulov on the concert hall attack"_s, textEn, u"Reuters"_s, u"en"_s, QDate(2025, 5, 3));
        m_storyOther = f.story(u"Inflasi"_s, textOther, u"KOMPAS.com"_s, u"id"_s, QDate(2025, 6, 20));
        QVERIFY2(f.ok(), qPrintable(f.error()));
        m_kabulov = f.actor(u"Zamir Kabulov"_s);
        m_lavrov = f.actor(u"Sergey Lavrov"_s);
        f.mention(m_storyId, m_kabulov, u"Zamir Kabulov"_s);
        f.mention(m_storyEn, m_kabulov, u"Kabulov"_s);
        m_claimId = f.claim(m_storyId, u"Zamir Kabulov mengatakan 137 orang tewas dalam serangan di gedung konser itu"_s);
        m_claimEn = f.claim(m_storyEn, u"Kabulov said 137 people died in the attack on the concert hall"_s);
        m_claimOther = f.claim(m_storyOther, u"inflasi akan turun pada akhir tahun"_s, m_lavrov);
        m_quoteEn = f.quote(m_storyEn, u"We will not forget the victims of the concert hall,"_s, m_kabulov);
        m_quoteCovered = f.quote(m_storyEn, u"The hall will reopen,"_s, m_kabulov);
        m_claimOnQuote = f.claim(m_storyEn, u"The hall will reopen,"_s, m_kabulov);
        m_quoteRejected = f.quote(m_storyEn, u"Nobody saw the gunmen leave,"_s, 0, u"rejected"_s);
        m_casualties = f.tag(u"Casualties"_s);
        m_deathToll = f.tag(u"Death toll"_s, m_casualties);
        f.tagClaim(m_claimEn, m_deathToll);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        m_reutersId = scalar(db(), u"SELECT id FROM outlet WHERE name = 'Reuters'"_s).toLongLong();
        QVERIFY(m_reutersId > 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<ClaimSearchFilter>("filter");
        QTest::addColumn<QStringList>("expected");

        const auto claim = [](qint64 id) { return u"claim:%1"_s.arg(id); };
        const auto quote = [](qint64 id) { return u"quote:%1"_s.arg(id); };
        ClaimSearchFilter none;
        ClaimSearchFilter exclude;
        exclude.excludeArticleId = m_storyId;
        ClaimSearchFilter tagParent;
        tagParent.tagId = m_casualties;
        ClaimSearchFilter tagChild;
        tagChild.tagId = m_deathToll;
        ClaimSearchFilter actor;
        actor.actorId = m_kabulov;
        ClaimSearchFilter claimant;
        claimant.actorId = m_lavrov;
        ClaimSearchFilter outlet;
        outlet.outletId = m_reutersId;
        ClaimSearchFilter may;
        may.from = QDate(2025, 5, 1);
        may.to = QDate(2025, 5, 31);
        ClaimSearchFilter fromMayThird;
        fromMayThird.from = QDate(2025, 5, 3);
        ClaimSearchFilter claimsOnly;
        claimsOnly.quotes = false;

        // Ordered rows check the ranking; the rest compare sorted lists.
        QTest::newRow("a name finds the claims in both languages")
            << u"Kabulov"_s << none
            << QStringList{ claim(m_claimId), claim(m_claimEn) };
        QTest::newRow("words of a quotation find it") << u"victims forget"_s << none
                                                      << QStringList{ quote(m_quoteEn) };
        QTest::newRow("the last word typed is a prefix") << u"victi"_s << none
                                                         << QStringList{ quote(m_quoteEn) };
        QTest::newRow("diacritics and case are folded") << u"KABULÓV"_s << none
                                                        << QStringList{ claim(m_claimId), claim(m_claimEn) };
        QTest::newRow("the linked claim's story is left out") << u"137"_s << exclude
                                                              << QStringList{ claim(m_claimEn) };
        QTest::newRow("a quotation covered by a claim is found as the claim")
            << u"reopen"_s << none << QStringList{ claim(m_claimOnQuote) };
        QTest::newRow("a rejected quotation is not found") << u"gunmen"_s << none
                                                           << QStringList{};
        QTest::newRow("a tag finds its own claims") << u"137"_s << tagChild
                                                    << QStringList{ claim(m_claimEn) };
        QTest::newRow("a tag finds its descendants' claims, no quotations")
            << u"concert"_s << tagParent << QStringList{ claim(m_claimEn) };
        QTest::newRow("an actor named inside the passage or speaking")
            << u"concert"_s << actor
            << QStringList{ claim(m_claimEn), quote(m_quoteEn) };
        QTest::newRow("an actor as claimant") << u"akan"_s << claimant
                                              << QStringList{ claim(m_claimOther) };
        QTest::newRow("an outlet") << u"137"_s << outlet << QStringList{ claim(m_claimEn) };
        QTest::newRow("a date range") << u"akan"_s << may << QStringList{};
        QTest::newRow("a date range, open at the end")
            << u"concert"_s << fromMayThird << QStringList{ claim(m_claimEn), quote(m_quoteEn) };
        QTest::newRow("claims only") << u"concert"_s << claimsOnly
                                     << QStringList{ claim(m_claimEn) };
        QTest::newRow("no text and no narrowing filter: nothing") << QString() << exclude
                                                                  << QStringList{};
        QTest::newRow("no text, an outlet: its passages")
            << QString() << outlet
            << QStringList{ claim(m_claimEn), claim(m_claimOnQuote), quote(m_quoteEn) };
        QTest::newRow("no text, a tag: its claims") << QString() << tagParent
                                                    << QStringList{ claim(m_claimEn) };
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(ClaimSearchFilter, filter);
        QFETCH(QStringList, expected);
        const auto found = find(typed, filter);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QStringList got = keys(found.value());
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void candidateFields()
    {
        const auto found = find(u"forget"_s);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found.value().size(), 1);
        const LinkCandidate &c = found.value().first();
        QCOMPARE(c.kind, LinkCandidate::Kind::Quote);
        QCOMPARE(c.articleId, m_storyEn);
        QCOMPARE(c.text, u"We will not forget the victims of the concert hall,"_s);
        QCOMPARE(c.articleTitle, u"Kabulov on the concert hall attack"_s);
        QCOMPARE(c.outlet, u"Reuters"_s);
        QCOMPARE(c.published, QDate(2025, 5, 3));
        QCOMPARE(c.speakerId, m_kabulov);
        QCOMPARE(c.speaker, u"Zamir Kabulov"_s);
        QCOMPARE(c.end - c.start, c.text.size());
        QVERIFY(c.score < 0); // bm25
    }

    void rankedByRelevance()
    {
        // "concert hall" twice in the quotation, once in the claim: bm25 puts the quotation first.
        const auto found = find(u"hall"_s);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found.value().size() >= 2);
        for (qsizetype i = 1; i < found.value().size(); ++i) {
            QVERIFY(found.value().at(i - 1).score <= found.value().at(i).score);
        }
    }

    void commonWordsListNewestFirst()
    {
        // Above the rank limit, matches come newest first (story date), unranked.
        ClaimSearch search(db());
        search.setRankLimit(1);
        const auto found = search.search(ArticleSearch::queryForTyping(u"hall"_s), {}, 10);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found.value().size() >= 2);
        for (const LinkCandidate &c : found.value()) {
            QCOMPARE(c.score, 0.0);
        }
        const auto ranked = ClaimSearch(db()).search(ArticleSearch::queryForTyping(u"hall"_s), {}, 10);
        QVERIFY(ranked.ok());
        QCOMPARE(ranked.value().size(), found.value().size());
        QVERIFY(ranked.value().first().score < 0);
    }

    void limit()
    {
        const auto found = ClaimSearch(db()).search(ArticleSearch::queryForTyping(u"the"_s), {}, 1);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found.value().size(), 1);
    }

    void malformedQuery()
    {
        const auto found = ClaimSearch(db()).search(u"\"unterminated"_s, {}, 10);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().contains(u"could not be understood"_s), qPrintable(found.error()));
    }
};

QTEST_GUILESS_MAIN(ClaimSearchTest)
#include "tst_claimsearch.moc"
