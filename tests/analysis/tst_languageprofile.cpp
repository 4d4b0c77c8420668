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
