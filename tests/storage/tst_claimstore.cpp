// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimStore: claims with their text-quote selectors, tags in order, claimant and status; edits,
// deletes and bulk tagging that undo exactly; the default claimant; orphans and re-anchoring.

#include "claimfixture.h"

#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"
#include "storage/transaction.h"

#include <QSqlQuery>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

// Non-ASCII on purpose: “curly quotes”, an emoji outside the BMP (two UTF-16 units) and é.
const QString storyText = u"Pejabat Rusia mengatakan 😀 “137 orang tewas dalam serangan di balai konser,” kata "
                          "Zakharova kepada RIA. Café ditutup. Polisi menangkap 11 orang."_s;

} // namespace

class ClaimStoreTest : public QObject
{
    Q_OBJECT

private:
    ClaimLibrary m_library;
    qint64 m_article = 0;

    QSqlDatabase db() const { return m_library.db(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_library.open());
        m_article = m_library.story(u"Serangan balai konser"_s, storyText, u"Kompas"_s, QDate(2024, 3, 23), u"id"_s);
        QVERIFY(m_article > 0);
    }

    void cleanup() { m_library.close(); }

    void addStoresTheAnchorAndReadsItBack()
    {
        TagStore tags(db());
        const qint64 toll = tags.byPath(u"Casualties/Death toll"_s, true).value().id;
        const qint64 moscow = tags.create(u"Moscow"_s).value().id;
        ClaimStore store(db());
        NewClaim claim;
        claim.articleId = m_article;
        claim.start = storyText.indexOf(u"137");
        claim.end = storyText.indexOf(u",”");
        claim.status = ClaimStatus::Disputed;
        claim.note = u"*Checked* against TASS"_s;
        claim.tagIds = { moscow, toll };
        auto added = store.add(claim);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const Claim &c = added.value();
        QVERIFY(c.id > 0);
        QCOMPARE(c.articleId, m_article);
        QCOMPARE(c.anchor.start, claim.start);
        QCOMPARE(c.anchor.end, claim.end);
        QCOMPARE(c.anchor.exact, u"137 orang tewas dalam serangan di balai konser"_s);
        QCOMPARE(c.anchor.prefix, AnnotationStore::selectorPrefix(storyText, claim.start));
        QCOMPARE(c.anchor.suffix, AnnotationStore::selectorSuffix(storyText, claim.end));
        QVERIFY(c.anchor.prefix.endsWith(u"😀 “"_s));
        QVERIFY(c.anchored);
        QCOMPARE(c.status, ClaimStatus::Disputed);
        QCOMPARE(c.note, claim.note);
        QVERIFY(c.created.isValid());
        QCOMPARE(c.created.timeSpec(), Qt::UTC);
        QCOMPARE(c.updated, c.created);
        QCOMPARE(c.claimant.id, 0);
        QCOMPARE(c.articleTitle, u"Serangan balai konser"_s);
        QCOMPARE(c.outlet, u"Kompas"_s);
        QCOMPARE(c.published, QDate(2024, 3, 23));
        QCOMPARE(c.linkCount, 0);
        // Tags in the order given: the first one colours the claim.
        QCOMPARE(c.tags.size(), 2);
        QCOMPARE(c.tags.at(0).id, moscow);
        QCOMPARE(c.tags.at(1).id, toll);
        QCOMPARE(c.tags.at(1).name, u"Death toll"_s);
        // The full-text index has it.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'konser'"_s).toInt(), 1);
    }

    void addRefusesBadSpans_data()
    {
        QTest::addColumn<qint64>("article");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("empty span") << qint64(0) << 3 << 3;
        QTest::newRow("end before start") << qint64(0) << 5 << 3;
        QTest::newRow("negative start") << qint64(0) << -1 << 3;
        QTest::newRow("end past the text") << qint64(0) << 3 << int(storyText.size() + 1);
        QTest::newRow("unknown story") << qint64(999) << 0 << 3;
    }

