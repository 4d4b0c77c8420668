// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/newstextgrammar.h"
#include "views/newshighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Dateline;
using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace
{

/// The foreground colour the highlighter gave the character at `position` (invalid if none).
QColor colorAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (offset >= range.start && offset < range.start + range.length) {
            return range.format.hasProperty(QTextFormat::ForegroundBrush) ? range.format.foreground().color()
                                                                          : QColor();
        }
    }
    return {};
}

QColor themeColor(const Theme &theme, Theme::TextStyle style)
{
    return QColor::fromRgba(theme.textColor(style));
}

const QString story =
    u"KABUL (Arrahmah.id) — Pada 2 Mei 2025, 145 orang hadir.\n“Kami siap.\n“Kami tetap siap,” katanya."_s;

} // namespace

class TestNewsHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void colorsComeFromTheTheme_data();
    void colorsComeFromTheTheme();
    void switchingThemeRecolours();
    void namedThemes();
    void livesWithItsDocument();
};

void TestNewsHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNewsHighlighter::colorsComeFromTheTheme_data()
{
    QTest::addColumn<QString>("covered");
    QTest::addColumn<int>("style");
    QTest::newRow("dateline") << u"KABUL (Arrahmah.id) —"_s << int(Theme::SpecialString);
    QTest::newRow("date") << u"2 Mei 2025"_s << int(Theme::Constant);
    QTest::newRow("figure") << u"145 orang"_s << int(Theme::DecVal);
    QTest::newRow("quotation over two paragraphs, first") << u"Kami siap."_s << int(Theme::String);
    QTest::newRow("quotation over two paragraphs, repeated mark") << u"“Kami tetap"_s << int(Theme::String);
    QTest::newRow("quotation closing mark") << u"siap,”"_s << int(Theme::String);
}

void TestNewsHighlighter::colorsComeFromTheTheme()
{
    QFETCH(QString, covered);
    QFETCH(int, style);
    QTextDocument document;
    document.setPlainText(story);
    auto *highlighter =
        new NewsHighlighter(&document, NewsTextGrammar::threadRepository().defaultTheme(Repository::LightTheme));
    const Theme theme = highlighter->theme();
    QVERIFY(theme.isValid());
    const int start = int(story.indexOf(covered));
    QVERIFY(start >= 0);
    const QColor expected = themeColor(theme, Theme::TextStyle(style));
    QTRY_COMPARE(colorAt(&document, start), expected); // highlighted on the next event-loop turn
    for (int i = start; i < start + covered.size(); ++i) {
        QCOMPARE(colorAt(&document, i), expected);
    }
    // Plain words take the theme's normal text colour, not the one for the spans.
    QCOMPARE(colorAt(&document, int(story.indexOf(u"hadir"))), themeColor(theme, Theme::Normal));
}

void TestNewsHighlighter::switchingThemeRecolours()
{
    QTextDocument document;
    document.setPlainText(story);
    auto *highlighter = new NewsHighlighter(&document);
    highlighter->useDefaultTheme(Repository::LightTheme);
    const int quote = int(story.indexOf(u"Kami siap"));
    QTRY_VERIFY(colorAt(&document, quote).isValid());
    const QColor light = colorAt(&document, quote);
    QCOMPARE(light, themeColor(highlighter->theme(), Theme::String));
    highlighter->useDefaultTheme(Repository::DarkTheme);
    const QColor dark = colorAt(&document, quote);
    QCOMPARE(dark, themeColor(highlighter->theme(), Theme::String));
    QVERIFY(light != dark);
}

void TestNewsHighlighter::namedThemes()
{
    QTextDocument document;
    document.setPlainText(story);
    auto *highlighter = new NewsHighlighter(&document);
    QVERIFY(highlighter->useNamedTheme(u"Breeze Dark"_s));
    QCOMPARE(highlighter->theme().name(), u"Breeze Dark"_s);
    QVERIFY(!highlighter->useNamedTheme(u"No Such Theme"_s));
    QCOMPARE(highlighter->theme().name(), u"Breeze Dark"_s);
}

void TestNewsHighlighter::livesWithItsDocument()
{
    auto *document = new QTextDocument;
    document->setPlainText(story);
    QPointer<NewsHighlighter> highlighter = new NewsHighlighter(document);
    QCOMPARE(highlighter->parent(), document);
    QTRY_VERIFY(colorAt(document, 0).isValid());
    QCOMPARE(highlighter->document(), document);
    QVERIFY(highlighter->definition().isValid());
    QCOMPARE(highlighter->definition().name(), u"News Text"_s);
    delete document;
    QVERIFY(highlighter.isNull());
}

QTEST_MAIN(TestNewsHighlighter)
#include "tst_newshighlighter.moc"
