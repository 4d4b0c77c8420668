// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimSuggester: an Indonesian and an English claim about Kabulov with the same figure meet
// through their shared actor and number although their words differ; unrelated claims that share
// only common words rank lower; the claim's own story, claims already linked and quotations a
// claim covers are not offered; words fold as the full-text index folds them.

#include "linkfixture.h"

#include "storage/claimsuggester.h"
#include "storage/library.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

/// The position of a candidate in the list, -1 when absent.
qsizetype rankOf(const QList<LinkCandidate> &list, LinkCandidate::Kind kind, qint64 id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).kind == kind && list.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace

class ClaimSuggesterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_kabulov = 0;
    qint64 m_claimId = 0; // Indonesian: Kabulov, 137
    qint64 m_claimEn = 0; // English: Kabulov, 137
    qint64 m_sameStory = 0; // Kabulov, 137, in the Indonesian claim's own story
    qint64 m_unrelated = 0; // Indonesian, shares "mengatakan" and "dalam" only
    qint64 m_linked = 0; // Kabulov, 137, already linked to the Indonesian claim
    qint64 m_quote = 0; // "137 orang tewas", kata Kabulov: a quotation in a third story
    qint64 m_coveredQuote = 0; // a quotation with a claim on its span
    qint64 m_claimOnQuote = 0;
    qint64 m_lonely = 0; // shares nothing with anything

    QSqlDatabase db() const { return m_library->database(); }

    Result<QList<LinkCandidate>> suggest(qint64 claimId) const { return ClaimSuggester(db()).suggest(claimId, 20); }

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
            "di gedung konser itu. Kabulov juga mengatakan 137 korban sudah dimakamkan."_s;
        const QString textEn = u"MOSCOW (Reuters) - Russian envoy Zamir Kabulov said 137 people died in the attack "
                               "on the concert venue, according to officials."_s;
        const QString textUnrelated =
            u"JAKARTA (KOMPAS.com) — Menteri keuangan mengatakan harga beras akan turun dalam bulan ini."_s;
        const QString textLinked = u"KABUL (TOLOnews) — Kabulov put the toll at 137 in an interview."_s;
        const QString textQuote = u"JAKARTA (detik) — \"Sebanyak 137 orang tewas,\" kata Kabulov. "
                                  "\"Kami berduka,\" kata Kabulov lagi."_s;
        const QString textLonely = u"BOGOTÁ (EFE) — Xylophone quartets rehearse nightly."_s;
        const qint64 storyId =
            f.story(u"Serangan gedung konser"_s, textId, u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2));
        const qint64 storyEn =
            f.story(u"Kabulov on the concert attack"_s, textEn, u"Reuters"_s, u"en"_s, QDate(2025, 5, 3));
        const qint64 storyUnrelated = f.story(u"Harga beras"_s, textUnrelated, u"KOMPAS.com"_s, u"id"_s, QDate(2025, 5, 4));
        const qint64 storyLinked = f.story(u"Toll"_s, textLinked, u"TOLOnews"_s, u"en"_s, QDate(2025, 5, 5));
        const qint64 storyQuote = f.story(u"Kabulov berduka"_s, textQuote, u"detik"_s, u"id"_s, QDate(2025, 5, 6));
        const qint64 storyLonely = f.story(u"Music"_s, textLonely, u"EFE"_s, u"es"_s, QDate(2025, 5, 7));
        QVERIFY2(f.ok(), qPrintable(f.error()));

        m_kabulov = f.actor(u"Zamir Kabulov"_s);
        const qint64 russia = f.actor(u"Russia"_s, u"state"_s);
        const qint64 outlet = f.actor(u"KOMPAS.com"_s, u"outlet"_s);
        f.mention(storyId, russia, u"Rusia"_s);
        f.mention(storyId, m_kabulov, u"Zamir Kabulov"_s);
        f.mention(storyId, m_kabulov, u"Kabulov"_s, textId.indexOf(u"juga"_s) - 10);
        f.mention(storyEn, russia, u"Russian"_s);
        f.mention(storyEn, m_kabulov, u"Zamir Kabulov"_s);
        f.mention(storyLinked, m_kabulov, u"Kabulov"_s);
        f.mention(storyQuote, m_kabulov, u"Kabulov"_s);

        m_claimId = f.claim(storyId, u"Utusan khusus Rusia Zamir Kabulov mengatakan 137 orang tewas dalam serangan di gedung konser itu"_s);
        m_sameStory = f.claim(storyId, u"Kabulov juga mengatakan 137 korban sudah dimakamkan"_s, m_kabulov);
        m_claimEn = f.claim(storyEn, u"Russian envoy Zamir Kabulov said 137 people died in the attack on the concert venue"_s);
        // An outlet as claimant says nothing: the unrelated claim must not win through it.
        m_unrelated = f.claim(storyUnrelated, u"Menteri keuangan mengatakan harga beras akan turun dalam bulan ini"_s, outlet);
        m_linked = f.claim(storyLinked, u"Kabulov put the toll at 137"_s, m_kabulov);
        m_quote = f.quote(storyQuote, u"Sebanyak 137 orang tewas,"_s, m_kabulov);
        m_coveredQuote = f.quote(storyQuote, u"Kami berduka,"_s, m_kabulov);
        m_claimOnQuote = f.claim(storyQuote, u"Kami berduka,"_s, m_kabulov);
        m_lonely = f.claim(storyLonely, u"Xylophone quartets rehearse nightly"_s);
        f.link(m_linked, m_claimId, u"same"_s);
        QVERIFY2(f.ok(), qPrintable(f.error()));
    }

    void indonesianAndEnglishMeet()
    {
        const auto found = suggest(m_claimId);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        const qsizetype english = rankOf(found.value(), LinkCandidate::Kind::Claim, m_claimEn);
        QVERIFY2(english >= 0, "the English claim is suggested");
        const LinkCandidate &c = found.value().at(english);
        QCOMPARE(c.sharedActors, QStringList({ u"Russia"_s, u"Zamir Kabulov"_s }));
        QCOMPARE(c.sharedFigures, QStringList{ u"137"_s });
        QCOMPARE(c.outlet, u"Reuters"_s);
        QCOMPARE(c.published, QDate(2025, 5, 3));
        QVERIFY(c.score > 0);
    }

    void theOtherWayRound()
    {
        const auto found = suggest(m_claimEn);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(!found.value().isEmpty());
        // Both claims of the Indonesian story are about Kabulov and 137; the one with Russia too wins.
        QCOMPARE(found.value().first().id, m_claimId);
        QCOMPARE(found.value().first().kind, LinkCandidate::Kind::Claim);
    }

    void unrelatedRanksLower()
    {
        const auto found = suggest(m_claimId);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        const qsizetype english = rankOf(found.value(), LinkCandidate::Kind::Claim, m_claimEn);
        const qsizetype unrelated = rankOf(found.value(), LinkCandidate::Kind::Claim, m_unrelated);
        QVERIFY(english >= 0);
        // Either left out or below: it shares "mengatakan" and "dalam", nothing else.
        QVERIFY2(unrelated < 0 || unrelated > english, qPrintable(u"english %1, unrelated %2"_s.arg(english).arg(unrelated)));
        if (unrelated >= 0) {
            QVERIFY(found.value().at(unrelated).sharedActors.isEmpty());
            QVERIFY(found.value().at(unrelated).score < found.value().at(english).score);
        }
    }

    void quotationsAreOffered()
    {
        const auto found = suggest(m_claimId);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        const qsizetype quote = rankOf(found.value(), LinkCandidate::Kind::Quote, m_quote);
        QVERIFY2(quote >= 0, "the quotation by Kabulov with 137 is suggested");
        QCOMPARE(found.value().at(quote).speaker, u"Zamir Kabulov"_s);
        QCOMPARE(found.value().at(quote).sharedFigures, QStringList{ u"137"_s });
        // The quotation under a claim is offered as that claim only.
        QCOMPARE(rankOf(found.value(), LinkCandidate::Kind::Quote, m_coveredQuote), -1);
    }

    void leftOut_data()
    {
        QTest::addColumn<qint64>("claim");
        QTest::newRow("the claim itself") << m_claimId;
        QTest::newRow("a claim of its own story") << m_sameStory;
        QTest::newRow("a claim already linked to it") << m_linked;
    }

    void leftOut()
    {
        QFETCH(qint64, claim);
        const auto found = suggest(m_claimId);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(!found.value().isEmpty());
        QCOMPARE(rankOf(found.value(), LinkCandidate::Kind::Claim, claim), -1);
    }

    void bestFirstAndLimited()
    {
        const auto found = suggest(m_claimId);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        for (qsizetype i = 1; i < found.value().size(); ++i) {
            QVERIFY(found.value().at(i - 1).score >= found.value().at(i).score);
        }
        const auto one = ClaimSuggester(db()).suggest(m_claimId, 1);
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one.value().size(), 1);
        QCOMPARE(one.value().first().id, found.value().first().id);
    }

    void weightsDecide()
    {
        // Without the actor and figure parts, the English claim shares only "kabulov", "zamir" and
        // "137" with the Indonesian one; with them it is among the best. The weights must matter.
        ClaimSuggester wordsOnly(db());
        wordsOnly.setWeights({ 1.0, 2.0, 0.0, 0.0 });
        const auto plain = wordsOnly.suggest(m_claimId, 20);
        const auto full = suggest(m_claimId);
        QVERIFY(plain.ok() && full.ok());
        const qsizetype a = rankOf(plain.value(), LinkCandidate::Kind::Claim, m_claimEn);
        const qsizetype b = rankOf(full.value(), LinkCandidate::Kind::Claim, m_claimEn);
        QVERIFY(a >= 0 && b >= 0);
        QVERIFY(full.value().at(b).score > plain.value().at(a).score);
    }

    void nothingInCommon()
    {
        const auto found = suggest(m_lonely);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY2(found.value().isEmpty(), qPrintable(found.value().isEmpty() ? QString() : found.value().first().text));
    }

    void unknownClaim()
    {
        const auto found = suggest(987654);
        QVERIFY(!found.ok());
        QVERIFY(!found.error().isEmpty());
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case and diacritics fold, repeats once")
            << u"Bogotá BOGOTA bogotá"_s << QStringList{ u"bogota"_s };
        QTest::newRow("short words go, numbers stay") << u"di 7 of the 137 dan"_s
                                                       << QStringList{ u"7"_s, u"the"_s, u"137"_s, u"dan"_s };
        QTest::newRow("punctuation splits") << u"\"tewas,\" kata-nya"_s
                                            << QStringList{ u"tewas"_s, u"kata"_s, u"nya"_s };
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(ClaimSuggester::words(text), expected);
    }

    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"137 orang tewas"_s << QStringList{ u"137"_s };
        QTest::newRow("thousands, either separator, once")
            << u"1.200 orang, or 1,200 people, 145 and 137"_s << QStringList{ u"1200"_s, u"145"_s, u"137"_s };
        QTest::newRow("none") << u"tidak ada angka"_s << QStringList{};
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(ClaimSuggester::figures(text), expected);
    }
};

QTEST_GUILESS_MAIN(ClaimSuggesterTest)
#include "tst_claimsuggester.moc"