    void addRefusesBadSpans()
    {
        QFETCH(qint64, article);
        QFETCH(int, start);
        QFETCH(int, end);
        NewClaim claim;
        claim.articleId = article == 0 ? m_article : article;
        claim.start = start;
        claim.end = end;
        auto added = ClaimStore(db()).add(claim);
        QVERIFY(!added.ok());
        QVERIFY(!added.error().isEmpty());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim"_s).toInt(), 0);
    }

    void claimsOfArticleByStartWithOrphansFlagged()
    {
        const qint64 later = m_library.claim(m_article, u"Polisi menangkap 11 orang"_s);
        const qint64 earlier = m_library.claim(m_article, u"Pejabat Rusia"_s);
        QVERIFY(later > 0 && earlier > 0);
        QSqlQuery query(db());
        QVERIFY(query.exec(u"UPDATE claim SET anchored = 0 WHERE id = %1"_s.arg(later)));
        ClaimStore store(db());
        auto claims = store.claimsOfArticle(m_article);
        QVERIFY2(claims.ok(), qPrintable(claims.error()));
        QCOMPARE(claims.value().size(), 2);
        QCOMPARE(claims.value().at(0).id, earlier);
        QCOMPARE(claims.value().at(1).id, later);
        QVERIFY(claims.value().at(0).anchored);
        QVERIFY(!claims.value().at(1).anchored);

        auto orphans = store.orphans();
        QVERIFY(orphans.ok());
        QCOMPARE(orphans.value().size(), 1);
        QCOMPARE(orphans.value().constFirst().id, later);

        // Placing the orphan by hand anchors it again, with the new selector.
        TextAnchor anchor;
        anchor.start = storyText.indexOf(u"11 orang");
        anchor.end = anchor.start + 8;
        anchor.exact = u"11 orang"_s;
        anchor.prefix = AnnotationStore::selectorPrefix(storyText, anchor.start);
        anchor.suffix = AnnotationStore::selectorSuffix(storyText, anchor.end);
        auto moved = store.reanchor(later, anchor);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QVERIFY(store.orphans().value().isEmpty());
        const Claim placed = store.claim(later).value();
        QVERIFY(placed.anchored);
        QCOMPARE(placed.anchor.start, anchor.start);
        QCOMPARE(placed.anchor.exact, u"11 orang"_s);
        QVERIFY(!store.reanchor(999, anchor).ok());
    }

    void fieldsRoundTrip()
    {
        TagStore tags(db());
        const qint64 a = tags.create(u"A"_s).value().id;
        const qint64 b = tags.create(u"B"_s).value().id;
        const qint64 claimId = m_library.claim(m_article, u"Café ditutup"_s, { a });
        const qint64 actor = ActorStore(db()).addActor(Actor { 0, {}, u"Maria Zakharova"_s, Actor::Kind::Person,
                                                               {}, {}, {}, {} }).value().id;
        ClaimStore store(db());
        const ClaimFields before = store.fields(claimId).value();
        QCOMPARE(before.tagIds, QList<qint64> { a });
        QCOMPARE(before.status, ClaimStatus::Unverified);

        ClaimFields after;
        after.claimantActorId = actor;
        after.status = ClaimStatus::MostlyTrue;
        after.note = u"Seen on *two* wires"_s;
        after.tagIds = { b, a };
        QVERIFY(store.setFields(claimId, after).ok());
        QCOMPARE(store.fields(claimId).value(), after);
        const Claim changed = store.claim(claimId).value();
        QCOMPARE(changed.claimant.name, u"Maria Zakharova"_s);
        QCOMPARE(changed.tags.constFirst().id, b);
        QCOMPARE(scalar(db(), u"SELECT status FROM claim WHERE id = %1"_s.arg(claimId)).toString(), u"mostly_true"_s);

        // Undo is writing the old fields back.
        QVERIFY(store.setFields(claimId, before).ok());
        QCOMPARE(store.fields(claimId).value(), before);
        QVERIFY(!store.setFields(999, after).ok());
    }

