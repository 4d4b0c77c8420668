// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimThreads: the claims connected through links, earliest first; thread ids by union-find;
// figure conflicts between claims joined by "same claim" links, data-driven.

#include "claimfixture.h"

#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"
#include "storage/claimthreads.h"

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

/// "0-1:same,2-1:contradicts" -> links between claims 1.. (index + 1).
QList<ClaimLink> parseLinks(const QString &spec)
{
    QList<ClaimLink> links;
    qint64 id = 0;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList endsAndRelation = part.split(u':');
        const QStringList ends = endsAndRelation.at(0).split(u'-');
        ClaimLink link;
        link.id = ++id;
        link.fromClaimId = ends.at(0).toLongLong() + 1;
        link.toClaimId = ends.at(1).toLongLong() + 1;
        link.relation = ClaimNames::relationFromName(endsAndRelation.at(1)).value();
        links.append(link);
    }
    return links;
}

/// Conflicts as "0,1,2|4,5" of claim indexes.
QString describe(const QList<FigureConflict> &conflicts)
{
    QStringList groups;
    for (const FigureConflict &conflict : conflicts) {
        QStringList ids;
        for (const qint64 id : conflict.claimIds) {
            ids.append(QString::number(id - 1));
        }
        groups.append(ids.join(u','));
    }
    return groups.join(u'|');
}

} // namespace

class ClaimThreadsTest : public QObject
{
    Q_OBJECT

private:
    ClaimLibrary m_library;

    QSqlDatabase db() const { return m_library.db(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_library.open()); }
    void cleanup() { m_library.close(); }

