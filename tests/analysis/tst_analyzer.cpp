// SPDX-License-Identifier: GPL-3.0-or-later
// The whole pipeline (grammar, actors, speakers) on the seed story, against its hand-made gold
// file: every quotation with its exact span, type, speaker, cue and relay chain, and every actor
// form given to the right actor.
#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

QString seedText()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject seedGold()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/// Whole-word occurrences of `form` in `text` (start offsets).
QList<qsizetype> occurrences(const QString &text, const QString &form)
{
    QList<qsizetype> starts;
    const QRegularExpression pattern(u"(?<![\\w.])"_s + QRegularExpression::escape(form) + u"(?!\\w)"_s);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        starts.append(it.next().capturedStart());
    }
    return starts;
}

bool kindMatches(const QString &goldKind, Actor::Kind kind)
{
    static const QHash<QString, Actor::Kind> kinds {
        { u"state"_s, Actor::Kind::State },
        { u"city"_s, Actor::Kind::City },
        { u"person"_s, Actor::Kind::Person },
        { u"armed group"_s, Actor::Kind::ArmedGroup },
        { u"news agency"_s, Actor::Kind::NewsAgency },
        { u"news outlet"_s, Actor::Kind::Outlet },
    };
    const auto found = kinds.constFind(goldKind);
    return found == kinds.cend() || *found == kind; // "armed group / de facto government": any kind
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_text = seedText();
        m_gold = seedGold();
        QVERIFY(!m_text.isEmpty());
        QVERIFY(!m_gold.isEmpty());
        m_gazetteer = std::make_unique<Gazetteer>(Gazetteer::shipped());
        m_languages = std::make_unique<LanguageProfiles>();
        const Analyzer analyzer(*m_gazetteer, *m_languages);
        m_analysis = analyzer.analyze(m_text, m_gold.value(u"language").toString());
    }

    void seedQuotations_data()
    {
        QTest::addColumn<int>("index");
        const QJsonArray quotes = m_gold.value(u"quotes").toArray();
        for (int i = 0; i < quotes.size(); ++i) {
            const QString text = quotes.at(i).toObject().value(u"text").toString();
            QTest::addRow("quotation %d: %s", i + 1, qPrintable(text.left(30))) << i;
        }
    }

    void seedQuotations()
    {
        QFETCH(int, index);
        QList<Quote> quoted; // direct and partial, in text order
        for (const Quote &q : std::as_const(m_analysis.quotes)) {
            if (q.type != Quote::Type::Indirect) {
                quoted.append(q);
            }
        }
        const QJsonArray goldQuotes = m_gold.value(u"quotes").toArray();
        QCOMPARE(quoted.size(), goldQuotes.size());
        const QJsonObject gold = goldQuotes.at(index).toObject();
        const Quote &q = quoted.at(index);

        const QString goldText = gold.value(u"text").toString();
        const qsizetype start = m_text.indexOf(goldText);
        QVERIFY(start >= 0);
        QCOMPARE(q.text, goldText);
        QCOMPARE(q.start, start);
        QCOMPARE(q.end, start + goldText.size());
        QCOMPARE(quoteTypeName(q.type), gold.value(u"type").toString());
        QCOMPARE(q.speaker.name, gold.value(u"speaker").toString());
        QCOMPARE(q.cue, gold.value(u"cue").toString());
        QCOMPARE(m_text.mid(q.cueStart, q.cueEnd - q.cueStart), q.cue);
        QStringList via;
        for (const Actor &a : q.via) {
            via.append(a.name);
        }
        QStringList goldVia;
        for (const QJsonValue &v : gold.value(u"via").toArray()) {
            goldVia.append(v.toString());
        }
        QCOMPARE(via, goldVia);
    }

    void seedActorForms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("count");
        // A form inside a longer gold form ("Afghanistan" in "Imarah Islam Afghanistan") is the
        // longer form's: mentions do not overlap.
        QStringList allForms;
        const QJsonArray actors = m_gold.value(u"actors").toArray();
        for (const QJsonValue &actor : actors) {
            allForms += actor.toObject().value(u"forms").toObject().keys();
        }
        for (const QJsonValue &value : actors) {
            const QJsonObject actor = value.toObject();
            const QJsonObject forms = actor.value(u"forms").toObject();
            for (auto it = forms.begin(); it != forms.end(); ++it) {
                int count = 0;
                for (const qsizetype at : occurrences(m_text, it.key())) {
                    bool nested = false;
                    for (const QString &longer : std::as_const(allForms)) {
                        if (longer.size() > it.key().size() && longer.contains(it.key())) {
                            for (const qsizetype l : occurrences(m_text, longer)) {
                                nested = nested || (at >= l && at < l + longer.size());
                            }
                        }
                    }
                    count += nested ? 0 : 1;
                }
                QTest::addRow("%s as %s", qPrintable(it.key()), qPrintable(actor.value(u"name").toString()))
                    << actor.value(u"name").toString() << actor.value(u"kind").toString() << it.key() << count;
            }
        }
    }

    void seedActorForms()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, form);
        QFETCH(int, count);
        int found = 0;
        QStringList others;
        for (const Mention &m : std::as_const(m_analysis.mentions)) {
            if (m.text != form) {
                continue;
            }
            QCOMPARE(m_text.mid(m.start, m.end - m.start), m.text);
            if (m.actor.name == name || m.alsoActor.name == name) {
                const Actor &actor = m.actor.name == name ? m.actor : m.alsoActor;
                QVERIFY2(kindMatches(kind, actor.kind), qPrintable(actorKindName(actor.kind)));
                ++found;
            } else {
                others.append(m.actor.name);
            }
        }
        QVERIFY2(found == count,
            qPrintable(u"%1 of %2 found; given to: %3"_s.arg(found).arg(count).arg(others.join(u", "))));
    }

    void mentionsDoNotOverlap()
    {
        for (qsizetype i = 1; i < m_analysis.mentions.size(); ++i) {
            QVERIFY(m_analysis.mentions.at(i).start >= m_analysis.mentions.at(i - 1).end);
        }
    }

    void unknownLanguageUsesEveryLanguagesRules()
    {
        const Analyzer analyzer(*m_gazetteer, *m_languages);
        const Analysis analysis = analyzer.analyze(m_text, QString());
        QList<Quote> quoted;
        for (const Quote &q : analysis.quotes) {
            if (q.type != Quote::Type::Indirect) {
                quoted.append(q);
            }
        }
        QCOMPARE(quoted.size(), 5);
        QCOMPARE(quoted.constFirst().cue, u"kata Kabulov"_s);
        QCOMPARE(quoted.constFirst().speaker.name, u"Zamir Kabulov"_s);
    }

    void reportedSpeechIsIndirect()
    {
        // "IIA sendiri mengatakan pihaknya berupaya …": the Taliban, indirectly.
        const qsizetype at = m_text.indexOf(u"pihaknya berupaya"_s);
        bool found = false;
        for (const Quote &q : std::as_const(m_analysis.quotes)) {
            if (q.type == Quote::Type::Indirect && q.start == at) {
                QCOMPARE(q.speaker.name, u"Taliban"_s);
                QCOMPARE(q.cue, u"IIA sendiri mengatakan"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

private:
    QString m_text;
    QJsonObject m_gold;
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<LanguageProfiles> m_languages;
    Analysis m_analysis;
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
