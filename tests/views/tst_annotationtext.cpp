// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/annotationtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

/// The reader's hover card for an actor: a name no list holds says so; a listed one does not.
class TestAnnotationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorCard_data();
    void actorCard();
};

void TestAnnotationText::actorCard_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("origin");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("saysInNoList");

    const int suggested = int(AnnotationState::Suggested);
    QTest::newRow("a name the story itself gave") << QString() << int(AnnotationOrigin::Rule) << suggested << true;
    QTest::newRow("once confirmed, no more a guess")
        << QString() << int(AnnotationOrigin::Rule) << int(AnnotationState::Confirmed) << false;
    QTest::newRow("a gazetteer actor") << QString() << int(AnnotationOrigin::Gazetteer) << suggested << false;
    QTest::newRow("the reader's own actor") << QString() << int(AnnotationOrigin::User) << suggested << false;
    QTest::newRow("a described actor found by a rule shows its description")
        << u"Mayor of Karangwelas"_s << int(AnnotationOrigin::Rule) << suggested << false;
}

void TestAnnotationText::actorCard()
{
    QFETCH(QString, description);
    QFETCH(int, origin);
    QFETCH(int, state);
    QFETCH(bool, saysInNoList);

    Actor actor;
    actor.name = u"Sutarjo Wanggaleng"_s;
    actor.kind = Actor::Kind::Person;
    actor.description = description;
    const QString card = AnnotationText::actorCard(
        actor, { u"Sutarjo Wanggaleng"_s, u"Wanggaleng"_s }, AnnotationState(state), AnnotationOrigin(origin));
    QVERIFY(card.contains(u"<b>Sutarjo Wanggaleng</b>"_s));
    QVERIFY(card.contains(AnnotationText::kindName(Actor::Kind::Person)));
    QVERIFY(card.contains(u"Sutarjo Wanggaleng, Wanggaleng"_s));
    QCOMPARE(card.contains(u"In no list"_s), saysInNoList);
    if (!description.isEmpty()) {
        QVERIFY(card.contains(description));
    }
}

QTEST_MAIN(TestAnnotationText)
#include "tst_annotationtext.moc"
