// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's colour theme and its layer of actors and quotations, on a story made here: colours
// from the KSyntaxHighlighting theme, spans placed at the article's offsets, hover cards, clicks,
// and the settings dialog's choice.
#include "analysis/newstextgrammar.h"
#include "views/readertheme.h"
#include "views/readerview.h"
#include "views/settingsdialog.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Dateline;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace
{
// Blank lines and indented lines: the reader trims them, the stored offsets do not.
const QString StoryText = u"KABUL (Arrahmah.id) — Rusia membantu IIA.\n\n"
                          u"   “Kami melihat upaya IIA,” kata Kabulov kepada RIA.\n"
                          u"\n\n  Zamir Kabulov menyebut ISKP sebagai musuh.\n"_s;

Actor makeActor(qint64 id, const QString &name, Actor::Kind kind)
{
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.kind = kind;
    actor.description = u"Russia's special representative for Afghanistan"_s;
    return actor;
}

Mention mentionOf(qint64 id, const Actor &actor, const QString &form, int occurrence)
{
    Mention mention;
    mention.id = id;
    mention.articleId = 7;
    mention.actor = actor;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = StoryText.indexOf(form, at + 1);
    }
    mention.start = at;
    mention.end = at + form.size();
    mention.text = form;
    return mention;
}

Quote firstQuote(const Actor &speaker)
{
    Quote quote;
    quote.id = 31;
    quote.articleId = 7;
    quote.text = u"Kami melihat upaya IIA,"_s;
    quote.start = StoryText.indexOf(quote.text);
    quote.end = quote.start + quote.text.size();
    quote.speaker = speaker;
    quote.cue = u"kata Kabulov"_s;
    quote.via = { makeActor(3, u"RIA Novosti"_s, Actor::Kind::NewsAgency) };
    return quote;
}

Article story()
{
    Article article;
    article.id = 7;
    article.title = u"Rusia akan bantu IIA"_s;
    article.text = StoryText;
    article.language = u"id"_s;
    return article;
}

QString defaultThemeName(Repository::DefaultTheme which)
{
    return NewsTextGrammar::threadRepository().defaultTheme(which).name();
}

/// The extra selection of the reader that covers exactly `text`, if any.
std::optional<QTextEdit::ExtraSelection> selectionOver(QTextBrowser *browser, const QString &text)
{
    const auto selections = browser->extraSelections();
    for (const auto &selection : selections) {
        if (selection.cursor.selectedText() == text) {
            return selection;
        }
    }
    return std::nullopt;
}

QPoint pointInside(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    const QRect before = browser->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = browser->cursorRect(cursor);
    return QPoint((before.center().x() + after.center().x()) / 2, before.center().y());
}
} // namespace

