// SPDX-License-Identifier: GPL-3.0-or-later
// SpeakerAttributor alone: hand-made quotation spans and mentions, rules from a profile built
// here, so that the rules are tested apart from the grammar, the gazetteer and the JSON files.
#include "analysis/speakerattributor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

LanguageProfile indonesian()
{
    LanguageProfile p;
    p.code = QStringLiteral("id");
    p.speechVerbs = { u"mengatakan"_s, u"menyebut"_s, u"menegaskan"_s, u"menyatakan"_s, u"berkata"_s };
    p.speechVerbsBeforeSpeaker = { u"kata"_s, u"ujar"_s, u"ucap"_s, u"tutur"_s, u"jelas"_s };
    p.cueSuffixVerbs = { u"tandasnya"_s, u"ungkapnya"_s, u"imbuhnya"_s, u"tambahnya"_s };
    p.pronouns = { u"ia"_s, u"dia"_s, u"beliau"_s };
    p.clitics = { u"-nya"_s };
    p.accordingTo = { u"menurut"_s };
    p.relayBefore = { u"kepada"_s };
    p.relayCarried = { u"seperti melansir"_s, u"melansir"_s, u"dikutip dari"_s, u"seperti dikutip"_s };
    p.relayReported = { u"melaporkan"_s };
    p.thatWords = { u"bahwa"_s };
    p.titles = { u"presiden"_s, u"menteri"_s, u"duta"_s, u"besar"_s };
    p.relativeWords = { u"yang"_s };
    return p;
}

LanguageProfile english()
{
    LanguageProfile p;
    p.code = QStringLiteral("en");
    p.speechVerbs = { u"said"_s, u"says"_s, u"told"_s, u"added"_s, u"stated"_s };
    p.speechVerbsBeforeSpeaker = { u"said"_s, u"says"_s, u"added"_s };
    p.pronouns = { u"he"_s, u"she"_s, u"they"_s };
    p.accordingTo = { u"according to"_s };
    p.relayBefore = { u"told"_s, u"in an interview with"_s };
    p.relayCarried = { u"citing"_s, u"as reported by"_s };
    p.relayReported = { u"reported"_s };
    p.thatWords = { u"that"_s };
    p.joiningWords = { u"and"_s, u"but"_s, u"because"_s, u"like"_s };
    p.titles = { u"president"_s, u"mr"_s, u"sen"_s, u"rep"_s };
    return p;
}

/// Quotation spans for every “…”, "…" and ‘…’ pair in `text`.
QList<NewsSpan> quotationsIn(const QString &text)
{
    QList<NewsSpan> spans;
    static const QRegularExpression pattern(QStringLiteral("“([^”]*)”|\"([^\"]*)\"|‘([^’]*)’"));
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        NewsSpan span;
        span.start = match.capturedStart();
        span.end = match.capturedEnd();
        span.innerStart = span.start + 1;
        span.innerEnd = span.end - 1;
        spans.append(span);
    }
    return spans;
}

/// "form=Name/kind" entries: every whole-word occurrence of form becomes a mention of Name.
QList<Mention> mentionsIn(const QString &text, const QStringList &entries)
{
    QList<Mention> mentions;
    for (const QString &entry : entries) {
        const QString form = entry.section(u'=', 0, 0);
        const QString name = entry.section(u'=', 1).section(u'/', 0, 0);
        const QString kind = entry.section(u'/', 1);
        const QRegularExpression pattern(u"\\b"_s + QRegularExpression::escape(form) + u"\\b"_s);
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            Mention m;
            m.start = match.capturedStart();
            m.end = match.capturedEnd();
            m.text = match.captured();
            m.actor.name = name;
            m.actor.kind = actorKindFromName(kind);
            mentions.append(m);
        }
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    // Drop mentions inside longer ones ("Kabulov" inside "Zamir Kabulov").
    QList<Mention> kept;
    for (const Mention &m : mentions) {
        if (!kept.isEmpty() && m.start < kept.constLast().end) {
            if (m.end - m.start > kept.constLast().end - kept.constLast().start) {
                kept.last() = m;
            }
            continue;
        }
        kept.append(m);
    }
    return kept;
}