    void removeAndRestoreKeepIdTagsAndLinks()
    {
        TagStore tags(db());
        const qint64 a = tags.create(u"A"_s).value().id;
        const qint64 b = tags.create(u"B"_s).value().id;
        const qint64 first = m_library.claim(m_article, u"137 orang tewas"_s, { b, a }, ClaimStatus::False);
        const qint64 second = m_library.claim(m_article, u"Polisi menangkap"_s);
        const qint64 third = m_library.claim(m_article, u"Café"_s);
        ClaimLinkStore links(db());
        const qint64 out = links.add(first, second, ClaimRelation::Same, u"same toll"_s).value().id;
        const qint64 in = links.add(third, first, ClaimRelation::Contradicts).value().id;
        ClaimStore store(db());
        const Claim before = store.claim(first).value();
        QCOMPARE(before.linkCount, 2);

        auto snapshot = store.remove(first);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        QCOMPARE(snapshot.value().tagIds, (QList<qint64> { b, a }));
        QCOMPARE(snapshot.value().links.size(), 2);
        QVERIFY(!store.claim(first).ok());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_tag WHERE claim_id = %1"_s.arg(first)).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_link"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'tewas'"_s).toInt(), 0);

        QVERIFY(store.restore(snapshot.value()).ok());
        const Claim after = store.claim(first).value();
        QCOMPARE(after.id, first);
        QCOMPARE(after.anchor.exact, before.anchor.exact);
        QCOMPARE(after.anchor.prefix, before.anchor.prefix);
        QCOMPARE(after.status, ClaimStatus::False);
        QCOMPARE(after.created, before.created);
        QCOMPARE(after.author, before.author);
        QCOMPARE(after.tags.size(), 2);
        QCOMPARE(after.tags.at(0).id, b);
        QCOMPARE(after.linkCount, 2);
        QVERIFY(links.link(out).ok());
        QCOMPARE(links.link(in).value().fromClaimId, third);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'tewas'"_s).toInt(), 1);
        QVERIFY(!store.remove(999).ok());
    }

    void bulkTagTouchesOnlyClaimsWithoutIt()
    {
        TagStore tags(db());
        const qint64 a = tags.create(u"A"_s).value().id;
        const qint64 bulk = tags.create(u"Bulk"_s).value().id;
        const qint64 has = m_library.claim(m_article, u"Pejabat"_s, { bulk });
        const qint64 lacks = m_library.claim(m_article, u"Café"_s, { a });
        const qint64 bare = m_library.claim(m_article, u"Polisi"_s);
        ClaimStore store(db());
        auto change = store.addTag({ has, lacks, bare, 999 }, bulk);
        QVERIFY2(change.ok(), qPrintable(change.error()));
        QCOMPARE(change.value().tagId, bulk);
        QCOMPARE(change.value().claimIds, (QList<qint64> { lacks, bare }));
        // Added as the last tag: the colour stays the first tag's.
        QCOMPARE(store.claim(lacks).value().tags.constFirst().id, a);
        QCOMPARE(store.claim(lacks).value().tags.constLast().id, bulk);
        QCOMPARE(store.claim(bare).value().tags.size(), 1);

        QVERIFY(store.removeTag(change.value()).ok());
        QCOMPARE(store.claim(has).value().tags.size(), 1); // it had the tag before: kept
        QCOMPARE(store.claim(lacks).value().tags.size(), 1);
        QVERIFY(store.claim(bare).value().tags.isEmpty());
    }

