// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/textanchoring.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

Q_DECLARE_METATYPE(Dateline::AnchorMatch::Kind)

namespace
{

/// The offset of the `n`th (0-based) occurrence of `needle` in `text`, -1 when there is none.
qsizetype nthOccurrence(const QString &text, const QString &needle, int n)
{
    qsizetype at = text.indexOf(needle);
    for (int i = 0; i < n && at >= 0; ++i) {
        at = text.indexOf(needle, at + 1);
    }
    return at;
}

/// The anchor an annotation of [start, start + exact) in `text` was stored with.
TextAnchor anchorIn(const QString &text, qsizetype start, const QString &exact)
{
    const qsizetype end = start + exact.size();
    return { start, end, exact, TextAnchoring::prefixAt(text, start), TextAnchoring::suffixAt(text, end) };
}

const QString Story = u"KABUL, May 2 (Dateline) - Talks between the delegations resumed on Friday in the capital. "
                      "The ministry said 137 people were killed in the attack on the concert hall. "
                      "Officials met the envoy in the afternoon and discussed the border crossings. "
                      "A second meeting is planned for next week, a spokesman said."_s;

} // namespace

class TestTextAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void selectorsComeFromTheNewText();
    void locateAllFollowsTheShift();
    void emptyExactIsNotFound();
    void surrogatePairsStayWhole();
};

