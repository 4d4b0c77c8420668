// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actormatcher.h"
#include "analysis/gazetteer.h"
#include "analysis/gazetteerindex.h"
#include "analysis/languageprofile.h"
#include "analysis/textnormalizer.h"

#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{
// The 193 member states of the United Nations (ISO 3166-1 alpha-2), written out here rather than
// read from the data, so that the test can catch a state the data loses.
const QStringList unMembers =
    u"AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH "
    u"CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI "
    u"FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP "
    u"KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM "
    u"NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST "
    u"SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV "
    u"UG UA AE GB US UY UZ VU VE VN YE ZM ZW"_s.split(u' ', Qt::SkipEmptyParts);
} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedLoads();
    void unMemberNames_data();
    void unMemberNames();
    void knownActors_data();
    void knownActors();
    void capitals();
    void places_data();
    void places();
    void placesInText_data();
    void placesInText();
    void placeAliasesAreNoCommonWords();
    void stateNamesUniquePerLanguage();
    void shortCapitalsUniquePerLanguage();
    void officesCarryCheckedDates();
    void loadErrors();
    void mergeAndSuppress();
    void ownFile();

private:
    Gazetteer m_shipped;
};

void TestGazetteer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shipped = Gazetteer::shipped();
}

void TestGazetteer::shippedLoads()
{
    QCOMPARE(unMembers.size(), 193);
    QVERIFY2(m_shipped.actorCount() > 500, qPrintable(QString::number(m_shipped.actorCount())));
    QVERIFY2(m_shipped.aliasCount() > 3000, qPrintable(QString::number(m_shipped.aliasCount())));
    QVERIFY(m_shipped.index().entries().size() > 2000);
}

void TestGazetteer::unMemberNames_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : unMembers) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestGazetteer::unMemberNames()
{
    QFETCH(QString, code);
    const QString key = u"state:"_s + code;
    const Actor *actor = m_shipped.actorByKey(key);
    QVERIFY2(actor, qPrintable(key));
    QCOMPARE(actor->kind, Actor::Kind::State);
    QCOMPARE(actor->country, code);
    QSet<QString> languages;
    for (const Alias &alias : m_shipped.aliasesOf(key)) {
        languages.insert(alias.language);
    }
    for (const QString &language : { u"en"_s, u"id"_s, u"ru"_s, u"fr"_s, u"es"_s, u"de"_s, u"ar"_s }) {
        QVERIFY2(languages.contains(language), qPrintable(key + u" has no name in "_s + language));
    }
    QVERIFY2(!m_shipped.capitalOf(key).isEmpty(), qPrintable(key + u" has no capital"_s));
}

void TestGazetteer::knownActors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("language");
    QTest::newRow("indonesian AS") << u"state:US"_s << u"AS"_s << u"id"_s;
    QTest::newRow("indonesian Amerika Serikat") << u"state:US"_s << u"Amerika Serikat"_s << u"id"_s;
    QTest::newRow("indonesian Rusia") << u"state:RU"_s << u"Rusia"_s << u"id"_s;
    QTest::newRow("indonesian Tiongkok") << u"state:CN"_s << u"Tiongkok"_s << u"id"_s;
    QTest::newRow("indonesian Inggris") << u"state:GB"_s << u"Inggris"_s << u"id"_s;
    QTest::newRow("russian Rossiya from iso-codes") << u"state:RU"_s << u"Российская Федерация"_s << u"ru"_s;
    QTest::newRow("taliban IIA") << u"group:taliban"_s << u"IIA"_s << u"id"_s;
    QTest::newRow("taliban imarah") << u"group:taliban"_s << u"Imarah Islam Afghanistan"_s << u"id"_s;
    QTest::newRow("iskp ISIS-K") << u"group:iskp"_s << u"ISIS-K"_s << u"en"_s;
    QTest::newRow("un PBB") << u"org:un"_s << u"PBB"_s << u"id"_s;
    QTest::newRow("eu Uni Eropa") << u"org:eu"_s << u"Uni Eropa"_s << u"id"_s;
    QTest::newRow("oic OKI") << u"org:oic"_s << u"OKI"_s << u"id"_s;
    QTest::newRow("ria") << u"agency:ria-novosti"_s << u"RIA"_s << u"id"_s;
    QTest::newRow("kabulov in cyrillic") << u"person:zamir-kabulov"_s << u"Замир Кабулов"_s << u"ru"_s;
    QTest::newRow("moskow") << u"city:moscow"_s << u"Moskow"_s << u"id"_s;
}