    void defaultClaimantIsTheSpeakerElseTheOutlet()
    {
        ActorStore actors(db());
        const Actor zakharova { 0, u"person:maria-zakharova"_s, u"Maria Zakharova"_s, Actor::Kind::Person, {}, {}, {}, {} };
        Quote quote;
        quote.start = storyText.indexOf(u"137");
        quote.end = storyText.indexOf(u",”");
        quote.speaker = zakharova;
        {
            Transaction transaction(db());
            QVERIFY(AnnotationStore(db()).replaceSuggestions(m_article, storyText, {}, { quote }, actors).ok());
            QVERIFY(transaction.commit().ok());
        }
        const qint64 speaker = actors.actorByKey(u"person:maria-zakharova"_s).value()->id;
        ClaimStore store(db());
        const qsizetype inside = storyText.indexOf(u"tewas");
        QCOMPARE(store.defaultClaimant(m_article, inside, inside + 5).value(), speaker);

        // Outside the quotation: the outlet, as an actor of kind outlet, made once.
        const qsizetype outside = storyText.indexOf(u"Polisi");
        const qint64 outlet = store.defaultClaimant(m_article, outside, outside + 6).value();
        QVERIFY(outlet > 0 && outlet != speaker);
        QCOMPARE(actors.actor(outlet).value().kind, Actor::Kind::Outlet);
        QCOMPARE(actors.actor(outlet).value().name, u"Kompas"_s);
        QCOMPARE(store.defaultClaimant(m_article, outside, outside + 6).value(), outlet);

        // A rejected quotation names nobody.
        const qint64 quoteId = AnnotationStore(db()).quotes(m_article).value().constFirst().id;
        QVERIFY(AnnotationStore(db()).rejectQuote(quoteId).ok());
        QCOMPARE(store.defaultClaimant(m_article, inside, inside + 5).value(), outlet);

        // A story without an outlet: nobody.
        const qint64 bare = m_library.story(u"Bare"_s, u"Nobody said 3 things."_s, QString(), QDate());
        QCOMPARE(store.defaultClaimant(bare, 0, 6).value(), 0);
    }

    void listFiltersByTagWithDescendantsAndByClaimant()
    {
        TagStore tags(db());
        const Tag parent = tags.byPath(u"Casualties"_s, true).value();
        const Tag child = tags.byPath(u"Casualties/Death toll"_s, true).value();
        const qint64 other = tags.create(u"Other"_s).value().id;
        const qint64 later = m_library.story(u"Later"_s, u"Toll rises to 145 dead."_s, u"TASS"_s, QDate(2024, 3, 26));
        const qint64 undated = m_library.story(u"Undated"_s, u"Toll is 139."_s, u"Meduza"_s, QDate());
        const qint64 onChild = m_library.claim(later, u"145 dead"_s, { child.id });
        const qint64 onParent = m_library.claim(m_article, u"137 orang"_s, { parent.id });
        const qint64 onOther = m_library.claim(undated, u"139"_s, { other });
        ClaimStore store(db());
        const auto ids = [](const QList<Claim> &claims) {
            QList<qint64> result;
            for (const Claim &claim : claims) {
                result.append(claim.id);
            }
            return result;
        };
        // Earliest story first, unknown dates last.
        QCOMPARE(ids(store.claims(ClaimFilter {}).value()), (QList<qint64> { onParent, onChild, onOther }));
        QCOMPARE(ids(store.claims(ClaimFilter { parent.id, 0 }).value()), (QList<qint64> { onParent, onChild }));
        QCOMPARE(ids(store.claims(ClaimFilter { child.id, 0 }).value()), (QList<qint64> { onChild }));
        ClaimFields fields = store.fields(onOther).value();
        fields.claimantActorId = ActorStore(db()).addActor(Actor { 0, {}, u"Meduza"_s, Actor::Kind::Outlet, {}, {}, {}, {} }).value().id;
        QVERIFY(store.setFields(onOther, fields).ok());
        QCOMPARE(ids(store.claims(ClaimFilter { 0, fields.claimantActorId }).value()), (QList<qint64> { onOther }));
        QCOMPARE(ids(store.claimsById({ onOther, 999, onParent }).value()), (QList<qint64> { onOther, onParent }));
    }
};

QTEST_GUILESS_MAIN(ClaimStoreTest)
#include "tst_claimstore.moc"