void TestTextAnchoring::locate_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("passage");
    QTest::addColumn<int>("occurrence"); ///< which occurrence of the passage in the old text
    QTest::addColumn<QString>("newText");
    QTest::addColumn<AnchorMatch::Kind>("kind");
    QTest::addColumn<QString>("newExact"); ///< what the anchor covers in the new text
    QTest::addColumn<int>("newOccurrence"); ///< which occurrence of newExact it is

    const QString passage = u"137 people were killed in the attack"_s;
    QTest::newRow("unchanged text: same place") << Story << passage << 0 << Story << AnchorMatch::Kind::Exact
                                                << passage << 0;
    QTest::newRow("text inserted before: shifted")
        << Story << passage << 0 << u"UPDATE (adds the minister's comments): "_s + Story << AnchorMatch::Kind::Exact
        << passage << 0;
    QTest::newRow("text inserted far before: found beyond the local window")
        << Story << passage << 0 << QString(u"An introduction of some length. "_s.repeated(80) + Story)
        << AnchorMatch::Kind::Exact << passage << 0;
    QTest::newRow("text deleted before: shifted back")
        << Story << passage << 0 << QString(Story).remove(u"Talks between the delegations resumed on Friday "_s)
        << AnchorMatch::Kind::Exact << passage << 0;

    // The same sentence twice: the stored prefix and suffix tell which one was annotated, even
    // when an insertion moves the expected offset onto the other one.
    const QString repeated = u"Police said 40 people were hurt near the station. A witness saw smoke. "
                             "Doctors said 40 people were hurt near the station, most of them by glass."_s;
    const QString hurt = u"40 people were hurt near the station"_s;
    QTest::newRow("passage repeated: second by its prefix and suffix")
        << repeated << hurt << 1 << u"Sirens. "_s + repeated << AnchorMatch::Kind::Exact << hurt << 1;
    QTest::newRow("passage repeated: first by its prefix and suffix")
        << repeated << hurt << 0
        << QString(repeated).replace(u"A witness saw smoke."_s, u"A witness, who asked not to be named, saw smoke."_s)
        << AnchorMatch::Kind::Exact << hurt << 0;
    QTest::newRow("passage repeated: a long insertion between them")
        << repeated << hurt << 1
        << QString(repeated).replace(u"A witness saw smoke."_s, u"A witness saw smoke rising. "_s.repeated(60))
        << AnchorMatch::Kind::Exact << hurt << 1;

    QTest::newRow("a word changed inside: fuzzy")
        << Story << passage << 0 << QString(Story).replace(u"137"_s, u"139"_s) << AnchorMatch::Kind::Fuzzy
        << u"139 people were killed in the attack"_s << 0;
    QTest::newRow("a word inserted inside and text before: fuzzy")
        << Story << passage << 0
        << u"Updated. "_s + QString(Story).replace(u"were killed"_s, u"were then killed"_s)
        << AnchorMatch::Kind::Fuzzy << u"137 people were then killed in the attack"_s << 0;
    QTest::newRow("the passage's own surroundings edited too: fuzzy")
        << Story << passage << 0
        << QString(Story).replace(u"The ministry said 137 people were killed in the attack on"_s,
               u"The health ministry now says 145 people were killed in the attack at"_s)
        << AnchorMatch::Kind::Fuzzy << u"145 people were killed in the attack"_s << 0;
    QTest::newRow("passage deleted: orphan")
        << Story << passage << 0
        << QString(Story).remove(u"The ministry said 137 people were killed in the attack on the concert hall. "_s)
        << AnchorMatch::Kind::NotFound << QString() << 0;
    QTest::newRow("passage rewritten beyond a light edit: orphan")
        << Story << passage << 0
        << QString(Story).replace(passage, u"the death toll rose sharply overnight"_s) << AnchorMatch::Kind::NotFound
        << QString() << 0;
    // "the envoy" still stands elsewhere, but far away and among other words: not this annotation.
    const QString envoyStory = Story + u" Later the envoy flew home."_s;
    QTest::newRow("short passage deleted, same word far away: orphan")
        << envoyStory << u"envoy"_s << 0
        << QString(envoyStory)
               .remove(u"Officials met the envoy in the afternoon and discussed the border crossings. "_s)
               .prepend(u"Background and analysis. "_s.repeated(20))
        << AnchorMatch::Kind::NotFound << QString() << 0;

    const QString arabic = u"موسكو (دايتلاين) - قالت وزارة الخارجية الروسية إن المحادثات مع حركة طالبان "
                           "ستستمر في كابول الأسبوع المقبل. وأضاف المتحدث أن الوفد سيلتقي بالمسؤولين."_s;
    const QString talks = u"المحادثات مع حركة طالبان ستستمر في كابول"_s;
    QTest::newRow("right-to-left Arabic: text inserted before")
        << arabic << talks << 0 << u"عاجل: "_s + arabic << AnchorMatch::Kind::Exact << talks << 0;
    QTest::newRow("right-to-left Arabic: a word changed inside")
        << arabic << talks << 0 << QString(arabic).replace(u"ستستمر"_s, u"ستتواصل"_s) << AnchorMatch::Kind::Fuzzy
        << u"المحادثات مع حركة طالبان ستتواصل في كابول"_s << 0;

    // U+1D400.. (mathematical bold) and emoji are two UTF-16 units each.
    const QString astral = u"Crowds 😀 gathered in 𝐊𝐚𝐛𝐮𝐥 as the 𝐭𝐚𝐥𝐤𝐬 began 🙂 on Friday, the organisers said."_s;
    const QString astralPassage = u"gathered in 𝐊𝐚𝐛𝐮𝐥 as the 𝐭𝐚𝐥𝐤𝐬 began 🙂"_s;
    QTest::newRow("surrogate pairs: text inserted before") << astral << astralPassage << 0
                                                           << u"🚨 𝐔𝐩𝐝𝐚𝐭𝐞: "_s + astral
                                                           << AnchorMatch::Kind::Exact << astralPassage << 0;
    QTest::newRow("surrogate pairs: an emoji changed at the end")
        << astral << astralPassage << 0 << QString(astral).replace(u"🙂"_s, u"🙁"_s) << AnchorMatch::Kind::Fuzzy
        << u"gathered in 𝐊𝐚𝐛𝐮𝐥 as the 𝐭𝐚𝐥𝐤𝐬 began 🙁"_s << 0;
}