void TestGazetteer::knownActors()
{
    QFETCH(QString, key);
    QFETCH(QString, alias);
    QFETCH(QString, language);
    QVERIFY2(m_shipped.actorByKey(key), qPrintable(key));
    const QList<Alias> aliases = m_shipped.aliasesOf(key);
    const bool found = std::any_of(
        aliases.cbegin(), aliases.cend(), [&](const Alias &a) { return a.text == alias && a.language == language; });
    QVERIFY2(found, qPrintable(key + u": "_s + alias));
}

void TestGazetteer::capitals()
{
    QCOMPARE(m_shipped.capitalOf(u"state:RU"_s), u"city:moscow"_s);
    QCOMPARE(m_shipped.stateOfCapital(u"city:moscow"_s), u"state:RU"_s);
    QCOMPARE(m_shipped.governmentOf(u"city:moscow"_s), u"state:RU"_s);
    // The gold file: Kabul in running text stands for the Taliban government.
    QCOMPARE(m_shipped.stateOfCapital(u"city:kabul"_s), u"state:AF"_s);
    QCOMPARE(m_shipped.governmentOf(u"city:kabul"_s), u"group:taliban"_s);
    QCOMPARE(m_shipped.governmentOf(u"city:kazan"_s), QString());
    QCOMPARE(m_shipped.actorByKey(u"city:kazan"_s)->kind, Actor::Kind::City);
}

void TestGazetteer::places_data()
{
    // The files of scripts/generate-places: regions (CLDR), subdivisions (iso-codes), GeoNames cities.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("language");
    QTest::newRow("region europe in indonesian") << u"region:150"_s << u"Eropa"_s << u"id"_s;
    QTest::newRow("region asia in russian") << u"region:142"_s << u"Азия"_s << u"ru"_s;
    QTest::newRow("region southeast asia in indonesian") << u"region:035"_s << u"Asia Tenggara"_s << u"id"_s;
    QTest::newRow("province jawa barat") << u"subdivision:ID-JB"_s << u"Jawa Barat"_s << u"id"_s;
    QTest::newRow("state alabama") << u"subdivision:US-AL"_s << u"Alabama"_s << u"en"_s;
    QTest::newRow("oblast in russian") << u"subdivision:RU-MOS"_s << u"Московская область"_s << u"ru"_s;
    QTest::newRow("krai in russian") << u"subdivision:RU-KDA"_s << u"Краснодарский край"_s << u"ru"_s;
    QTest::newRow("country of the uk") << u"subdivision:GB-SCT"_s << u"Scotland"_s << u"en"_s;
    QTest::newRow("geonames city palembang") << u"city:palembang"_s << u"Palembang"_s << u"en"_s;
    QTest::newRow("geonames city in russian") << u"city:novosibirsk"_s << u"Новосибирск"_s << u"ru"_s;
}

void TestGazetteer::places()
{
    QFETCH(QString, key);
    QFETCH(QString, alias);
    QFETCH(QString, language);
    const Actor *actor = m_shipped.actorByKey(key);
    QVERIFY2(actor, qPrintable(key));
    QCOMPARE(actor->kind, Actor::Kind::City);
    const QList<Alias> aliases = m_shipped.aliasesOf(key);
    const bool found = std::any_of(
        aliases.cbegin(), aliases.cend(), [&](const Alias &a) { return a.text == alias && a.language == language; });
    QVERIFY2(found, qPrintable(key + u": "_s + alias));
}