class TestReaderTheme : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The default QSettings of this process live in the temporary folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    }

    void actorKindsHaveTheirOwnColours_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("default light theme") << defaultThemeName(Repository::LightTheme);
        QTest::newRow("default dark theme") << defaultThemeName(Repository::DarkTheme);
    }
    void actorKindsHaveTheirOwnColours()
    {
        QFETCH(QString, theme);
        const Theme resolved = NewsTextGrammar::threadRepository().theme(theme);
        QVERIFY(resolved.isValid());
        const QColor normal = QColor::fromRgba(resolved.textColor(Theme::Normal));
        QSet<QRgb> colours;
        for (const auto kind : { Actor::Kind::State, Actor::Kind::Person, Actor::Kind::Organisation,
                 Actor::Kind::ArmedGroup, Actor::Kind::NewsAgency, Actor::Kind::City }) {
            const QColor colour = ReaderTheme::actorColor(resolved, kind);
            QVERIFY(colour.isValid());
            QVERIFY2(colour != normal, qPrintable(colour.name()));
            colours.insert(colour.rgb());
        }
        // Six kinds, and a theme may share a colour between two default styles, but not more.
        QVERIFY2(colours.size() >= 5, qPrintable(QString::number(colours.size())));
        // A quotation: a tint that is neither the background nor the text colour, and the speaker's underline.
        const QTextCharFormat quote = ReaderTheme::quoteFormat(resolved, Quote::Type::Direct,
            makeActor(1, u"Zamir Kabulov"_s, Actor::Kind::Person), AnnotationState::Suggested);
        const QColor background = QColor::fromRgba(resolved.editorColor(Theme::BackgroundColor));
        QVERIFY(quote.background().style() != Qt::NoBrush);
        QVERIFY(quote.background().color() != background);
        QCOMPARE(quote.underlineColor(), ReaderTheme::actorColor(resolved, Actor::Kind::Person));
    }

    void followingTheSystemPicksLightOrDark()
    {
        ReaderTheme theme;
        QVERIFY(theme.followsSystem());
        QCOMPARE(theme.resolve(false).name(), defaultThemeName(Repository::LightTheme));
        QCOMPARE(theme.resolve(true).name(), defaultThemeName(Repository::DarkTheme));
        QVERIFY(!ReaderTheme::isDarkTheme(theme.resolve(false)));
        QVERIFY(ReaderTheme::isDarkTheme(theme.resolve(true)));
    }

    void settingsRoundTrip_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing stored follows the system") << QString() << QString();
        QTest::newRow("a named theme is kept")
            << defaultThemeName(Repository::DarkTheme) << defaultThemeName(Repository::DarkTheme);
        QTest::newRow("a theme no longer installed follows the system") << u"No Such Theme 42"_s << QString();
    }
    void settingsRoundTrip()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        if (!stored.isNull()) {
            settings.setValue(ReaderTheme::settingsKey(), stored);
        }
        ReaderTheme theme;
        theme.setThemeName(defaultThemeName(Repository::LightTheme));
        theme.load(settings);
        QCOMPARE(theme.themeName(), expected);
        QCOMPARE(theme.followsSystem(), expected.isEmpty());

        QSettings other(dir.filePath(u"other.ini"_s), QSettings::IniFormat);
        theme.save(other);
        ReaderTheme again;
        again.load(other);
        QCOMPARE(again.themeName(), expected);
    }

    void overlayLiesOnTheArticleOffsets()
    {
        ReaderTheme theme;
        theme.setThemeName(defaultThemeName(Repository::LightTheme));
        ReaderView reader;
        reader.resize(900, 600);
        reader.setReaderTheme(&theme);
        reader.showArticle(story());
        const Actor kabulov = makeActor(1, u"Zamir Kabulov"_s, Actor::Kind::Person);
        const Actor iia = makeActor(2, u"Taliban"_s, Actor::Kind::ArmedGroup);
        reader.setAnnotations({ mentionOf(11, iia, u"IIA"_s, 1), mentionOf(12, kabulov, u"Kabulov"_s, 0),
                                  mentionOf(13, kabulov, u"Zamir Kabulov"_s, 0) },
            { firstQuote(kabulov) });

        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        const Theme active = reader.activeTheme();
        QCOMPARE(active.name(), theme.themeName());
        // The spans cover the right words although the reader trimmed lines and dropped blank ones.
        const auto surname = selectionOver(browser, u"Kabulov"_s);
        QVERIFY(surname);
        QCOMPARE(surname->format.foreground().color(), ReaderTheme::actorColor(active, Actor::Kind::Person));
        QCOMPARE(surname->cursor.selectionStart(), browser->toPlainText().indexOf(u"Kabulov"_s));
        const auto fullName = selectionOver(browser, u"Zamir Kabulov"_s);
        QVERIFY(fullName);
        const auto group = selectionOver(browser, u"IIA"_s);
        QVERIFY(group);
        QCOMPARE(group->format.foreground().color(), ReaderTheme::actorColor(active, Actor::Kind::ArmedGroup));
        QVERIFY(group->cursor.selectionStart() > browser->toPlainText().indexOf(u"“Kami"_s));
        const auto quote = selectionOver(browser, u"Kami melihat upaya IIA,"_s);
        QVERIFY(quote);
        QVERIFY(quote->format.background().style() != Qt::NoBrush);
        QCOMPARE(quote->format.underlineColor(), ReaderTheme::actorColor(active, Actor::Kind::Person));

        // Both ways: a document position maps back to the article offset.
        const qsizetype offset = StoryText.indexOf(u"Zamir"_s);
        const int position = reader.documentPosition(offset);
        QCOMPARE(browser->toPlainText().mid(position, 5), u"Zamir"_s);
        QCOMPARE(reader.overlay().articleOffset(browser->document(), position), offset);

        // A rejected mention is no longer drawn.
        Mention rejected = mentionOf(12, kabulov, u"Kabulov"_s, 0);
        rejected.state = AnnotationState::Rejected;
        reader.setAnnotations({ rejected }, {});
        QVERIFY(!selectionOver(browser, u"Kabulov"_s));
    }

    void hoverShowsCardsAndClickActivates()
    {
        ReaderTheme theme;
        ReaderView reader;
        reader.resize(900, 600);
        reader.setReaderTheme(&theme);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(story());
        const Actor kabulov = makeActor(1, u"Zamir Kabulov"_s, Actor::Kind::Person);
        reader.setAnnotations(
            { mentionOf(12, kabulov, u"Kabulov"_s, 0), mentionOf(13, kabulov, u"Zamir Kabulov"_s, 0) },
            { firstQuote(kabulov) });
        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QWidget *viewport = browser->viewport();

        // Over the surname in "kata Kabulov": the actor's card with the forms the story uses.
        const QPoint onSurname = pointInside(browser, reader.documentPosition(StoryText.indexOf(u"Kabulov"_s) + 2));
        QHelpEvent actorHelp(QEvent::ToolTip, onSurname, viewport->mapToGlobal(onSurname));
        QApplication::sendEvent(viewport, &actorHelp);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Zamir Kabulov"_s), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(u"Person"_s));
        QVERIFY(QToolTip::text().contains(u"Kabulov, Zamir Kabulov"_s));

        // Over the quotation: speaker, cue and chain.
        const QPoint onQuote = pointInside(browser, reader.documentPosition(StoryText.indexOf(u"melihat"_s) + 2));
        QHelpEvent quoteHelp(QEvent::ToolTip, onQuote, viewport->mapToGlobal(onQuote));
        QApplication::sendEvent(viewport, &quoteHelp);
        QTRY_VERIFY(QToolTip::text().contains(u"kata Kabulov"_s));
        QVERIFY2(QToolTip::text().contains(u"Zamir Kabulov, via RIA Novosti"_s), qPrintable(QToolTip::text()));

        QSignalSpy mentions(&reader, &ReaderView::mentionActivated);
        QSignalSpy quotes(&reader, &ReaderView::quoteActivated);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, onSurname);
        QCOMPARE(mentions.count(), 1);
        QCOMPARE(mentions.first().first().toLongLong(), 12);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, onQuote);
        QCOMPARE(quotes.count(), 1);
        QCOMPARE(quotes.first().first().toLongLong(), 31);
    }

    void settingsDialogSwitchesTheReaderColours()
    {
        ReaderTheme theme;
        const QString light = defaultThemeName(Repository::LightTheme);
        const QString dark = defaultThemeName(Repository::DarkTheme);
        theme.setThemeName(light);
        ReaderView reader;
        reader.setReaderTheme(&theme);
        reader.showArticle(story());
        const Actor kabulov = makeActor(1, u"Zamir Kabulov"_s, Actor::Kind::Person);
        reader.setAnnotations({ mentionOf(12, kabulov, u"Kabulov"_s, 0) }, { firstQuote(kabulov) });
        const auto browser = reader.findChild<QTextBrowser *>(u"readerText"_s);
        const QTextCharFormat before = selectionOver(browser, u"Kabulov"_s)->format;
        const QColor baseBefore = browser->palette().color(QPalette::Base);

        QSettings settings(m_dir->filePath(u"dialog.ini"_s), QSettings::IniFormat);
        SettingsDialog dialog(&theme, &settings);
        const auto combo = dialog.findChild<QComboBox *>(u"themeCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), light);
        QCOMPARE(combo->itemData(0).toString(), QString()); // follow the system comes first
        const int darkRow = combo->findData(dark);
        QVERIFY(darkRow > 0);
        combo->setCurrentIndex(darkRow);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(theme.themeName(), dark);
        QCOMPARE(settings.value(ReaderTheme::settingsKey()).toString(), dark);
        QCOMPARE(reader.activeTheme().name(), dark);
        const auto after = selectionOver(browser, u"Kabulov"_s);
        QVERIFY(after);
        QVERIFY(after->format.foreground().color() != before.foreground().color());
        QCOMPARE(
            after->format.foreground().color(), ReaderTheme::actorColor(reader.activeTheme(), Actor::Kind::Person));
        // The chosen theme's background behind the text: a dark theme on a light system.
        QVERIFY(browser->palette().color(QPalette::Base) != baseBefore);
        QVERIFY(browser->palette().color(QPalette::Base).lightness() <
            browser->palette().color(QPalette::Text).lightness());
        // The story is still there, and its annotations.
        QVERIFY(browser->toPlainText().contains(u"Zamir Kabulov"_s));
        QVERIFY(selectionOver(browser, u"Kami melihat upaya IIA,"_s));
    }
};

QTEST_MAIN(TestReaderTheme)
#include "tst_readertheme.moc"