QString describe(const Quote &q)
{
    QStringList via;
    for (const Actor &a : q.via) {
        via.append(a.name);
    }
    return u"%1|%2|%3|%4|%5"_s.arg(q.text, quoteTypeName(q.type), q.speaker.name, q.cue, via.join(u','));
}

} // namespace

class TestSpeakerAttributor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void attributes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions");
        // text|type|speaker|cue|via for each quotation and report, in text order
        QTest::addColumn<QStringList>("expected");

        const QStringList kabulov { u"Zamir Kabulov=Zamir Kabulov/person"_s, u"Kabulov=Zamir Kabulov/person"_s,
            u"RIA=RIA Novosti/news_agency"_s, u"Reuters=Reuters/news_agency"_s };

        QTest::newRow("id: kata X after, relayed by RIA and Reuters")
            << u"id"_s << u"“Kami siap,” kata Kabulov kepada kantor berita negara RIA seperti melansir Reuters (2/5)."_s
            << kabulov << QStringList { u"Kami siap,|direct|Zamir Kabulov|kata Kabulov|RIA Novosti,Reuters"_s };
        QTest::newRow("id: tandasnya refers to the last speaker")
            << u"id"_s << u"“Satu,” kata Kabulov.\n“Dua,” tandasnya."_s << kabulov
            << QStringList { u"Satu,|direct|Zamir Kabulov|kata Kabulov|"_s, u"Dua,|direct|Zamir Kabulov|tandasnya|"_s };
        QTest::newRow("id: ujarnya is a verb with the clitic") << u"id"_s << u"Kabulov datang.\n“Dua,” ujarnya."_s
                                                               << kabulov << QStringList { u"Dua,|direct||ujarnya|"_s };
        QTest::newRow("id: X mengatakan after the quotation")
            << u"id"_s << u"“Kami menunggu,” Kabulov mengatakan."_s << kabulov
            << QStringList { u"Kami menunggu,|direct|Zamir Kabulov|Kabulov mengatakan|"_s };
        QTest::newRow("id: ujar X with a title")
            << u"id"_s << u"“Tidak benar,” ujar Presiden Vladimir Putin."_s
            << QStringList { u"Vladimir Putin=Vladimir Putin/person"_s }
            << QStringList { u"Tidak benar,|direct|Vladimir Putin|ujar Presiden Vladimir Putin|"_s };
        QTest::newRow("id: Ia mengatakan before, quotation closes the sentence")
            << u"id"_s
            << u"Kabulov mengatakan Moskow dan Kabul tengah membangun hubungan.\nIa mengatakan, larangan oleh Moskow “akhirnya menghapus semua hambatan bagi kerja sama”."_s
            << kabulov
            << QStringList { u"Moskow dan Kabul tengah membangun hubungan|indirect|Zamir Kabulov|Kabulov mengatakan|"_s,
                   u"akhirnya menghapus semua hambatan bagi kerja sama|direct|Zamir Kabulov|Ia mengatakan|"_s };
        QTest::newRow("id: partial quotation takes the speaker of its sentence")
            << u"id"_s
            << u"Hubungan itu, yang menurut Presiden Vladimir Putin tahun lalu kini menjadi “sekutu” Rusia dalam memerangi terorisme."_s
            << QStringList { u"Vladimir Putin=Vladimir Putin/person"_s, u"Rusia=Russia/state"_s }
            << QStringList { u"sekutu|partial|Vladimir Putin|menurut Presiden Vladimir Putin|"_s };
        QTest::newRow("id: reported speech with bahwa")
            << u"id"_s << u"Pejabat AS mengatakan bahwa ISKP bertanggung jawab atas serangan itu."_s
            << QStringList { u"AS=United States/state"_s, u"ISKP=ISKP/armed_group"_s }
            << QStringList {
                   u"ISKP bertanggung jawab atas serangan itu|indirect|United States|Pejabat AS mengatakan|"_s
               };
        QTest::newRow("id: kata X after a reported clause")
            << u"id"_s << u"Rusia akan membantu Taliban melawan ISKP, kata Kabulov pada Jumat."_s << kabulov
            << QStringList { u"Rusia akan membantu Taliban melawan ISKP|indirect|Zamir Kabulov|kata Kabulov|"_s };
        QTest::newRow("id: apposition before the verb")
            << u"id"_s
            << u"Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan, menyebut ISKP sebagai musuh bersama."_s
            << (kabulov + QStringList { u"Rusia=Russia/state"_s, u"Afghanistan=Afghanistan/state"_s })
            << QStringList {
                   u"ISKP sebagai musuh bersama|indirect|Zamir Kabulov|Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan, menyebut|"_s
               };
        QTest::newRow("id: a relative clause is no report of speech")
            << u"id"_s << u"Tidak ada negara yang menyebut IIA sebagai pemerintah yang sah."_s
            << QStringList { u"IIA=Taliban/armed_group"_s } << QStringList {};
        QTest::newRow("id: a long phrase without a name is no speaker")
            << u"id"_s << u"Diketahui, saat ini tidak ada pihak lain mengatakan hal itu kepada media."_s
            << QStringList {} << QStringList {};
        QTest::newRow("id: the dateline is not part of the report")
            << u"id"_s << u"KABUL (Arrahmah.id) — Rusia akan membantu Taliban, kata Kabulov pada Jumat."_s << kabulov
            << QStringList { u"Rusia akan membantu Taliban|indirect|Zamir Kabulov|kata Kabulov|"_s };
        QTest::newRow("id: dikutip dari") << u"id"_s << u"“Kami siap,” kata Kabulov, seperti dikutip dari Antara."_s
                                          << (kabulov + QStringList { u"Antara=Antara/news_agency"_s })
                                          << QStringList { u"Kami siap,|direct|Zamir Kabulov|kata Kabulov|Antara"_s };
        // "Об этом заявил X": X said what the story told before; the sentence reports no clause.
        QTest::newRow("ru: об этом before the verb reports nothing of its own")
            << u"ru"_s << u"Об этом заявил президент Белоруссии Аркадий Пельменов."_s
            << QStringList { u"Аркадий Пельменов=Аркадий Пельменов/person"_s } << QStringList {};
        QTest::newRow("id: no cue, no speaker") << u"id"_s << u"Spanduk bertuliskan “Damai” dipasang di jalan."_s
                                                << QStringList {} << QStringList { u"Damai|partial|||"_s };

        const QStringList trump { u"Donald Trump=Donald Trump/person"_s, u"Trump=Donald Trump/person"_s,
            u"CNN=CNN/outlet"_s, u"Reuters=Reuters/news_agency"_s };
        QTest::newRow("en: X said after") << u"en"_s << u"\"We will win,\" Trump said on Tuesday."_s << trump
                                          << QStringList { u"We will win,|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: said X after, a name in no list")
            << u"en"_s << u"\"It is over,\" said Hope Hicks, a spokeswoman."_s << trump
            << QStringList { u"It is over,|direct|Hope Hicks|said Hope Hicks|"_s };
        QTest::newRow("en: he said refers back, told CNN is a relay")
            << u"en"_s << u"\"One,\" Trump told CNN.\n\"Two,\" he said."_s << trump
            << QStringList { u"One,|direct|Donald Trump|Trump told|CNN"_s, u"Two,|direct|Donald Trump|he said|"_s };
        QTest::newRow("en: according to")
            << u"en"_s << u"\"Nothing happened,\" according to Donald Trump."_s << trump
            << QStringList { u"Nothing happened,|direct|Donald Trump|according to Donald Trump|"_s };
        QTest::newRow("en: cue before with a colon")
            << u"en"_s << u"Trump said: \"We are ready.\""_s << trump
            << QStringList { u"We are ready.|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: reported speech with that")
            << u"en"_s << u"Trump said that the deal was a disaster for everyone."_s << trump
            << QStringList { u"the deal was a disaster for everyone|indirect|Donald Trump|Trump said|"_s };
        QTest::newRow("en: clause then X said")
            << u"en"_s << u"The economy is strong, Trump said."_s << trump
            << QStringList { u"The economy is strong|indirect|Donald Trump|Trump said|"_s };
        QTest::newRow("en: partial with the cue later in the sentence")
            << u"en"_s << u"He called the plan \"a disaster\" on Tuesday, Trump said."_s << trump
            << QStringList { u"a disaster|partial|Donald Trump|Trump said|"_s };
        QTest::newRow("en: X reported is a relay")
            << u"en"_s << u"\"We are leaving,\" Trump said, Reuters reported."_s << trump
            << QStringList { u"We are leaving,|direct|Donald Trump|Trump said|Reuters"_s };
        QTest::newRow("en: a quotation going on after its cue keeps speaker and cue")
            << u"en"_s << u"\"We will win this,\" Mr. Obama said. \"They will lose that.\""_s
            << QStringList { u"Obama=Barack Obama/person"_s }
            << QStringList { u"We will win this,|direct|Barack Obama|Mr. Obama said|"_s,
                   u"They will lose that.|direct|Barack Obama|Mr. Obama said|"_s };
        QTest::newRow("en: a dash and a name after the quotation")
            << u"en"_s << u"“Fear is what he spreads.” ― Karen Bobadilla"_s << QStringList {}
            << QStringList { u"Fear is what he spreads.|direct|Karen Bobadilla|Karen Bobadilla|"_s };
        QTest::newRow("en: a parenthesis between name and verb")
            << u"en"_s << u"\"It is a dog whistle,\" Rep. Gwen Moore (D-Wis.) said Friday."_s << QStringList {}
            << QStringList { u"It is a dog whistle,|direct|Gwen Moore|Rep. Gwen Moore (D-Wis.) said|"_s };
        QTest::newRow("en: a colon ending the paragraph before")
            << u"en"_s << u"Trump said:\n\"We have a situation in our cities.\""_s
            << QStringList { u"Trump=Donald Trump/person"_s }
            << QStringList { u"We have a situation in our cities.|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: the second part of a quotation its cue interrupts is direct")
            << u"en"_s << u"\"We are ready,\" Trump said, \"and able.\""_s << trump
            << QStringList { u"We are ready,|direct|Donald Trump|Trump said|"_s,
                   u"and able.|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: a short quotation right after its cue and a comma is direct")
            << u"en"_s << u"After the vote, Trump said, \"we were floored.\""_s << trump
            << QStringList { u"we were floored.|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: a quotation carried by a joining word is partial")
            << u"en"_s << u"Trump said the plan failed because, \"nobody had read it before the vote.\""_s << trump
            << QStringList { u"nobody had read it before the vote.|partial|Donald Trump|Trump said|"_s };
        QTest::newRow("en: a quotation closing its sentence inside the marks")
            << u"en"_s << u"Trump said, \"That makes me smart.\" He left soon after."_s << trump
            << QStringList { u"That makes me smart.|direct|Donald Trump|Trump said|"_s };
        QTest::newRow("en: lower-case words going on with the sentence are partial")
            << u"en"_s << u"Trump said on Friday that if he won in November, \"he would sign the bill at once.\""_s
            << trump << QStringList { u"he would sign the bill at once.|partial|Donald Trump|Trump said|"_s };
        QTest::newRow("en: words after the closing mark make a fragment")
            << u"en"_s << u"\"The only way is jail time\" for the bankers, Trump said."_s << trump
            << QStringList { u"The only way is jail time|partial|Donald Trump|Trump said|"_s };
        QTest::newRow("en: a quotation set apart by dashes is direct")
            << u"en"_s << u"He took it as a compliment -- \"That makes me smart\" -- and moved on."_s << QStringList {}
            << QStringList { u"That makes me smart|direct|||"_s };
        QTest::newRow("en: a few words in single marks on a line of their own head a section")
            << u"en"_s << u"The vote was close.\n\n‘All Bets Are Off.’\n\nThe count went on."_s << QStringList {}
            << QStringList { u"All Bets Are Off.|partial|||"_s };
        QTest::newRow("en: citing") << u"en"_s << u"\"We are leaving,\" said Trump, citing Reuters."_s << trump
                                    << QStringList { u"We are leaving,|direct|Donald Trump|said Trump|Reuters"_s };
    }

    void attributes()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, expected);
        const LanguageProfile rules = language == u"id" ? indonesian() : english();
        const QList<Quote> quotes =
            SpeakerAttributor::attribute(text, rules, quotationsIn(text), mentionsIn(text, mentions));
        QStringList actual;
        for (const Quote &q : quotes) {
            actual.append(describe(q));
            QCOMPARE(text.mid(q.start, q.end - q.start), q.text);
            if (q.cueStart >= 0) {
                QCOMPARE(text.mid(q.cueStart, q.cueEnd - q.cueStart), q.cue);
            }
        }
        QCOMPARE(actual, expected);
    }

    void seedStoryWithGoldMentions()
    {
        // The seed story with the gold file's actor forms as mentions: the five quotations'
        // speakers, cues, types and the relay chain depend on the rules alone.
        QFile textFile(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt"));
        QFile goldFile(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json"));
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(textFile.readAll());
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QStringList entries;
        for (const QJsonValue &value : gold.value(u"actors").toArray()) {
            const QJsonObject actor = value.toObject();
            const QString kind = actor.value(u"kind").toString().section(u" /"_s, 0, 0).replace(u' ', u'_');
            for (const QString &form : actor.value(u"forms").toObject().keys()) {
                entries.append(form + u'=' + actor.value(u"name").toString() + u'/' +
                    (kind == u"news_outlet" ? u"outlet"_s : kind));
            }
        }
        const QList<Quote> quotes =
            SpeakerAttributor::attribute(text, indonesian(), quotationsIn(text), mentionsIn(text, entries));
        QStringList actual;
        for (const Quote &q : quotes) {
            if (q.type != Quote::Type::Indirect) {
                actual.append(describe(q));
            }
        }
        QStringList expected;
        for (const QJsonValue &value : gold.value(u"quotes").toArray()) {
            const QJsonObject q = value.toObject();
            QStringList via;
            for (const QJsonValue &v : q.value(u"via").toArray()) {
                via.append(v.toString());
            }
            expected.append(u"%1|%2|%3|%4|%5"_s.arg(q.value(u"text").toString(), q.value(u"type").toString(),
                q.value(u"speaker").toString(), q.value(u"cue").toString(), via.join(u',')));
        }
        QCOMPARE(actual, expected);
    }

    void unionOfEmptyLanguageKeepsBothLanguages()
    {
        // A story of unknown language gets the rules of every language at once.
        LanguageProfile both = indonesian();
        const LanguageProfile en = english();
        both.speechVerbs += en.speechVerbs;
        both.speechVerbsBeforeSpeaker += en.speechVerbsBeforeSpeaker;
        both.pronouns += en.pronouns;
        const QString text = u"“Satu,” kata Kabulov. \"Two,\" Kabulov said."_s;
        const QList<Quote> quotes = SpeakerAttributor::attribute(
            text, both, quotationsIn(text), mentionsIn(text, { u"Kabulov=Zamir Kabulov/person"_s }));
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).cue, u"kata Kabulov"_s);
        QCOMPARE(quotes.at(1).cue, u"Kabulov said"_s);
    }

    void nestedQuotationsAreNotQuotesOfTheirOwn()
    {
        const QString text = u"“Dia bilang ‘tidak’ kemarin,” kata Kabulov."_s;
        QList<NewsSpan> spans = quotationsIn(text);
        NewsSpan inner;
        inner.start = text.indexOf(u'‘');
        inner.end = text.indexOf(u'’') + 1;
        inner.innerStart = inner.start + 1;
        inner.innerEnd = inner.end - 1;
        inner.depth = 1;
        spans.append(inner);
        const QList<Quote> quotes = SpeakerAttributor::attribute(
            text, indonesian(), spans, mentionsIn(text, { u"Kabulov=Zamir Kabulov/person"_s }));
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.constFirst().speaker.name, u"Zamir Kabulov"_s);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerAttributor)
#include "tst_speakerattributor.moc"