void TestGazetteer::placesInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::newRow("russian genitive of europe") << u"Он говорил о безопасности Европы и Азии."_s << u"ru"_s
                                                << u"region:150"_s;
    QTest::newRow("indonesian eropa") << u"Harga gas di Eropa naik lagi pekan ini."_s << u"id"_s << u"region:150"_s;
    QTest::newRow("english asia") << u"Markets in Asia fell on Monday."_s << u"en"_s << u"region:142"_s;
    QTest::newRow("indonesian jawa barat") << u"Banjir melanda tiga kabupaten di Jawa Barat kemarin."_s << u"id"_s
                                           << u"subdivision:ID-JB"_s;
    QTest::newRow("english alabama") << u"The governor of Alabama signed the bill."_s << u"en"_s
                                     << u"subdivision:US-AL"_s;
    QTest::newRow("russian krai") << u"Пожар начался в Краснодарском крае."_s << u"ru"_s << u"subdivision:RU-KDA"_s;
    QTest::newRow("indonesian palembang") << u"Gempa terasa hingga Palembang pada malam hari."_s << u"id"_s
                                          << u"city:palembang"_s;
}

void TestGazetteer::placesInText()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, key);
    const LanguageProfiles languages;
    const ActorMatcher matcher(m_shipped, languages);
    QStringList found;
    for (const Mention &m : matcher.match(text, language).mentions) {
        found.append(m.text + u'|' + m.actor.key);
    }
    const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const QString &f) { return f.endsWith(u'|' + key); });
    QVERIFY2(hit, qPrintable(key + u" not in: "_s + found.join(u", ")));
}

void TestGazetteer::placeAliasesAreNoCommonWords()
{
    // Words that name a part of many countries and none in particular; the generator drops them
    // (Hunspell, and the words of many subdivision names), this checks that it did.
    const QStringList common = { u"central"_s, u"western"_s, u"eastern"_s, u"northern"_s, u"southern"_s,
        u"north"_s, u"south"_s, u"east"_s, u"west"_s, u"capital"_s, u"region"_s, u"province"_s, u"city"_s,
        u"centre"_s, u"centro"_s, u"central region"_s, u"western province"_s, u"north east"_s, u"kota"_s };
    qsizetype aliases = 0;
    for (const QString &file : { u"regions.json"_s, u"subdivisions.json"_s, u"geonames-cities.json"_s }) {
        Gazetteer places;
        const Status status = places.loadFile(u":/dateline/gazetteer/"_s + file);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY2(places.actorCount() >= 25, qPrintable(file));
        for (const Actor &actor : places.actors()) {
            for (const Alias &alias : places.aliasesOf(actor.key)) {
                ++aliases;
                const QString folded = TextNormalizer::foldPhrase(alias.text);
                QVERIFY2(!common.contains(folded), qPrintable(actor.key + u": "_s + alias.text));
                const auto letters = std::count_if(alias.text.cbegin(), alias.text.cend(), [](QChar c) { return c.isLetter(); });
                QVERIFY2(letters >= 4, qPrintable(actor.key + u": "_s + alias.text));
            }
        }
    }
    QVERIFY(aliases > 10000);
}