    void conflicts_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("links");
        QTest::addColumn<QString>("expected");
        QTest::newRow("four tolls linked as the same claim conflict")
            << QStringList { u"137 orang tewas"_s, u"at least 139 killed"_s, u"korban tewas menjadi 144 orang"_s,
                   u"145 dead"_s }
            << u"0-1:same,1-2:same,2-3:same"_s << u"0,1,2,3"_s;
        QTest::newRow("a chain of same links in any direction")
            << QStringList { u"137 dead"_s, u"145 dead"_s, u"145 tewas"_s } << u"1-0:same,2-1:same"_s << u"0,1,2"_s;
        QTest::newRow("a contradicts link alone is no conflict")
            << QStringList { u"137 dead"_s, u"145 dead"_s } << u"0-1:contradicts"_s << QString();
        QTest::newRow("an updates link alone is no conflict")
            << QStringList { u"137 dead"_s, u"145 dead"_s } << u"1-0:updates"_s << QString();
        QTest::newRow("equal figures agree")
            << QStringList { u"137 dead"_s, u"137 orang tewas"_s } << u"0-1:same"_s << QString();
        QTest::newRow("Indonesian and English thousands agree")
            << QStringList { u"1.200 pengungsi"_s, u"1,200 refugees"_s } << u"0-1:same"_s << QString();
        QTest::newRow("juta and million agree")
            << QStringList { u"2,5 juta warga"_s, u"2.5 million people"_s } << u"0-1:same"_s << QString();
        QTest::newRow("giving fewer of the figures is no conflict")
            << QStringList { u"137 dead and 60 hurt"_s, u"137 dead"_s } << u"0-1:same"_s << QString();
        QTest::newRow("claims without figures are left out")
            << QStringList { u"137 dead"_s, u"many died"_s, u"145 dead"_s } << u"0-1:same,1-2:same"_s << u"0,2"_s;
        QTest::newRow("dates are not figures")
            << QStringList { u"137 tewas pada 22 Maret 2024"_s, u"137 dead on March 22, 2024"_s } << u"0-1:same"_s
            << QString();
        QTest::newRow("groups joined by contradicts are judged apart")
            << QStringList { u"137 dead"_s, u"145 dead"_s, u"10 arrested"_s, u"10 held"_s }
            << u"0-1:same,2-3:same,1-2:contradicts"_s << u"0,1"_s;
        QTest::newRow("two conflicting groups")
            << QStringList { u"137 dead"_s, u"145 dead"_s, u"11 arrested"_s, u"10 held"_s } << u"0-1:same,2-3:same"_s
            << u"0,1|2,3"_s;
        QTest::newRow("unlinked claims never conflict") << QStringList { u"137 dead"_s, u"145 dead"_s } << QString()
                                                        << QString();
    }

    void conflicts()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, links);
        QFETCH(QString, expected);
        QList<Claim> claims;
        for (const QString &text : texts) {
            Claim claim;
            claim.id = claims.size() + 1;
            claim.anchor.exact = text;
            claims.append(claim);
        }
        QCOMPARE(describe(ClaimThreads::conflicts(claims, parseLinks(links))), expected);
    }

    void conflictNamesTheDifferingValues()
    {
        QList<Claim> claims;
        for (const QString &text : { u"137 orang tewas"_s, u"145 dead, 1,000 hurt"_s }) {
            Claim claim;
            claim.id = claims.size() + 1;
            claim.anchor.exact = text;
            claims.append(claim);
        }
        const auto conflicts = ClaimThreads::conflicts(claims, parseLinks(u"0-1:same"_s));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.constFirst().values.value(1), QStringList { u"137"_s });
        QCOMPARE(conflicts.constFirst().values.value(2), (QStringList { u"145"_s, u"1000"_s }));
    }

    void threadIsEarliestFirstWithItsLinksAndConflicts()
    {
        // Stored out of date order, so that the order comes from the stories' dates.
        const qint64 tass = m_library.story(u"TASS"_s, u"The toll rose to 145 dead."_s, u"TASS"_s, QDate(2024, 3, 26));
        const qint64 kompas = m_library.story(u"Kompas"_s, u"Sebanyak 137 orang tewas."_s, u"Kompas"_s,
            QDate(2024, 3, 23), u"id"_s);
        const qint64 undated = m_library.story(u"Blog"_s, u"Someone says 139 died."_s, u"Blog"_s, QDate());
        const qint64 meduza = m_library.story(u"Meduza"_s, u"The toll is 144."_s, u"Meduza"_s, QDate(2024, 3, 24));
        const qint64 a145 = m_library.claim(tass, u"145 dead"_s);
        const qint64 a137 = m_library.claim(kompas, u"137 orang tewas"_s);
        const qint64 a139 = m_library.claim(undated, u"139 died"_s);
        const qint64 a144 = m_library.claim(meduza, u"toll is 144"_s);
        const qint64 alone = m_library.claim(meduza, u"The toll"_s);
        ClaimLinkStore links(db());
        const qint64 l1 = links.add(a137, a144, ClaimRelation::Same).value().id;
        const qint64 l2 = links.add(a145, a144, ClaimRelation::Same).value().id;
        const qint64 l3 = links.add(a139, a145, ClaimRelation::Contradicts).value().id;

        ClaimThreads threads(db());
        for (const qint64 start : { a137, a145, a139 }) {
            auto thread = threads.thread(start);
            QVERIFY2(thread.ok(), qPrintable(thread.error()));
            QList<qint64> order;
            for (const Claim &claim : std::as_const(thread.value().claims)) {
                order.append(claim.id);
            }
            // By story date, unknown dates last.
            QCOMPARE(order, (QList<qint64> { a137, a144, a145, a139 }));
            QCOMPARE(thread.value().links.size(), 3);
            QCOMPARE(thread.value().links.at(0).id, l1);
            QCOMPARE(thread.value().links.at(1).id, l2);
            QCOMPARE(thread.value().links.at(2).id, l3);
            // 139 is joined only by "contradicts": it is not part of the disagreement.
            QCOMPARE(thread.value().conflicts.size(), 1);
            QCOMPARE(thread.value().conflicts.constFirst().claimIds, (QList<qint64> { a137, a144, a145 }));
        }
        auto single = threads.thread(alone);
        QVERIFY(single.ok());
        QCOMPARE(single.value().claims.size(), 1);
        QVERIFY(single.value().links.isEmpty());
        QVERIFY(single.value().conflicts.isEmpty());
        QVERIFY(!threads.thread(999).ok());
    }

    void threadIdsAreTheSmallestIdOfEachComponent()
    {
        const qint64 story = m_library.story(u"S"_s, u"a b c d e f g"_s, u"X"_s, QDate(2024, 1, 1));
        QList<qint64> ids;
        for (const QString &word : { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s }) {
            ids.append(m_library.claim(story, word));
        }
        ClaimLinkStore links(db());
        // {0, 1, 2} through a chain given out of order, {3, 5}; 4 and 6 unlinked.
        QVERIFY(links.add(ids[2], ids[1], ClaimRelation::Cites).ok());
        QVERIFY(links.add(ids[5], ids[3], ClaimRelation::Same).ok());
        QVERIFY(links.add(ids[1], ids[0], ClaimRelation::Supports).ok());
        auto threadIds = ClaimThreads(db()).threadIds();
        QVERIFY2(threadIds.ok(), qPrintable(threadIds.error()));
        const QHash<qint64, qint64> expected { { ids[0], ids[0] }, { ids[1], ids[0] }, { ids[2], ids[0] },
            { ids[3], ids[3] }, { ids[5], ids[3] } };
        QCOMPARE(threadIds.value(), expected);
    }
};

QTEST_GUILESS_MAIN(ClaimThreadsTest)
#include "tst_claimthreads.moc"
