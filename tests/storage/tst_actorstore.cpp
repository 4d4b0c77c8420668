// SPDX-License-Identifier: GPL-3.0-or-later
// ActorStore: actor rows for gazetteer actors, the reader's own actors and aliases, search, the
// library's part of the gazetteer (what the reader taught) and acronym offers.

#include "libraryfixture.h"

#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

Actor gazetteerActor(const QString &key, const QString &name, Actor::Kind kind, const QString &wikidata = {})
{
    Actor actor;
    actor.key = key;
    actor.name = name;
    actor.kind = kind;
    actor.wikidataId = wikidata;
    return actor;
}

Mention mentionOf(const Actor &actor, qsizetype start, qsizetype end)
{
    Mention mention;
    mention.actor = actor;
    mention.start = start;
    mention.end = end;
    return mention;
}

} // namespace

class ActorStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;

    QSqlDatabase db() const { return m_library->database(); }

    qint64 addArticle(const QString &title, const QString &text, const QString &outlet = u"Reuters"_s)
    {
        QString error;
        const QList<qint64> ids = insertAll(db(), { makeArticle(title, text, outlet) }, &error);
        return ids.isEmpty() ? 0 : ids.constFirst();
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
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void ensureByKeyCreatesOneRow()
    {
        ActorStore store(db());
        const Actor russia = gazetteerActor(u"state:RU"_s, u"Russia"_s, Actor::Kind::State);
        auto first = store.ensure(russia);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        // Another store (no shared cache) finds the same row by key.
        ActorStore other(db());
        auto second = other.ensure(gazetteerActor(u"state:RU"_s, u"Rusia"_s, Actor::Kind::State));
        QVERIFY(second.ok());
        QCOMPARE(second.value(), first.value());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM actor"_s).toInt(), 1);
        auto stored = store.actorByKey(u"state:RU"_s);
        QVERIFY(stored.ok() && stored.value().has_value());
        QCOMPARE(stored.value()->name, u"Russia"_s);
        QCOMPARE(stored.value()->kind, Actor::Kind::State);
    }

    void ensureGivesAKeyToARowWithTheSameWikidataId()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(
            u"INSERT INTO actor (name, kind, wikidata_id) VALUES ('Zamir Kabulov', 'person', 'Q4066543')"_s));
        const qint64 old = query.lastInsertId().toLongLong();
        ActorStore store(db());
        auto id = store.ensure(
            gazetteerActor(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person, u"Q4066543"_s));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(id.value(), old);
        QCOMPARE(scalar(db(), u"SELECT key FROM actor WHERE id = %1"_s.arg(old)).toString(), u"person:zamir-kabulov"_s);
    }

    void ensureWithoutKeyMatchesNameAndKind_data()
    {
        QTest::addColumn<QString>("secondName");
        QTest::addColumn<int>("secondKind");
        QTest::addColumn<bool>("same");
        QTest::newRow("same name and kind") << u"Ahmad Yani"_s << int(Actor::Kind::Person) << true;
        QTest::newRow("name in another case") << u"AHMAD YANI"_s << int(Actor::Kind::Person) << true;
        QTest::newRow("another kind") << u"Ahmad Yani"_s << int(Actor::Kind::Organisation) << false;
        QTest::newRow("another name") << u"Ahmad Yanis"_s << int(Actor::Kind::Person) << false;
    }

    void ensureWithoutKeyMatchesNameAndKind()
    {
        QFETCH(QString, secondName);
        QFETCH(int, secondKind);
        QFETCH(bool, same);
        ActorStore store(db());
        Actor person;
        person.name = u"Ahmad Yani"_s;
        person.kind = Actor::Kind::Person;
        auto first = store.ensure(person);
        QVERIFY(first.ok());
        Actor second;
        second.name = secondName;
        second.kind = Actor::Kind(secondKind);
        auto other = store.ensure(second);
        QVERIFY(other.ok());
        QCOMPARE(other.value() == first.value(), same);
    }

    void ensureRefusesAnActorWithoutName()
    {
        ActorStore store(db());
        QVERIFY(!store.ensure(Actor()).ok());
        Actor missing;
        missing.id = 4242;
        QVERIFY(!store.ensure(missing).ok());
    }

    void everyKindIsStoredAndReadBack_data()
    {
        QTest::addColumn<int>("kind");
        for (const auto kind :
            { Actor::Kind::State, Actor::Kind::Person, Actor::Kind::Organisation, Actor::Kind::ArmedGroup,
                Actor::Kind::NewsAgency, Actor::Kind::Outlet, Actor::Kind::City, Actor::Kind::Other }) {
            QTest::newRow(qPrintable(actorKindName(kind))) << int(kind);
        }
    }

    void everyKindIsStoredAndReadBack()
    {
        QFETCH(int, kind);
        ActorStore store(db());
        Actor actor;
        actor.name = u"Somebody"_s;
        actor.kind = Actor::Kind(kind);
        actor.country = u"ID"_s;
        actor.checked = QDate(2025, 5, 1);
        auto added = store.addActor(actor);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        auto read = store.actor(added.value().id);
        QVERIFY(read.ok());
        QCOMPARE(int(read.value().kind), kind);
        QCOMPARE(read.value().country, u"ID"_s);
        QCOMPARE(read.value().checked, QDate(2025, 5, 1));
    }

    void addedActorsGetALibraryKey()
    {
        ActorStore store(db());
        Actor actor;
        actor.name = u"  Imarah Islam Afghanistan "_s;
        actor.kind = Actor::Kind::ArmedGroup;
        auto added = store.addActor(actor);
        QVERIFY(added.ok());
        QCOMPARE(added.value().key, ActorStore::libraryKey(added.value().id));
        QCOMPARE(added.value().name, u"Imarah Islam Afghanistan"_s);
        auto byKey = store.ensure(gazetteerActor(added.value().key, u"other name"_s, Actor::Kind::Other));
        QCOMPARE(byKey.value(), added.value().id);
        QVERIFY(!store.addActor(Actor()).ok());

        added.value().description = u"the Taliban's name for their state"_s;
        QVERIFY(store.updateActor(added.value()).ok());
        QCOMPARE(store.actor(added.value().id).value().description, added.value().description);
        QVERIFY(store.removeActor(added.value().id).ok());
        QVERIFY(!store.actor(added.value().id).ok());
        QVERIFY(!store.removeActor(added.value().id).ok());
    }

    void aliasesAreAddedOnceAndRemoved()
    {
        ActorStore store(db());
        auto taliban = store.ensure(gazetteerActor(u"armed_group:taliban"_s, u"Taliban"_s, Actor::Kind::ArmedGroup));
        QVERIFY(taliban.ok());
        Alias alias;
        alias.actorKey = u"armed_group:taliban"_s;
        alias.text = u"IIA"_s;
        alias.language = u"id"_s;
        alias.kind = Alias::Kind::Acronym;
        auto first = store.addAlias(alias);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto again = store.addAlias(alias);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), first.value());
        alias.language = u"en"_s;
        QVERIFY(store.addAlias(alias).value() != first.value());

        auto aliases = store.aliases(taliban.value());
        QVERIFY(aliases.ok());
        QCOMPARE(aliases.value().size(), 2);
        QCOMPARE(aliases.value().constFirst().kind, Alias::Kind::Acronym);
        QCOMPARE(aliases.value().constFirst().actorKey, u"armed_group:taliban"_s);

        QVERIFY(store.removeAlias(first.value()).ok());
        QCOMPARE(store.aliases(taliban.value()).value().size(), 1);
        QVERIFY(!store.removeAlias(first.value()).ok());

        Alias orphan;
        orphan.actorKey = u"state:XX"_s;
        orphan.text = u"Nowhere"_s;
        QVERIFY(!store.addAlias(orphan).ok());
        orphan.actorId = taliban.value();
        orphan.text = u"  "_s;
        QVERIFY(!store.addAlias(orphan).ok());
    }

    void searchFindsNamesAndAliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("start of a name") << u"zam"_s << QStringList { u"Zamir Kabulov"_s };
        QTest::newRow("a later word of a name") << u"kabul"_s << QStringList { u"Kabul"_s, u"Zamir Kabulov"_s };
        QTest::newRow("start of an alias") << u"imarah"_s << QStringList { u"Taliban"_s };
        QTest::newRow("a later word of an alias") << u"Islam Afg"_s << QStringList { u"Taliban"_s };
        QTest::newRow("wildcards are text") << u"%"_s << QStringList {};
        QTest::newRow("underscore is text") << u"_amir"_s << QStringList {};
        QTest::newRow("nothing for blanks") << u"  "_s << QStringList {};
    }

    void searchFindsNamesAndAliases()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        ActorStore store(db());
        QVERIFY(store.ensure(gazetteerActor(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person)).ok());
        QVERIFY(store.ensure(gazetteerActor(u"city:kabul"_s, u"Kabul"_s, Actor::Kind::City)).ok());
        auto taliban = store.ensure(gazetteerActor(u"armed_group:taliban"_s, u"Taliban"_s, Actor::Kind::ArmedGroup));
        Alias alias;
        alias.actorId = taliban.value();
        alias.text = u"Imarah Islam Afghanistan"_s;
        auto aliasId = store.addAlias(alias);
        QVERIFY2(aliasId.ok(), qPrintable(aliasId.error()));
        auto found = store.search(text);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QStringList foundNames;
        for (const Actor &actor : found.value()) {
            foundNames.append(actor.name);
        }
        QCOMPARE(foundNames, names);
    }

    void libraryGazetteerHoldsWhatTheReaderTaught()
    {
        const QString text = u"AS dan Rusia. AS lagi. Kabul menolak. IIA berkata."_s;
        const qint64 article = addArticle(u"Story"_s, text);
        const qint64 second = addArticle(u"Second"_s, u"AS is here."_s);
        QVERIFY(article != 0 && second != 0);
        ActorStore actors(db());
        AnnotationStore annotations(db());
        const Actor us = gazetteerActor(u"state:US"_s, u"United States"_s, Actor::Kind::State);
        const Actor kabul = gazetteerActor(u"city:kabul"_s, u"Kabul"_s, Actor::Kind::City);
        const Actor iskp = gazetteerActor(u"armed_group:iskp"_s, u"ISKP"_s, Actor::Kind::ArmedGroup);
        const Actor taliban = gazetteerActor(u"armed_group:taliban"_s, u"Taliban"_s, Actor::Kind::ArmedGroup);
        {
            Transaction transaction(db());
            QVERIFY(annotations
                        .replaceSuggestions(article, text,
                            { mentionOf(us, 0, 2), mentionOf(us, 14, 16), mentionOf(kabul, 23, 28),
                                mentionOf(iskp, 38, 41) },
                            {}, actors)
                        .ok());
            QVERIFY(annotations.replaceSuggestions(second, u"AS is here."_s, { mentionOf(us, 0, 2) }, {}, actors).ok());
            QVERIFY(transaction.commit().ok());
        }
        const QList<Mention> mentions = annotations.mentions(article).value();
        QCOMPARE(mentions.size(), 4);
        // "AS" rejected in one place but confirmed in the other story: not suppressed.
        QVERIFY(annotations.rejectMention(mentions.at(0).id).ok());
        QVERIFY(annotations.confirmMention(annotations.mentions(second).value().constFirst().id).ok());
        // "Kabul" rejected: suppressed.
        QVERIFY(annotations.rejectMention(mentions.at(2).id).ok());
        // "IIA" given to the Taliban: an alias of theirs and a suppression for ISKP.
        auto talibanId = actors.ensure(taliban);
        QVERIFY(annotations.reassignMention(mentions.at(3).id, talibanId.value()).ok());
        Actor own;
        own.name = u"Majelis Mujahidin"_s;
        auto added = actors.addActor(own);
        QVERIFY(added.ok());

        auto gazetteer = actors.libraryGazetteer();
        QVERIFY2(gazetteer.ok(), qPrintable(gazetteer.error()));
        QStringList keys;
        for (const Actor &actor : gazetteer.value().actors) {
            keys.append(actor.key);
        }
        keys.sort();
        QCOMPARE(keys, (QStringList { u"armed_group:taliban"_s, added.value().key }));
        QCOMPARE(gazetteer.value().aliases.size(), 1);
        QCOMPARE(gazetteer.value().aliases.constFirst().actorKey, u"armed_group:taliban"_s);
        QCOMPARE(gazetteer.value().aliases.constFirst().text, u"IIA"_s);
        QCOMPARE(gazetteer.value().aliases.constFirst().language, u"en"_s);
        const QList<Suppression> expected = { { u"armed_group:iskp"_s, u"IIA"_s }, { u"city:kabul"_s, u"Kabul"_s } };
        QCOMPARE(gazetteer.value().suppressions, expected);

        // Undoing the re-assignment forgets what it taught.
        auto back = annotations.mention(mentions.at(3).id);
        QCOMPARE(back.value().actor.id, talibanId.value());
        AnnotationChange change;
        change.id = mentions.at(3).id;
        change.actorId = talibanId.value();
        change.previousActorId = actors.ensure(iskp).value();
        change.state = AnnotationState::Confirmed;
        QVERIFY(annotations.revert(change).ok());
        const auto after = actors.libraryGazetteer().value();
        QCOMPARE(after.suppressions.size(), 1);
        QVERIFY(after.aliases.isEmpty());
    }

    void actorsOfArticleCountsMentionsFormsAndQuotes()
    {
        const QString text = u"Moskow dan Kabul. Rusia bantu. Kata Kabulov kepada RIA. Rusia lagi."_s;
        const qint64 article = addArticle(u"Story"_s, text);
        ActorStore actors(db());
        AnnotationStore annotations(db());
        const Actor russia = gazetteerActor(u"state:RU"_s, u"Russia"_s, Actor::Kind::State);
        const Actor moscow = gazetteerActor(u"city:moscow"_s, u"Moscow"_s, Actor::Kind::City);
        const Actor kabulov = gazetteerActor(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person);
        const Actor ria = gazetteerActor(u"news_agency:ria"_s, u"RIA Novosti"_s, Actor::Kind::NewsAgency);
        Mention capital = mentionOf(moscow, 0, 6);
        capital.alsoActor = russia;
        Quote quote;
        quote.start = 18;
        quote.end = 30;
        quote.speaker = kabulov;
        quote.via = { ria };
        {
            Transaction transaction(db());
            QVERIFY(
                annotations
                    .replaceSuggestions(article, text,
                        { capital, mentionOf(russia, 18, 23), mentionOf(kabulov, 36, 43), mentionOf(russia, 56, 61) },
                        { quote }, actors)
                    .ok());
            QVERIFY(transaction.commit().ok());
        }
        const QList<Mention> mentions = annotations.mentions(article).value();
        QVERIFY(annotations.rejectMention(mentions.at(3).id).ok());

        auto list = actors.actorsOfArticle(article);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QStringList rows;
        for (const ActorInArticle &row : list.value()) {
            rows.append(
                u"%1 %2/%3 %4"_s.arg(row.actor.name).arg(row.mentions).arg(row.quotes).arg(row.forms.join(u',')));
        }
        QCOMPARE(rows,
            (QStringList { u"Russia 2/0 Moskow,Rusia"_s, u"Zamir Kabulov 1/1 Kabulov"_s, u"Moscow 1/0 Moskow"_s,
                u"RIA Novosti 0/1 "_s }));
    }

    void acronymsAreOfferedOnceAndAccepted()
    {
        const qint64 article = addArticle(u"Story"_s, u"Islamic State Khurasan Provience (ISKP)."_s);
        ActorStore store(db());
        auto iskp = store.ensure(
            gazetteerActor(u"armed_group:iskp"_s, u"Islamic State Khorasan Province"_s, Actor::Kind::ArmedGroup));
        AcronymOffer offer;
        offer.articleId = article;
        offer.acronym = u"ISKP"_s;
        offer.expansion = u"Islamic State Khurasan Provience"_s;
        offer.actorId = iskp.value();
        auto offered = store.offerAcronym(offer);
        QVERIFY2(offered.ok(), qPrintable(offered.error()));
        QVERIFY(store.offerAcronym(offer).ok());
        AcronymOffer unknown;
        unknown.articleId = article;
        unknown.acronym = u"MMI"_s;
        unknown.expansion = u"Majelis Mujahidin Indonesia"_s;
        QVERIFY(store.offerAcronym(unknown).ok());
        QVERIFY(store.offerAcronym(unknown).ok());
        QVERIFY(!store.offerAcronym(AcronymOffer()).ok());

        auto offers = store.acronymOffers(article);
        QVERIFY(offers.ok());
        QCOMPARE(offers.value().size(), 2);
        QCOMPARE(store.acronymOffers().value().size(), 2);

        auto alias = store.acceptAcronym(offers.value().at(0).id);
        QVERIFY2(alias.ok(), qPrintable(alias.error()));
        QCOMPARE(alias.value().actorId, iskp.value());
        QCOMPARE(alias.value().kind, Alias::Kind::Acronym);
        QCOMPARE(store.aliases(iskp.value()).value().size(), 1);

        // An acronym for no known actor makes an organisation named by its expansion.
        auto created = store.acceptAcronym(offers.value().at(1).id);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(store.actor(created.value().actorId).value().name, u"Majelis Mujahidin Indonesia"_s);
        QVERIFY(store.acronymOffers().value().isEmpty());

        // Accepted or dismissed, an acronym is not offered again, and neither is a known alias.
        QVERIFY(store.offerAcronym(offer).ok());
        AcronymOffer other = unknown;
        other.acronym = u"IIA"_s;
        other.expansion = u"Imarah Islam Afghanistan"_s;
        QVERIFY(store.offerAcronym(other).ok());
        const qint64 iia = store.acronymOffers().value().constFirst().id;
        QVERIFY(store.dismissAcronym(iia).ok());
        QVERIFY(store.offerAcronym(other).ok());
        QVERIFY(store.acronymOffers().value().isEmpty());
        QVERIFY(!store.dismissAcronym(4242).ok());
        QVERIFY(!store.acceptAcronym(4242).ok());
    }
};

QTEST_GUILESS_MAIN(ActorStoreTest)
#include "tst_actorstore.moc"
