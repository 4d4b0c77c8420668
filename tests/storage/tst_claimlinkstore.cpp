// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimLinkStore: directed links with a relation and a note; no self links, no repeated
// relation between the same pair; delete and restore with the same id; both ends see a link.

#include "claimfixture.h"

#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class ClaimLinkStoreTest : public QObject
{
    Q_OBJECT

private:
    ClaimLibrary m_library;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;

    QSqlDatabase db() const { return m_library.db(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_library.open());
        const qint64 first = m_library.story(u"First"_s, u"At least 137 people died."_s, u"Reuters"_s, QDate(2024, 3, 23));
        const qint64 second = m_library.story(u"Second"_s, u"Korban tewas 145 orang."_s, u"Kompas"_s, QDate(2024, 3, 25), u"id"_s);
        m_a = m_library.claim(first, u"137 people died"_s);
        m_b = m_library.claim(second, u"145 orang"_s);
        m_c = m_library.claim(second, u"Korban"_s);
        QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
    }

    void cleanup() { m_library.close(); }

    void addAndReadFromBothEnds()
    {
        ClaimLinkStore store(db());
        auto link = store.add(m_a, m_b, ClaimRelation::Updates, u"TASS revised the toll"_s);
        QVERIFY2(link.ok(), qPrintable(link.error()));
        QVERIFY(link.value().id > 0);
        QCOMPARE(link.value().relation, ClaimRelation::Updates);
        QVERIFY(link.value().created.isValid());
        const ClaimLink read = store.link(link.value().id).value();
        QCOMPARE(read.fromClaimId, m_a);
        QCOMPARE(read.toClaimId, m_b);
        QCOMPARE(read.note, u"TASS revised the toll"_s);
        QCOMPARE(read.created, link.value().created);
        QCOMPARE(store.linksOf(m_a).value().size(), 1);
        QCOMPARE(store.linksOf(m_b).value().size(), 1);
        QVERIFY(store.linksOf(m_c).value().isEmpty());
        QCOMPARE(ClaimStore(db()).claim(m_b).value().linkCount, 1);
        // Read from each end with its own words.
        QCOMPARE(ClaimNames::relationPhrase(read.relation, true), u"updates"_s);
        QCOMPARE(ClaimNames::relationPhrase(read.relation, false), u"updated by"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("relation");
        QTest::addColumn<bool>("accepted");
        // Claims 0, 1, 2 are a, b, c; 9 is unknown. An a -> b "same" link exists already.
        const int same = int(ClaimRelation::Same);
        const int contradicts = int(ClaimRelation::Contradicts);
        QTest::newRow("the same relation again") << 0 << 1 << same << false;
        QTest::newRow("another relation for the same pair") << 0 << 1 << contradicts << true;
        QTest::newRow("the same relation the other way") << 1 << 0 << same << true;
        QTest::newRow("a claim to itself") << 2 << 2 << same << false;
        QTest::newRow("to an unknown claim") << 0 << 9 << same << false;
        QTest::newRow("from an unknown claim") << 9 << 0 << same << false;
    }

    void refusals()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, relation);
        QFETCH(bool, accepted);
        const auto claim = [this](int index) { return index == 0 ? m_a : index == 1 ? m_b : index == 2 ? m_c : 999; };
        ClaimLinkStore store(db());
        QVERIFY(store.add(m_a, m_b, ClaimRelation::Same).ok());
        auto link = store.add(claim(from), claim(to), ClaimRelation(relation));
        QCOMPARE(link.ok(), accepted);
        if (!accepted) {
            QVERIFY(!link.error().isEmpty());
        }
        QCOMPARE(store.allLinks().value().size(), accepted ? 2 : 1);
    }

    void removeRestoreAndNote()
    {
        ClaimLinkStore store(db());
        const ClaimLink first = store.add(m_a, m_b, ClaimRelation::Same).value();
        const ClaimLink second = store.add(m_c, m_a, ClaimRelation::Cites, u"note"_s).value();
        QVERIFY(store.setNote(first.id, u"checked"_s).ok());
        QCOMPARE(store.link(first.id).value().note, u"checked"_s);
        QVERIFY(!store.setNote(999, u"x"_s).ok());

        auto removed = store.remove(second.id);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(removed.value().note, u"note"_s);
        QVERIFY(!store.link(second.id).ok());
        QCOMPARE(store.linksOf(m_a).value().size(), 1);
        QVERIFY(!store.remove(second.id).ok());

        QVERIFY(store.restore(removed.value()).ok());
        const ClaimLink back = store.link(second.id).value();
        QCOMPARE(back.fromClaimId, m_c);
        QCOMPARE(back.toClaimId, m_a);
        QCOMPARE(back.relation, ClaimRelation::Cites);
        QCOMPARE(back.created, second.created);
        // Oldest first, both directions.
        const QList<ClaimLink> ofA = store.linksOf(m_a).value();
        QCOMPARE(ofA.size(), 2);
        QCOMPARE(ofA.at(0).id, first.id);
        QCOMPARE(store.allLinks().value().size(), 2);
    }

    void deletingAClaimDeletesItsLinks()
    {
        ClaimLinkStore store(db());
        QVERIFY(store.add(m_a, m_b, ClaimRelation::Same).ok());
        QVERIFY(store.add(m_b, m_c, ClaimRelation::Elaborates).ok());
        QVERIFY(ClaimStore(db()).remove(m_b).ok());
        QVERIFY(store.allLinks().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ClaimLinkStoreTest)
#include "tst_claimlinkstore.moc"
