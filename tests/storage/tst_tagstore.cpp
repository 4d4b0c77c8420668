// SPDX-License-Identifier: GPL-3.0-or-later
// TagStore: the tag tree (sibling names unique, paths, colours), rename, move (no cycles), merge
// and delete across every claim at once, each with the value that undoes it; counts.

#include "claimfixture.h"

#include "storage/claimstore.h"
#include "storage/tagstore.h"

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class TagStoreTest : public QObject
{
    Q_OBJECT

private:
    ClaimLibrary m_library;
    qint64 m_article = 0;

    QSqlDatabase db() const { return m_library.db(); }

    /// "name:count" of every tag in tags() order, "parent/child" for nested ones.
    QStringList tree()
    {
        TagStore store(db());
        QStringList result;
        const auto tags = store.tags();
        for (const Tag &tag : tags.value()) {
            result.append(store.path(tag.id).value() + u':' + QString::number(tag.claimCount));
        }
        return result;
    }

    QList<qint64> tagIdsOf(qint64 claimId) { return ClaimStore(db()).fields(claimId).value().tagIds; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_library.open());
        m_article = m_library.story(u"Story"_s, u"One two three four five six seven eight nine ten."_s, u"Reuters"_s,
            QDate(2024, 3, 23));
        QVERIFY(m_article > 0);
    }

    void cleanup() { m_library.close(); }

    void createRefusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain name") << u"Ceasefire"_s << QString() << true;
        QTest::newRow("name with a colour") << u"Ceasefire"_s << u"#aa00FF"_s << true;
        QTest::newRow("sibling of the same name") << u"Moscow"_s << QString() << false;
        QTest::newRow("same name in another case") << u"MOSCOW"_s << QString() << false;
        QTest::newRow("empty name") << u"  "_s << QString() << false;
        QTest::newRow("slash in the name") << u"A/B"_s << QString() << false;
        QTest::newRow("colour not #rrggbb") << u"Ceasefire"_s << u"red"_s << false;
    }

    void createRefusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, colour);
        QFETCH(bool, accepted);
        TagStore store(db());
        QVERIFY(store.create(u"Moscow"_s).ok());
        auto created = store.create(name, 0, colour);
        QCOMPARE(created.ok(), accepted);
        if (!accepted) {
            QVERIFY(!created.error().isEmpty());
        } else {
            QCOMPARE(store.tag(created.value().id).value().colour, colour);
        }
    }

    void siblingNamesMayRepeatUnderOtherParents()
    {
        TagStore store(db());
        const Tag a = store.create(u"A"_s).value();
        const Tag b = store.create(u"B"_s).value();
        QVERIFY(store.create(u"Toll"_s, a.id).ok());
        QVERIFY(store.create(u"Toll"_s, b.id).ok());
        QVERIFY(!store.create(u"toll"_s, b.id).ok());
        QVERIFY(!store.create(u"Child"_s, 999).ok());
    }

    void pathsCreateAndFind()
    {
        TagStore store(db());
        auto created = store.byPath(u"Casualties / Death toll"_s, true);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(store.path(created.value().id).value(), u"Casualties/Death toll"_s);
        // Found again, in any case; nothing new is created.
        QCOMPARE(store.byPath(u"casualties/death TOLL"_s, false).value().id, created.value().id);
        QCOMPARE(store.byPath(u"Casualties/Death toll"_s, true).value().id, created.value().id);
        QCOMPARE(store.tags().value().size(), 2);
        QVERIFY(!store.byPath(u"Casualties/Injured"_s, false).ok());
        QVERIFY(!store.byPath(u"/"_s, true).ok());
        QVERIFY(!store.path(999).ok());
    }

    void tagsComeParentsFirstSiblingsByNameWithCounts()
    {
        TagStore store(db());
        const qint64 zulu = store.create(u"zulu"_s).value().id;
        const qint64 alpha = store.create(u"Alpha"_s).value().id;
        const qint64 child = store.create(u"beta"_s, zulu).value().id;
        QVERIFY(store.create(u"Alpha child"_s, zulu).ok());
        m_library.claim(m_article, u"One"_s, { alpha, child });
        m_library.claim(m_article, u"two"_s, { child });
        QCOMPARE(tree(), (QStringList { u"Alpha:1"_s, u"zulu:0"_s, u"zulu/Alpha child:0"_s, u"zulu/beta:2"_s }));
        QCOMPARE(store.claimCountWithDescendants(zulu).value(), 2);
        QCOMPARE(store.claimCountWithDescendants(alpha).value(), 1);
    }

    void renameKeepsClaimsAndRefusesASiblingsName()
    {
        TagStore store(db());
        const qint64 toll = store.create(u"Toll"_s).value().id;
        QVERIFY(store.create(u"Moscow"_s).ok());
        QList<qint64> claims;
        for (const QString &word : { u"One"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s }) {
            claims.append(m_library.claim(m_article, word, { toll }));
        }
        QVERIFY(store.rename(toll, u"Death toll"_s).ok());
        QCOMPARE(store.tag(toll).value().name, u"Death toll"_s);
        QCOMPARE(store.tag(toll).value().claimCount, 5);
        QCOMPARE(ClaimStore(db()).claim(claims.constLast()).value().tags.constFirst().name, u"Death toll"_s);
        QVERIFY(!store.rename(toll, u"moscow"_s).ok());
        QVERIFY(store.rename(toll, u"death TOLL"_s).ok()); // its own name in another case
        // Undo is renaming back.
        QVERIFY(store.rename(toll, u"Toll"_s).ok());
        QCOMPARE(store.tag(toll).value().name, u"Toll"_s);
        QVERIFY(store.setColour(toll, u"#112233"_s).ok());
        QCOMPARE(store.tag(toll).value().colour, u"#112233"_s);
        QVERIFY(store.setColour(toll, QString()).ok());
        QCOMPARE(store.tag(toll).value().colour, QString());
        QVERIFY(!store.setColour(toll, u"#12"_s).ok());
    }

    void moveRefusesCycles_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("under");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("under itself") << u"A"_s << u"A"_s << false;
        QTest::newRow("under its child") << u"A"_s << u"A/B"_s << false;
        QTest::newRow("under its grandchild") << u"A"_s << u"A/B/C"_s << false;
        QTest::newRow("child to the top") << u"A/B"_s << QString() << true;
        QTest::newRow("grandchild under a sibling tree") << u"A/B/C"_s << u"D"_s << true;
        QTest::newRow("next to a sibling of the same name") << u"D/B"_s << u"A"_s << false;
    }

    void moveRefusesCycles()
    {
        QFETCH(QString, tag);
        QFETCH(QString, under);
        QFETCH(bool, accepted);
        TagStore store(db());
        QVERIFY(store.byPath(u"A/B/C"_s, true).ok());
        QVERIFY(store.byPath(u"D/B"_s, true).ok());
        const qint64 id = store.byPath(tag, false).value().id;
        const qint64 parent = under.isEmpty() ? 0 : store.byPath(under, false).value().id;
        const qint64 parentBefore = store.tag(id).value().parentId;
        auto moved = store.move(id, parent);
        QCOMPARE(moved.ok(), accepted);
        QCOMPARE(store.tag(id).value().parentId, accepted ? parent : parentBefore);
        if (accepted) {
            // Undo: back under the old parent.
            QVERIFY(store.move(id, parentBefore).ok());
            QCOMPARE(store.tag(id).value().parentId, parentBefore);
        }
    }

    void mergeAndUnmergeRoundTrip()
    {
        TagStore store(db());
        const Tag from = store.create(u"Toll"_s, 0, u"#ff0000"_s).value();
        const qint64 into = store.create(u"Death toll"_s).value().id;
        const qint64 other = store.create(u"Other"_s).value().id;
        const qint64 child = store.create(u"Moscow"_s, from.id).value().id;
        const qint64 onlyFrom = m_library.claim(m_article, u"One"_s, { other, from.id });
        const qint64 both = m_library.claim(m_article, u"two"_s, { from.id, other, into });
        const qint64 onlyInto = m_library.claim(m_article, u"three"_s, { into });
        const QStringList before = tree();

        auto merge = store.merge(from.id, into);
        QVERIFY2(merge.ok(), qPrintable(merge.error()));
        QCOMPARE(merge.value().movedClaimIds, QList<qint64> { onlyFrom });
        QCOMPARE(merge.value().droppedClaimIds, QList<qint64> { both });
        QCOMPARE(merge.value().movedChildIds, QList<qint64> { child });
        QVERIFY(!store.tag(from.id).ok());
        QCOMPARE(store.tag(child).value().parentId, into);
        QCOMPARE(tagIdsOf(onlyFrom), (QList<qint64> { other, into })); // in the place `from` had
        QCOMPARE(tagIdsOf(both), (QList<qint64> { other, into }));
        QCOMPARE(store.tag(into).value().claimCount, 3);

        QVERIFY(store.unmerge(merge.value()).ok());
        QCOMPARE(tree(), before);
        QCOMPARE(store.tag(from.id).value().colour, u"#ff0000"_s);
        QCOMPARE(tagIdsOf(onlyFrom), (QList<qint64> { other, from.id }));
        QCOMPARE(tagIdsOf(both), (QList<qint64> { from.id, other, into }));
        QCOMPARE(tagIdsOf(onlyInto), QList<qint64> { into });
        QCOMPARE(store.tag(child).value().parentId, from.id);
    }

    void mergeRefusals_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("into");
        QTest::newRow("into itself") << u"A"_s << u"A"_s;
        QTest::newRow("into its own child") << u"A"_s << u"A/B"_s;
        QTest::newRow("children of the same name") << u"A"_s << u"C"_s;
    }

    void mergeRefusals()
    {
        QFETCH(QString, from);
        QFETCH(QString, into);
        TagStore store(db());
        QVERIFY(store.byPath(u"A/B"_s, true).ok());
        QVERIFY(store.byPath(u"C/b"_s, true).ok());
        const QStringList before = tree();
        auto merge = store.merge(store.byPath(from, false).value().id, store.byPath(into, false).value().id);
        QVERIFY(!merge.ok());
        QVERIFY(!merge.error().isEmpty());
        QCOMPARE(tree(), before);
    }

    void removeAndRestoreTheSubtree()
    {
        TagStore store(db());
        const qint64 top = store.byPath(u"Casualties"_s, true).value().id;
        const qint64 mid = store.byPath(u"Casualties/Death toll"_s, true).value().id;
        const qint64 leaf = store.byPath(u"Casualties/Death toll/Children"_s, true).value().id;
        const qint64 keep = store.create(u"Keep"_s).value().id;
        const qint64 a = m_library.claim(m_article, u"One"_s, { keep, leaf });
        const qint64 b = m_library.claim(m_article, u"two"_s, { mid, top });
        const QStringList before = tree();
        QCOMPARE(store.claimCountWithDescendants(top).value(), 2);

        auto removal = store.remove(top);
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(removal.value().tags.size(), 3);
        QCOMPARE(removal.value().tags.at(0).id, top); // parents before children
        QCOMPARE(removal.value().tags.at(2).id, leaf);
        QCOMPARE(removal.value().claimTags.size(), 3);
        QCOMPARE(tree(), QStringList { u"Keep:1"_s });
        QCOMPARE(tagIdsOf(a), QList<qint64> { keep });
        QVERIFY(tagIdsOf(b).isEmpty());

        QVERIFY(store.restore(removal.value()).ok());
        QCOMPARE(tree(), before);
        QCOMPARE(tagIdsOf(a), (QList<qint64> { keep, leaf }));
        QCOMPARE(tagIdsOf(b), (QList<qint64> { mid, top }));
        QVERIFY(!store.remove(999).ok());
    }
};

QTEST_GUILESS_MAIN(TagStoreTest)
#include "tst_tagstore.moc"
