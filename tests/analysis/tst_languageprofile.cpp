// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/languageprofile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestLanguageProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedLanguages();
    void datesComplete_data();
    void datesComplete();
    void completeProfiles_data();
    void completeProfiles();
    void startedProfiles_data();
    void startedProfiles();
    void nameRules_data();
    void nameRules();
    void unknownLanguage();

private:
    LanguageProfiles m_profiles;
};

void TestLanguageProfile::shippedLanguages()
{
    QCOMPARE(m_profiles.codes(), (QStringList { u"ar"_s, u"en"_s, u"fr"_s, u"id"_s, u"ms"_s, u"ru"_s }));
}

void TestLanguageProfile::datesComplete_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : m_profiles.codes()) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestLanguageProfile::datesComplete()
{
    QFETCH(QString, code);
    const LanguageProfile &p = m_profiles.profile(code);
    QCOMPARE(p.code, code);
    QVERIFY(!p.name.isEmpty());
    QCOMPARE(p.months.size(), 12);
    QCOMPARE(p.weekdays.size(), 7);
    for (const QStringList &names : p.months) {
        QVERIFY(!names.isEmpty());
    }
    QVERIFY(p.dayFirst());
}

void TestLanguageProfile::completeProfiles_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("indonesian") << u"id"_s;
    QTest::newRow("english") << u"en"_s;
}

void TestLanguageProfile::completeProfiles()
{
    QFETCH(QString, code);
    const LanguageProfile &p = m_profiles.profile(code);
    const QList<std::pair<const char *, QStringList>> lists {
        { "speechVerbs", p.speechVerbs },
        { "speechVerbsBeforeSpeaker", p.speechVerbsBeforeSpeaker },
        { "pronouns", p.pronouns },
        { "clitics", p.clitics },
        { "accordingTo", p.accordingTo },
        { "relayBefore", p.relayBefore },
        { "relayCarried", p.relayCarried },
        { "relayReported", p.relayReported },
        { "thatWords", p.thatWords },
        { "titles", p.titles },
        { "locatives", p.locatives },
        { "nameParticles", p.nameParticles },
        { "connectors", p.connectors },
        { "quotationMarks", p.quotationMarks },
    };
    for (const auto &[name, list] : lists) {
        QVERIFY2(!list.isEmpty(), name);
    }
    if (code == u"id") {
        // The cues of the seed story.
        for (const QString &verb : { u"tandasnya"_s, u"ungkapnya"_s, u"katanya"_s, u"ujarnya"_s }) {
            QVERIFY2(p.cueSuffixVerbs.contains(verb), qPrintable(verb));
        }
        QVERIFY(p.speechVerbsBeforeSpeaker.contains(u"kata"_s));
        QVERIFY(p.clitics.contains(u"-nya"_s));
        QVERIFY(p.prefixes.contains(u"di"_s));
        QVERIFY(p.relayCarried.contains(u"seperti melansir"_s));
        QVERIFY(p.titles.contains(u"duta besar"_s));
        QVERIFY(p.locatives.contains(u"di luar"_s));
    } else {
        QVERIFY(p.speechVerbs.contains(u"said"_s));
        QVERIFY(p.accordingTo.contains(u"according to"_s));
        QVERIFY(p.titles.contains(u"Foreign Minister"_s));
        QVERIFY(p.monthFirstWhenUsStyle);
    }
}

void TestLanguageProfile::startedProfiles_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("russian") << u"ru"_s;
    QTest::newRow("french") << u"fr"_s;
    QTest::newRow("arabic") << u"ar"_s;
    QTest::newRow("malay") << u"ms"_s;
}

void TestLanguageProfile::startedProfiles()
{
    QFETCH(QString, code);
    const LanguageProfile &p = m_profiles.profile(code);
    QVERIFY(!p.speechVerbs.isEmpty());
    QVERIFY(!p.titles.isEmpty());
    QVERIFY(!p.accordingTo.isEmpty());
    QVERIFY(!p.quotationMarks.isEmpty());
}

void TestLanguageProfile::nameRules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("dictionary");
    QTest::newRow("indonesian") << u"id"_s << u"id_ID"_s;
    QTest::newRow("english") << u"en"_s << u"en_US"_s;
    QTest::newRow("russian") << u"ru"_s << u"ru_RU"_s;
}

// The name finder's lists are keyed by kind: a misspelt kind would be read as no kind at all.
void TestLanguageProfile::nameRules()
{
    QFETCH(QString, code);
    QFETCH(QString, dictionary);
    const LanguageProfile &p = m_profiles.profile(code);
    QVERIFY2(p.hunspell.split(u' ').contains(dictionary), qPrintable(p.hunspell));
    const QStringList kinds { u"person"_s, u"place"_s, u"organisation"_s };
    const QList<std::pair<const char *, QHash<QString, QStringList>>> lists {
        { "nameCues", p.nameCues },
        { "nameHeads", p.nameHeads },
        { "nameTails", p.nameTails },
        { "nameEndings", p.nameEndings },
        { "nameBeginnings", p.nameBeginnings },
    };
    for (const auto &[name, byKind] : lists) {
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            QVERIFY2(kinds.contains(it.key()), qPrintable(QString::fromLatin1(name) + u": "_s + it.key()));
        }
    }
    QVERIFY(!p.nameCues.value(u"person"_s).isEmpty());
    QVERIFY(!p.nameCues.value(u"place"_s).isEmpty());
    QVERIFY(!p.nameHeads.value(u"organisation"_s).isEmpty());
    QVERIFY(p.otherScriptNames.isEmpty() || kinds.contains(p.otherScriptNames));
    if (code == u"ru") {
        QVERIFY(p.patronymicEndings.contains(u"ович"_s));
        QCOMPARE(p.otherScriptNames, u"organisation"_s);
    }
}

void TestLanguageProfile::unknownLanguage()
{
    const LanguageProfile &p = m_profiles.profile(u"xx"_s);
    QCOMPARE(p.code, u"xx"_s);
    QVERIFY(p.months.isEmpty());
    QVERIFY(p.speechVerbs.isEmpty());
    // The same object on the second ask, so that references handed out stay valid.
    QCOMPARE(&m_profiles.profile(u"xx"_s), &p);
}

QTEST_GUILESS_MAIN(TestLanguageProfile)
#include "tst_languageprofile.moc"
