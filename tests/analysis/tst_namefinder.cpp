// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actormatcher.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"
#include "analysis/wordlexicon.h"
#include "mentionnames.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;

// The name finder through ActorMatcher::match(), as the analyzer runs it: the shipped gazetteer,
// the shipped language files and the Debian spelling dictionaries (hunspell-id, hunspell-ru,
// hunspell-en-us; scripts/packages.txt). Every name here is made up, so no list holds it.
namespace
{

using TestSupport::matchName;

QString kindName(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return u"person"_s;
    case Actor::Kind::City:
        return u"city"_s;
    case Actor::Kind::Organisation:
        return u"organisation"_s;
    default:
        return u"other"_s;
    }
}

// "text|actor key|kind|match" for the mentions found by rule under a person, place or
// organisation key: the names no list holds.
QStringList describeFound(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions) {
        const QString &key = m.actor.key;
        if (m.origin != AnnotationOrigin::Rule ||
            !(key.startsWith(u"person:") || key.startsWith(u"place:") || key.startsWith(u"org:"))) {
            continue;
        }
        out.append(m.text + u'|' + key + u'|' + kindName(m.actor.kind) + u'|' + matchName(m.match));
    }
    return out;
}

// Every mention, for a failure message that shows what the gazetteer took as well.
QString describeAll(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions) {
        out.append(m.text + u'|' + m.actor.key + u'|' + matchName(m.match) + u'|' +
            (m.origin == AnnotationOrigin::Rule ? u"rule"_s : u"gazetteer"_s));
    }
    return out.join(u"; "_s);
}

} // namespace

class TestNameFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void find_data();
    void find();
    void withoutDictionary_data();
    void withoutDictionary();

private:
    void compareFound(
        const ActorMatcher &matcher, const QString &text, const QString &language, const QStringList &expected);

    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<LanguageProfiles> m_languages;
    std::unique_ptr<ActorMatcher> m_matcher;
};

void TestNameFinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Only the system's dictionaries: no folder of the environment in front of them.
    qunsetenv("DATELINE_HUNSPELL_PATH");
    // Without them the rows below test something else; say so instead of failing row by row.
    for (const QString &name : { u"id_ID"_s, u"en_US"_s, u"ru_RU"_s }) {
        QVERIFY2(WordLexicon::open(name),
            qPrintable(name + u" not found in /usr/share/hunspell (hunspell-id, -en-us, -ru)"_s));
    }
    m_gazetteer = std::make_unique<Gazetteer>(Gazetteer::shipped());
    m_languages = std::make_unique<LanguageProfiles>();
    m_matcher = std::make_unique<ActorMatcher>(*m_gazetteer, *m_languages);
}

void TestNameFinder::compareFound(
    const ActorMatcher &matcher, const QString &text, const QString &language, const QStringList &expected)
{
    const ActorMatches matches = matcher.match(text, language);
    const QStringList found = describeFound(matches.mentions);
    QVERIFY2(found == expected,
        qPrintable(u"\n   found:    "_s + found.join(u"; "_s) + u"\n   expected: "_s + expected.join(u"; "_s) +
            u"\n   all:      "_s + describeAll(matches.mentions)));
}

void TestNameFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    // Indonesian
    QTest::newRow("id: two-word person after kata")
        << u"“Kami belum menerima laporan itu,” kata Sutarjo Wanggaleng kepada wartawan."_s << u"id"_s
        << QStringList { u"Sutarjo Wanggaleng|person:sutarjo-wanggaleng|person|exact"_s };
    QTest::newRow("id: place after di") << u"Pabrik baru itu dibangun di Karangwelas tahun lalu."_s << u"id"_s
                                        << QStringList { u"Karangwelas|place:karangwelas|city|exact"_s };
    // The key leaves out the word that says what it is: the company is the same without "PT".
    QTest::newRow("id: PT heads an organisation")
        << u"Saham PT Sindang Makmurjaya naik tajam pekan ini."_s << u"id"_s
        << QStringList { u"PT Sindang Makmurjaya|org:sindang-makmurjaya|organisation|exact"_s };
    QTest::newRow("id: the organisation named again without PT")
        << u"Saham PT Sindang Makmurjaya naik. Direksi Sindang Makmurjaya senang."_s << u"id"_s
        << QStringList { u"PT Sindang Makmurjaya|org:sindang-makmurjaya|organisation|exact"_s,
               u"Sindang Makmurjaya|org:sindang-makmurjaya|organisation|exact"_s };
    QTest::newRow("id: a surname after the full name refers back")
        << u"Darsono Wirapati tiba lebih dulu. Setelah itu Wirapati berbicara."_s << u"id"_s
        << QStringList { u"Darsono Wirapati|person:darsono-wirapati|person|exact"_s,
               u"Wirapati|person:darsono-wirapati|person|surname"_s };
    QTest::newRow("id: Jalan heads a place")
        << u"Kecelakaan itu terjadi di Jalan Kenanga Tirtoloyo pagi tadi."_s << u"id"_s
        << QStringList { u"Jalan Kenanga Tirtoloyo|place:jalan-kenanga-tirtoloyo|city|exact"_s };
    QTest::newRow("id: lower-case jalan heads a place too")
        << u"Kemacetan panjang terjadi di jalan Tirtoloyo sejak pagi."_s << u"id"_s
        << QStringList { u"jalan Tirtoloyo|place:jalan-tirtoloyo|city|exact"_s };
    QTest::newRow("id: all lower case, an unknown word after presiden")
        << u"menurut laporan itu presiden tormandoyo menyatakan bahwa rakyat harus tetap tenang"_s << u"id"_s
        << QStringList { u"tormandoyo|person:tormandoyo|person|exact"_s };
    QTest::newRow("id: title-case headline, its common words are no names")
        << u"Warga Desa Menolak Rencana Pembangunan Pabrik Semen Baru\nPara warga berkumpul sejak pagi."_s << u"id"_s
        << QStringList {};
    QTest::newRow("id: sentence-initial common word is no part of the name")
        << u"Rapat dimulai pukul sembilan. Kemudian Darsono Wirapati menandatangani kontrak itu."_s << u"id"_s
        << QStringList { u"Darsono Wirapati|person:darsono-wirapati|person|exact"_s };
    QTest::newRow("id: months and weekdays are no names")
        << u"Rapat digelar pada Senin dan berlanjut hingga Januari tahun depan."_s << u"id"_s << QStringList {};
    QTest::newRow("id: a surname alone before the full name stays its own person")
        << u"Wirapati tiba lebih dulu. Setelah itu Darsono Wirapati berbicara."_s << u"id"_s
        << QStringList { u"Wirapati|person:wirapati|person|exact"_s,
               u"Darsono Wirapati|person:darsono-wirapati|person|exact"_s };

    // English
    // "Mr." is one of English's titles: the title rule names the person before the name finder runs.
    QTest::newRow("en: Mr before a person") << u"The plan was drafted by Mr Quimbrey last spring."_s << u"en"_s
                                            << QStringList { u"Quimbrey|person:quimbrey|person|title"_s };
    QTest::newRow("en: person after said")
        << u"“The count was fair,” said Imogen Castellane on the steps."_s << u"en"_s
        << QStringList { u"Imogen Castellane|person:imogen-castellane|person|exact"_s };
    QTest::newRow("en: sentence-initial However is no part of the name")
        << u"The vote was close. However Tobias Wrenfield disagreed with the result."_s << u"en"_s
        << QStringList { u"Tobias Wrenfield|person:tobias-wrenfield|person|exact"_s };
    QTest::newRow("en: title-case headline, its common words are no names")
        << u"Residents Reject Plans For Another Cement Factory\nThe council met again last night."_s << u"en"_s
        << QStringList {};
    QTest::newRow("en: a surname after the full name refers back")
        << u"Tobias Wrenfield arrived late. Later Wrenfield said sorry."_s << u"en"_s
        << QStringList { u"Tobias Wrenfield|person:tobias-wrenfield|person|exact"_s,
               u"Wrenfield|person:tobias-wrenfield|person|surname"_s };
    // "was" reads like the Arabic name of an agency in Latin letters; in lower case it is a word.
    QTest::newRow("en: a lower-case word is no name from a script without capitals")
        << u"The vote was close. However, the count was delayed."_s << u"en"_s << QStringList {};
    QTest::newRow("en: months and weekdays are no names")
        << u"The talks resume on Thursday and end in March."_s << u"en"_s << QStringList {};

    // Russian
    // Keys of Russian names are made of inflection stems (TextNormalizer::inflectionStem).
    QTest::newRow("ru: first name and patronymic-ending surname")
        << u"В среду перед журналистами выступил Аркадий Пельменов."_s << u"ru"_s
        << QStringList { u"Аркадий Пельменов|person:arkad-pelmen|person|exact"_s };
    QTest::newRow("ru: first name alone is a person by its patronymic in the dictionary")
        << u"Вечером Прохор вернулся домой."_s << u"ru"_s << QStringList { u"Прохор|person:prohor|person|exact"_s };
    QTest::newRow("ru: one word beginning like an agency is an organisation")
        << u"Проверку провёл Росбумнадзор на прошлой неделе."_s << u"ru"_s
        << QStringList { u"Росбумнадзор|org:rosbumnadzor|organisation|exact"_s };
    QTest::newRow("ru: place ending after в") << u"Делегация отправилась в Зарубинск утром."_s << u"ru"_s
                                              << QStringList { u"Зарубинск|place:zarubinsk|city|exact"_s };
    QTest::newRow("ru: organisation in quotation marks")
        << u"Акции «Стрелковед» выросли за неделю."_s << u"ru"_s
        << QStringList { u"Стрелковед|org:strelkoved|organisation|exact"_s };
    // After a dateline's dash the story's first word is capitalised as any sentence's is.
    QTest::newRow("ru: a common word after the dateline's dash is no name")
        << u"Москва, 2 декабря — Глава компании «Стрелковед» ушёл в отставку."_s << u"ru"_s
        << QStringList { u"компании «Стрелковед|org:strelkoved|organisation|exact"_s };
    QTest::newRow("ru: a declined surname refers back")
        << u"Выступил Аркадий Пельменов. Позже Пельменова поддержали коллеги."_s << u"ru"_s
        << QStringList { u"Аркадий Пельменов|person:arkad-pelmen|person|exact"_s,
               u"Пельменова|person:arkad-pelmen|person|surname"_s };
    QTest::newRow("ru: the full name declined is the same person")
        << u"Выступил Аркадий Пельменов. Позже слово дали Аркадию Пельменову."_s << u"ru"_s
        << QStringList { u"Аркадий Пельменов|person:arkad-pelmen|person|exact"_s,
               u"Аркадию Пельменову|person:arkad-pelmen|person|exact"_s };
    QTest::newRow("ru: a first name in -ий is a person by its patronymic")
        << u"Вечером Аркадий вернулся домой."_s << u"ru"_s << QStringList { u"Аркадий|person:arkad|person|exact"_s };
    // "-ов" ends many surnames; after "в" it is a town.
    QTest::newRow("ru: a place after в, whatever its ending")
        << u"Вечером делегация вернулась в Перемилов."_s << u"ru"_s
        << QStringList { u"Перемилов|place:peremil|city|exact"_s };
    // Spans run from word to word (as the NER corpora mark them); the key leaves out "компании".
    QTest::newRow("ru: an organisation after компании is the same without it")
        << u"Акции компании «Стрелковед» выросли. «Стрелковед» доволен."_s << u"ru"_s
        << QStringList { u"компании «Стрелковед|org:strelkoved|organisation|exact"_s,
               u"Стрелковед|org:strelkoved|organisation|exact"_s };
    // A title's own organisation or state stands between it and the person.
    QTest::newRow("ru: after a title, an acronym is the title's organisation")
        << u"Вчера президент ФИФА Зепп Блаттер прилетел в город."_s << u"ru"_s
        << QStringList { u"ФИФА|org:fif|organisation|exact"_s, u"Зепп Блаттер|person:zepp-blatter|person|title"_s };
    QTest::newRow("ru: after a title, a place the dictionary knows is the title's state")
        << u"Вчера выступил президент Белоруссии Аркадий Пельменов."_s << u"ru"_s
        << QStringList { u"Белоруссии|place:beloruss|city|exact"_s,
               u"Аркадий Пельменов|person:arkadii-pelmenov|person|title"_s };
    // The adjectives that qualify a head word are the name's too, as the NER corpora mark them.
    QTest::newRow("ru: adjectives before the head word belong to the name")
        << u"Об этом сообщили в социальной сети Стрелковед."_s << u"ru"_s
        << QStringList { u"социальной сети Стрелковед|org:strelkoved|organisation|exact"_s };
    QTest::newRow("ru: a head word before a first name is not the person's")
        << u"Вчера основатель компании Марк Зильберштейн уехал."_s << u"ru"_s
        << QStringList { u"Марк Зильберштейн|person:mark-zilberstein|person|exact"_s };
}

void TestNameFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    compareFound(*m_matcher, text, language, expected);
}

void TestNameFinder::withoutDictionary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    // Malay's language file names no dictionary; "" is no language at all (all rules, no lexicon).
    QTest::newRow("ms: capitalised name mid-sentence")
        << u"Pegawai itu bertemu Haziq Ramlanudin di pejabatnya semalam."_s << u"ms"_s
        << QStringList { u"Haziq Ramlanudin|person:haziq-ramlanudin|person|exact"_s };
    // Without a dictionary a capitalised first word counts only with a capitalised word after it:
    // alone it is no name, before a name nothing tells it from the name's first word (the limit
    // the dictionary lifts; compare "id: sentence-initial common word is no part of the name").
    QTest::newRow("ms: a capitalised first word alone is no name")
        << u"Semalam mesyuarat itu ditangguhkan. Pegawai bertemu Haziq Ramlanudin."_s << u"ms"_s
        << QStringList { u"Haziq Ramlanudin|person:haziq-ramlanudin|person|exact"_s };
    QTest::newRow("ms: a capitalised first word before a name joins it")
        << u"Semalam Haziq Ramlanudin tiba di pejabat."_s << u"ms"_s
        << QStringList { u"Semalam Haziq Ramlanudin|person:semalam-haziq-ramlanudin|person|exact"_s };
    QTest::newRow("no language: capitalised name mid-sentence")
        << u"The envoy met Haziq Ramlanudin yesterday."_s << u""_s
        << QStringList { u"Haziq Ramlanudin|person:haziq-ramlanudin|person|exact"_s };
}

void TestNameFinder::withoutDictionary()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);

    // An empty folder first on the path; /usr/share/hunspell is searched after it all the same,
    // so a language without a dictionary is one whose file names none.
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QVERIFY(qputenv("DATELINE_HUNSPELL_PATH", QFile::encodeName(empty.path())));
    const auto restore = qScopeGuard([] { qunsetenv("DATELINE_HUNSPELL_PATH"); });
    QCOMPARE(WordLexicon::searchPaths().first(), empty.path());
    QVERIFY(!WordLexicon::open(m_languages->profile(language).hunspell));

    // A matcher of its own: a matcher keeps the lexicon it opened for a language.
    const ActorMatcher matcher(*m_gazetteer, *m_languages);
    compareFound(matcher, text, language, expected);
}

QTEST_GUILESS_MAIN(TestNameFinder)
#include "tst_namefinder.moc"