void TestTextAnchoring::locate()
{
    QFETCH(QString, oldText);
    QFETCH(QString, passage);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(AnchorMatch::Kind, kind);
    QFETCH(QString, newExact);
    QFETCH(int, newOccurrence);

    const qsizetype oldStart = nthOccurrence(oldText, passage, occurrence);
    QVERIFY(oldStart >= 0);
    const TextAnchor old = anchorIn(oldText, oldStart, passage);
    const TextAnchoring anchoring(newText);
    const AnchorMatch match = anchoring.locate(old, old.start);
    QCOMPARE(match.kind, kind);
    if (kind == AnchorMatch::Kind::NotFound) {
        // An orphan keeps its old selector, never a guess.
        QCOMPARE(match.anchor.start, old.start);
        QCOMPARE(match.anchor.exact, old.exact);
        QCOMPARE(match.anchor.prefix, old.prefix);
        QCOMPARE(match.anchor.suffix, old.suffix);
        return;
    }
    const qsizetype expectedStart = nthOccurrence(newText, newExact, newOccurrence);
    QVERIFY(expectedStart >= 0);
    QCOMPARE(match.anchor.exact, newExact);
    QCOMPARE(match.anchor.start, expectedStart);
    QCOMPARE(match.anchor.end, expectedStart + newExact.size());
    QCOMPARE(newText.mid(match.anchor.start, match.anchor.end - match.anchor.start), match.anchor.exact);
    QCOMPARE(match.errors == 0, kind == AnchorMatch::Kind::Exact);
}

void TestTextAnchoring::selectorsComeFromTheNewText()
{
    const QString passage = u"discussed the border crossings"_s;
    const TextAnchor old = anchorIn(Story, Story.indexOf(passage), passage);
    const QString changed = QString(Story).replace(u"Officials met the envoy"_s, u"Senior officials met him"_s);
    const AnchorMatch match = TextAnchoring(changed).locate(old, old.start);
    QCOMPARE(match.kind, AnchorMatch::Kind::Exact);
    QVERIFY(old.prefix.contains(u"envoy"_s));
    QVERIFY(!match.anchor.prefix.contains(u"envoy"_s));
    QCOMPARE(match.anchor.prefix, TextAnchoring::prefixAt(changed, match.anchor.start));
    QCOMPARE(match.anchor.suffix, TextAnchoring::suffixAt(changed, match.anchor.end));
    QCOMPARE(match.anchor.prefix.size(), TextAnchoring::ContextLength);
}

void TestTextAnchoring::locateAllFollowsTheShift()
{
    // Many copies of one sentence, each annotated; a long insertion at the start moves them all.
    // Each copy has its own number, so that every annotation has exactly one right place.
    QString text;
    QList<TextAnchor> anchors;
    for (int i = 0; i < 200; ++i) {
        const QString sentence = u"Report %1 says the convoy reached the border at dawn. "_s.arg(i);
        const QString exact = u"the convoy reached the border"_s;
        anchors.append({ text.size() + sentence.indexOf(exact), 0, exact, {}, {} });
        text += sentence;
    }
    for (TextAnchor &anchor : anchors) {
        anchor = anchorIn(text, anchor.start, anchor.exact);
    }
    const QString inserted = u"Editor's note: this story was updated. "_s.repeated(100);
    const TextAnchoring anchoring(inserted + text);
    const QList<AnchorMatch> matches = anchoring.locateAll(anchors);
    QCOMPARE(matches.size(), anchors.size());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        QCOMPARE(matches.at(i).kind, AnchorMatch::Kind::Exact);
        QCOMPARE(matches.at(i).anchor.start, anchors.at(i).start + inserted.size());
    }
}

void TestTextAnchoring::emptyExactIsNotFound()
{
    const AnchorMatch match = TextAnchoring(Story).locate({ 3, 3, {}, {}, {} }, 3);
    QCOMPARE(match.kind, AnchorMatch::Kind::NotFound);
}

void TestTextAnchoring::surrogatePairsStayWhole()
{
    // An edit between the two halves' neighbours must not leave a match starting on a low surrogate.
    const QString old = u"Alpha 𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 beta gamma delta"_s;
    const QString passage = u"𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 beta"_s;
    const TextAnchor anchor = anchorIn(old, old.indexOf(passage), passage);
    const QString changed = u"Alpha 𝐙𝐁𝐂𝐃𝐄𝐅𝐆𝐇 beta gamma delta"_s;
    const AnchorMatch match = TextAnchoring(changed).locate(anchor, anchor.start);
    QCOMPARE(match.kind, AnchorMatch::Kind::Fuzzy);
    QVERIFY(!changed.at(match.anchor.start).isLowSurrogate());
    QVERIFY(match.anchor.end == changed.size() || !changed.at(match.anchor.end).isLowSurrogate());
    QVERIFY(match.anchor.exact.endsWith(u"beta"_s));
}

QTEST_GUILESS_MAIN(TestTextAnchoring)
#include "tst_textanchoring.moc"