void TestGazetteer::stateNamesUniquePerLanguage()
{
    // A name form that two states share in one language would be matched to either at random.
    QHash<QString, QString> owner;
    QStringList clashes;
    for (const Actor &actor : m_shipped.actors()) {
        if (!actor.key.startsWith(u"state:") && !actor.key.startsWith(u"territory:")) {
            continue;
        }
        for (const Alias &alias : m_shipped.aliasesOf(actor.key)) {
            const QString form = alias.language + u'|' + TextNormalizer::foldPhrase(alias.text);
            const QString previous = owner.value(form);
            if (!previous.isEmpty() && previous != actor.key) {
                clashes.append(form + u": "_s + previous + u", "_s + actor.key);
            }
            owner.insert(form, actor.key);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TestGazetteer::shortCapitalsUniquePerLanguage()
{
    // "AS", "IIA", "RIA": an acronym names one actor in a language, whatever its kind.
    QHash<QString, qint32> owner;
    QStringList clashes;
    const Gazetteer::Index &index = m_shipped.index();
    for (const Gazetteer::Index::Entry &e : index.entries()) {
        if (!e.upperOnly) {
            continue;
        }
        const QString form = e.language + u'|' + e.phrase;
        const qint32 previous = owner.value(form, -1);
        if (previous >= 0 && previous != e.actor) {
            clashes.append(form + u": "_s + index.actors().at(previous).key + u", "_s + index.actors().at(e.actor).key);
        }
        owner.insert(form, e.actor);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TestGazetteer::officesCarryCheckedDates()
{
    int people = 0;
    for (const Actor &actor : m_shipped.actors()) {
        if (actor.kind != Actor::Kind::Person) {
            continue;
        }
        ++people;
        QVERIFY2(actor.checked.isValid(), qPrintable(actor.key));
        QVERIFY2(!actor.description.isEmpty(), qPrintable(actor.key));
        QVERIFY2(actor.key.startsWith(u"person:"), qPrintable(actor.key));
    }
    QVERIFY(people >= 60);
}

void TestGazetteer::loadErrors()
{
    Gazetteer g;
    QVERIFY(!g.loadJson("{ not json", u"broken.json"_s).ok());
    const Status noKey = g.loadJson(R"({"actors": [{"name": "Nobody"}]})", u"nokey.json"_s);
    QVERIFY(!noKey.ok());
    QVERIFY(noKey.error().contains(u"nokey.json"));
    QVERIFY(!g.loadFile(u"/nonexistent/gazetteer.json"_s).ok());
}

void TestGazetteer::mergeAndSuppress()
{
    Gazetteer g;
    Actor a;
    a.key = u"group:example"_s;
    a.name = u"Example Front"_s;
    a.kind = Actor::Kind::ArmedGroup;
    Alias ef;
    ef.text = u"EF"_s;
    ef.language = u"en"_s;
    ef.kind = Alias::Kind::Acronym;
    g.addActor(a, { ef });
    QCOMPARE(g.actorCount(), 1);
    QCOMPARE(g.aliasCount(), 2); // the canonical name and EF

    Actor again;
    again.key = a.key;
    again.name = a.name;
    again.description = u"merged"_s;
    Alias other;
    other.text = u"Front Contoh"_s;
    other.language = u"id"_s;
    g.addActor(again, { other, ef });
    QCOMPARE(g.actorCount(), 1);
    QCOMPARE(g.aliasCount(), 3);
    QCOMPARE(g.actorByKey(a.key)->description, u"merged"_s);
    QCOMPARE(g.actorByKey(a.key)->kind, Actor::Kind::ArmedGroup);
    const qsizetype entries = g.index().entries().size();
    g.suppress(a.key, u"Front Contoh"_s);
    QCOMPARE(g.index().entries().size(), entries - 1);
}

void TestGazetteer::ownFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"mine.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"actors": [{"key": "city:x", "name": "Xville", "kind": "city", "capitalOf": "state:X",
        "aliases": {"id": ["Kota X", {"text": "KX", "kind": "acronym"}]}},
        {"key": "state:X", "name": "Xland", "kind": "state"}]})");
    file.close();
    Gazetteer g;
    QVERIFY(g.loadFile(file.fileName()).ok());
    QCOMPARE(g.actorCount(), 2);
    QCOMPARE(g.capitalOf(u"state:X"_s), u"city:x"_s);
    const QList<Alias> aliases = g.aliasesOf(u"city:x"_s);
    QCOMPARE(aliases.size(), 3);
    QCOMPARE(aliases.at(2).kind, Alias::Kind::Acronym);
    QCOMPARE(aliases.at(1).language, u"id"_s);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
