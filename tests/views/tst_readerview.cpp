// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/readerview.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using Dateline::Article;
using Dateline::ReaderView;

namespace
{
Article makeArticle(const QString &language, const QString &title, const QString &text)
{
    Article article;
    article.id = 7;
    article.title = title;
    article.text = text;
    article.language = language;
    article.outletName = u"Arrahmah.id"_s;
    article.place = u"Kabul"_s;
    article.published = QDate(2025, 5, 2);
    return article;
}

const QString ArabicTitle = u"ارتفاع منسوب نهر النيل"_s;
const QString ArabicText = u"قال مسؤولون في وزارة الري يوم الأربعاء إن منسوب المياه في نهر النيل ارتفع.\n"
                           u"وأضاف المسؤولون أن فرق الطوارئ مستعدة لمساعدة سكان القرى."_s;
const QString IndonesianTitle = u"Rusia akan bantu Taliban lawan ISKP"_s;
const QString IndonesianText = u"KABUL (Arrahmah.id) — Rusia akan membantu otoritas Taliban.\n\n"
                               u"Zamir Kabulov menyebut ISKP sebagai musuh bersama."_s;
} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsHeaderAndText()
    {
        ReaderView reader;
        reader.resize(900, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(makeArticle(u"id"_s, IndonesianTitle, IndonesianText));

        const auto title = reader.findChild<QLabel *>(u"readerTitle"_s);
        const auto meta = reader.findChild<QLabel *>(u"readerMeta"_s);
        const auto text = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QVERIFY(title && meta && text);
        QCOMPARE(title->text(), IndonesianTitle);
        QVERIFY(meta->text().contains(u"Arrahmah.id"_s));
        QVERIFY(meta->text().contains(u"Kabul"_s));
        QVERIFY(meta->text().contains(QLocale().toString(QDate(2025, 5, 2), QLocale::LongFormat)));
        QVERIFY(meta->text().contains(QLocale::languageToString(QLocale::Indonesian)));
        QVERIFY(text->isReadOnly());
        // Each line of the story is a paragraph; the empty line is spacing, not a paragraph.
        QCOMPARE(text->document()->blockCount(), 2);
        QCOMPARE(
            text->document()->firstBlock().text(), u"KABUL (Arrahmah.id) — Rusia akan membantu otoritas Taliban."_s);
        QCOMPARE(text->document()->lastBlock().text(), u"Zamir Kabulov menyebut ISKP sebagai musuh bersama."_s);
        // Readable typography: a taller line than the font's own, and a column narrower than the pane.
        QCOMPARE(
            text->document()->firstBlock().blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
        QVERIFY(text->document()->firstBlock().blockFormat().lineHeight() > 100);
        QVERIFY(text->document()->rootFrame()->frameFormat().leftMargin() > 0);
    }

    void emptyStateAfterClear()
    {
        ReaderView reader;
        reader.showArticle(makeArticle(u"id"_s, IndonesianTitle, IndonesianText));
        QCOMPARE(reader.articleId(), 7);
        reader.clear();
        QCOMPARE(reader.articleId(), 0);
        QVERIFY(reader.findChild<QTextBrowser *>(u"readerText"_s)->toPlainText().isEmpty());
        QVERIFY(reader.findChild<QLabel *>(u"readerTitle"_s)->text() != IndonesianTitle);
    }

    void direction_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("arabic story reads right to left") << u"ar"_s << ArabicTitle << ArabicText << Qt::RightToLeft;
        QTest::newRow("arabic text without a detected language reads right to left")
            << QString() << ArabicTitle << ArabicText << Qt::RightToLeft;
        QTest::newRow("indonesian story reads left to right")
            << u"id"_s << IndonesianTitle << IndonesianText << Qt::LeftToRight;
    }
    void direction()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, direction);

        ReaderView reader;
        reader.resize(900, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        // An RTL story after an LTR one (and the reverse) must not keep the previous direction.
        const bool rtl = direction == Qt::RightToLeft;
        reader.showArticle(makeArticle(
            rtl ? u"id"_s : u"ar"_s, rtl ? IndonesianTitle : ArabicTitle, rtl ? IndonesianText : ArabicText));
        reader.showArticle(makeArticle(language, title, text));

        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QCOMPARE(reader.storyDirection(), direction);
        QCOMPARE(browser->document()->defaultTextOption().textDirection(), direction);
        QCOMPARE(browser->layoutDirection(), direction);
        QCOMPARE(browser->document()->firstBlock().blockFormat().layoutDirection(), direction);
        QCOMPARE(browser->document()->firstBlock().textDirection(), direction);
        QCOMPARE(reader.findChild<QLabel *>(u"readerTitle"_s)->layoutDirection(), direction);
    }

    void mouseSelectsRightToLeftText()
    {
        ReaderView reader;
        reader.resize(900, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(makeArticle(u"ar"_s, ArabicTitle, ArabicText));
        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QTextBlock first = browser->document()->firstBlock();

        // Drag from the first character of the first paragraph to its last: in a right-to-left
        // paragraph that is a drag from right to left.
        QTextCursor start(browser->document());
        start.setPosition(first.position());
        QTextCursor end(browser->document());
        end.setPosition(first.position() + first.length() - 1);
        const QPoint from = browser->cursorRect(start).center();
        const QPoint to = browser->cursorRect(end).center();
        QVERIFY2(from.x() > to.x(), "the first character of an RTL paragraph is at its right");

        QWidget *viewport = browser->viewport();
        QMouseEvent press(QEvent::MouseButtonPress, from, viewport->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(viewport, &press);
        QMouseEvent move(
            QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QMouseEvent release(
            QEvent::MouseButtonRelease, to, viewport->mapToGlobal(to), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &release);

        const QString selected = browser->textCursor().selectedText();
        QVERIFY2(selected.size() > first.text().size() / 2, qPrintable(selected));
        QVERIFY(first.text().contains(selected));

        browser->selectAll();
        QCOMPARE(browser->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n'), ArabicText);
    }

    void paletteChangeKeepsStoryAndUsesPaletteColours()
    {
        ReaderView reader;
        reader.showArticle(makeArticle(u"ar"_s, ArabicTitle, ArabicText));
        QPalette dark = reader.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        reader.setPalette(dark);

        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QCOMPARE(browser->document()->firstBlock().text(), ArabicText.section(u'\n', 0, 0));
        QCOMPARE(reader.storyDirection(), Qt::RightToLeft);
        // The text carries no colour of its own, so it is painted in the palette's.
        QCOMPARE(browser->document()->firstBlock().charFormat().foreground().style(), Qt::NoBrush);
        QCOMPARE(browser->palette().color(QPalette::Base), dark.color(QPalette::Base));
        QCOMPARE(browser->palette().color(QPalette::Text), dark.color(QPalette::Text));
    }

    void metaLine_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("parts");
        const QDate date(2025, 5, 2);
        const QString longDate = QLocale(QLocale::English).toString(date, QLocale::LongFormat);
        QTest::newRow("everything known") << u"Reuters"_s << u"Moscow"_s << date << u"en"_s
                                          << QStringList { u"Reuters"_s, u"Moscow"_s, longDate, u"English"_s };
        QTest::newRow("no place") << u"Reuters"_s << QString() << date << u"ru"_s
                                  << QStringList { u"Reuters"_s, longDate, u"Russian"_s };
        QTest::newRow("no date, no language")
            << u"Kompas.com"_s << u"Jakarta"_s << QDate() << QString() << QStringList { u"Kompas.com"_s, u"Jakarta"_s };
        QTest::newRow("nothing known") << QString() << QString() << QDate() << QString() << QStringList();
    }
    void metaLine()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, place);
        QFETCH(QDate, published);
        QFETCH(QString, language);
        QFETCH(QStringList, parts);
        Article article;
        article.outletName = outlet;
        article.place = place;
        article.published = published;
        article.language = language;
        const QString line = ReaderView::metaLine(article, QLocale(QLocale::English));
        QStringList found = line.split(u'·', Qt::SkipEmptyParts);
        for (QString &part : found) {
            part = part.trimmed();
        }
        QCOMPARE(found, parts);
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
