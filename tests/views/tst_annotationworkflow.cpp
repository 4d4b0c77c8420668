// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's actors and quotations driven as a person would, in the real window: import the
// seed story, read it with its highlights, use the annotation dock with mouse and keyboard,
// undo and redo decisions (checked in the store), open the actor page, switch the theme.
// What is expected comes from the seed story's hand-made gold file, not from the code under test.
#include "analysis/newstextgrammar.h"
#include "itemmodels/actornamesmodel.h"
#include "itemmodels/actorquotesmodel.h"
#include "itemmodels/articleactorsmodel.h"
#include "itemmodels/articlequotesmodel.h"
#include "storage/library.h"
#include "views/actorpage.h"
#include "views/annotationcontroller.h"
#include "views/annotationdock.h"
#include "views/importcontroller.h"
#include "views/librarysession.h"
#include "views/mainactions.h"
#include "views/mainwindow.h"
#include "views/readertheme.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{
const QString SeedStory = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");
const QString SeedGold = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json");

QJsonObject gold()
{
    QFile file(SeedGold);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QJsonArray goldQuotes()
{
    return gold().value(u"quotes"_s).toArray();
}

/// How often the story names an actor by the forms the gold file lists: whole words, the longest
/// form first and without overlaps ("Kabulov" inside "Zamir Kabulov" is one mention, not two).
int goldMentionCount(const QString &name)
{
    QFile story(SeedStory);
    if (!story.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QString text = QString::fromUtf8(story.readAll());
    const QJsonArray actors = gold().value(u"actors"_s).toArray();
    for (const auto &value : actors) {
        const QJsonObject actor = value.toObject();
        if (actor.value(u"name"_s).toString() != name) {
            continue;
        }
        QStringList forms = actor.value(u"forms"_s).toObject().keys();
        std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &form : forms) {
            form = QRegularExpression::escape(form);
        }
        const QRegularExpression pattern(u"\\b(?:%1)\\b"_s.arg(forms.join(u'|')));
        int count = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext(); it.next()) {
            ++count;
        }
        return count;
    }
    return -1;
}

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

QString themeName(KSyntaxHighlighting::Repository::DefaultTheme which)
{
    return NewsTextGrammar::threadRepository().defaultTheme(which).name();
}
} // namespace

class TestAnnotationWorkflow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storyId = 0;

    [[nodiscard]] QTextBrowser *readerText() const { return m_window->findChild<QTextBrowser *>(u"readerText"_s); }
    [[nodiscard]] AnnotationDock *dock() const { return m_window->findChild<AnnotationDock *>(u"annotationDock"_s); }
    [[nodiscard]] LibrarySession *session() const { return m_window->session(); }

    /// The window on a fresh library with the seed story imported and open in the reader.
    bool openSeedStory()
    {
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        if (!library.ok()) {
            qWarning() << library.error();
            return false;
        }
        m_window = std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
        // A light theme by name: the test does not depend on the machine's colour scheme.
        m_window->readerTheme()->setThemeName(themeName(KSyntaxHighlighting::Repository::LightTheme));
        m_window->resize(1000, 640);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            return false;
        }
        bool finished = false;
        ImportReport report;
        connect(m_window->importController(), &ImportController::finished, this, [&](const ImportReport &r) {
            report = r;
            finished = true;
        });
        if (!m_window->importPaths({ SeedStory })) {
            qWarning("the import did not start");
            return false;
        }
        if (!QTest::qWaitFor([&] { return finished; }, 30000) || report.imported != 1) {
            qWarning("the import did not finish with one story");
            return false;
        }
        if (auto summary = m_window->findChild<QMessageBox *>(u"importSummary"_s)) {
            summary->close();
        }
        m_storyId = report.importedIds.first();
        // The list may have opened it already (the newest story); click it to be sure.
        auto list = m_window->findChild<QTreeView *>(u"articleList"_s);
        if (!QTest::qWaitFor([&] { return session()->articleModel()->rowOfArticle(m_storyId) >= 0; }, 5000)) {
            qWarning("the story is not in the list");
            return false;
        }
        const int row = session()->articleModel()->rowOfArticle(m_storyId);
        const QModelIndex index = list->model()->index(row, ArticleListModel::TitleColumn);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        if (!QTest::qWaitFor([&] { return readerText()->toPlainText().contains(u"Kabulov"_s); }, 5000)) {
            qWarning("the reader does not show the story");
            return false;
        }
        if (!QTest::qWaitFor([&] { return session()->articleQuotesModel()->rowCount() > 0; }, 5000)) {
            qWarning("the dock lists no quotation");
            return false;
        }
        return true;
    }

    [[nodiscard]] int actorRow(const QString &name) const
    {
        ArticleActorsModel *model = session()->articleActorsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ArticleActorsModel::NameColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

    [[nodiscard]] int quoteRow(const QString &text) const
    {
        ArticleQuotesModel *model = session()->articleQuotesModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->quoteAt(row).text == text) {
                return row;
            }
        }
        return -1;
    }

    static void clickRow(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    /// Gives the window and `widget` the focus, as a person clicking into it would.
    bool focus(QWidget *widget)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            return false;
        }
        widget->setFocus(Qt::MouseFocusReason);
        return QTest::qWaitFor([widget] { return widget->hasFocus(); }, 2000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!goldQuotes().isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The theme choice goes to the default QSettings: keep it in this test's folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void readerHighlightsActorsAndQuotations()
    {
        QVERIFY(openSeedStory());
        QTextBrowser *text = readerText();
        const auto theme = m_window->findChild<QWidget *>(u"reader"_s) ? m_window->readerTheme() : nullptr;
        QVERIFY(theme);
        const KSyntaxHighlighting::Theme active = theme->resolve(false);
        // "Kabulov" wears the colour of a person.
        QTRY_VERIFY(selectionOver(text, u"Kabulov"_s).has_value());
        const auto surname = selectionOver(text, u"Kabulov"_s);
        QCOMPARE(surname->format.foreground().color(), ReaderTheme::actorColor(active, Actor::Kind::Person));
        // The first quotation of the gold file is tinted and underlined in its speaker's colour.
        const QString first = goldQuotes().first().toObject().value(u"text"_s).toString();
        const auto quote = selectionOver(text, first);
        QVERIFY2(quote.has_value(), qPrintable(first));
        QVERIFY(quote->format.background().style() != Qt::NoBrush);
        QCOMPARE(quote->format.underlineColor(), ReaderTheme::actorColor(active, Actor::Kind::Person));
    }

    void dockListsActorsAndQuotations()
    {
        QVERIFY(openSeedStory());
        QVERIFY(dock());
        QVERIFY(dock()->isVisible());
        const int kabulov = actorRow(u"Zamir Kabulov"_s);
        QVERIFY(kabulov >= 0);
        QCOMPARE(session()->articleActorsModel()->index(kabulov, 0).data(ArticleActorsModel::MentionCountRole).toInt(),
            goldMentionCount(u"Zamir Kabulov"_s));
        QCOMPARE(dock()->actorsView()->model(), session()->articleActorsModel());

        // Every quotation of the gold file, with its speaker; the dock shows the store's rows.
        QCOMPARE(dock()->quotesView()->model(), session()->articleQuotesModel());
        int quoted = 0;
        for (int row = 0; row < session()->articleQuotesModel()->rowCount(); ++row) {
            quoted += session()->articleQuotesModel()->quoteAt(row).type != Quote::Type::Indirect ? 1 : 0;
        }
        QCOMPARE(quoted, int(goldQuotes().size()));
        for (const auto &value : goldQuotes()) {
            const QJsonObject expected = value.toObject();
            const int row = quoteRow(expected.value(u"text"_s).toString());
            QVERIFY2(row >= 0, qPrintable(expected.value(u"text"_s).toString()));
            QCOMPARE(
                session()->articleQuotesModel()->quoteAt(row).speaker.name, expected.value(u"speaker"_s).toString());
        }
    }

    void clickingAQuotationSelectsItsText()
    {
        QVERIFY(openSeedStory());
        dock()->findChild<QTabWidget *>(u"annotationTabs"_s)->setCurrentIndex(1);
        const QJsonArray quotes = goldQuotes();
        const QString last = quotes.at(quotes.size() - 1).toObject().value(u"text"_s).toString();
        const int row = quoteRow(last);
        QVERIFY(row >= 0);
        clickRow(dock()->quotesView(), session()->articleQuotesModel()->index(row, ArticleQuotesModel::TextColumn));
        QTRY_COMPARE(readerText()->textCursor().selectedText(), last);

        // And the other way: clicking a quotation in the text chooses its row in the dock.
        const QString first = quotes.at(0).toObject().value(u"text"_s).toString();
        const auto span = selectionOver(readerText(), first);
        QVERIFY(span);
        QTextCursor inside(readerText()->document());
        inside.setPosition(span->cursor.selectionStart() + 3);
        readerText()->setTextCursor(inside); // no selection left: the click is a click
        const QPoint point = readerText()->cursorRect(inside).center() + QPoint(2, 0);
        QTest::mouseClick(readerText()->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(dock()->currentQuoteId(), session()->articleQuotesModel()->quoteAt(quoteRow(first)).id);
    }

    void rejectMentionWithKeyboardThenUndoRedo()
    {
        QVERIFY(openSeedStory());
        const int kabulov = actorRow(u"Zamir Kabulov"_s);
        QVERIFY(kabulov >= 0);
        clickRow(dock()->actorsView(), session()->articleActorsModel()->index(kabulov, ArticleActorsModel::NameColumn));
        QTreeWidget *mentions = dock()->mentionsView();
        QTRY_COMPARE(mentions->topLevelItemCount(), goldMentionCount(u"Zamir Kabulov"_s));
        clickRow(mentions, mentions->model()->index(0, 0));
        const qint64 mentionId = dock()->currentMentionId();
        QVERIFY(mentionId != 0);
        const auto before = session()->annotations().mention(mentionId);
        QVERIFY(before.ok());
        QCOMPARE(before.value().state, AnnotationState::Suggested);
        const QString form = before.value().text;
        const auto drawn = [&] {
            const auto selections = readerText()->extraSelections();
            return int(std::count_if(selections.cbegin(), selections.cend(),
                [&form](const QTextEdit::ExtraSelection &s) { return s.cursor.selectedText() == form; }));
        };
        const int drawnBefore = drawn();
        QVERIFY(drawnBefore > 0);

        QVERIFY(focus(mentions));
        QTest::keyClick(mentions, Qt::Key_Delete);
        QTRY_COMPARE(session()->annotations().mention(mentionId).value().state, AnnotationState::Rejected);
        QCOMPARE(m_window->undoStack()->count(), 1);
        // The reader no longer draws it.
        QCOMPARE(drawn(), drawnBefore - 1);
        QVERIFY(m_window->actions()->undo()->isEnabled());

        QTest::keySequence(m_window.get(), m_window->actions()->undo()->shortcut());
        QTRY_COMPARE(session()->annotations().mention(mentionId).value().state, AnnotationState::Suggested);
        QCOMPARE(drawn(), drawnBefore);
        QTest::keySequence(m_window.get(), m_window->actions()->redo()->shortcut());
        QTRY_COMPARE(session()->annotations().mention(mentionId).value().state, AnnotationState::Rejected);
        QCOMPARE(drawn(), drawnBefore - 1);
        // The undo action's shortcut is the platform's Undo, and it lives in the Edit menu.
        QCOMPARE(m_window->actions()->undo()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_window->actions()->redo()->shortcut(), QKeySequence(QKeySequence::Redo));
    }

    void reassignQuoteSpeakerThenUndo()
    {
        QVERIFY(openSeedStory());
        dock()->findChild<QTabWidget *>(u"annotationTabs"_s)->setCurrentIndex(1);
        const QJsonObject first = goldQuotes().first().toObject();
        const int row = quoteRow(first.value(u"text"_s).toString());
        QVERIFY(row >= 0);
        const qint64 quoteId = session()->articleQuotesModel()->quoteAt(row).id;
        clickRow(dock()->quotesView(), session()->articleQuotesModel()->index(row, ArticleQuotesModel::TextColumn));
        QCOMPARE(dock()->currentQuoteId(), quoteId);

        QVERIFY(focus(dock()->quotesView()));
        QTest::keyClick(dock()->quotesView(), Qt::Key_F2);
        QDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = m_window->findChild<QDialog *>(u"actorChooser"_s)) != nullptr);
        QTRY_VERIFY(chooser->isVisible());
        const auto search = chooser->findChild<QLineEdit *>(u"actorSearch"_s);
        const auto list = chooser->findChild<QListWidget *>(u"actorList"_s);
        QVERIFY(search && list);
        // The chooser takes the keyboard, as a window that opened in front of the person.
        chooser->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(chooser));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"Putin"_s);
        QTRY_VERIFY(list->currentItem() && list->currentItem()->text().contains(u"Vladimir Putin"_s));
        QTest::keyClick(search, Qt::Key_Return);

        QTRY_COMPARE(session()->annotations().quote(quoteId).value().speaker.name, u"Vladimir Putin"_s);
        QCOMPARE(session()->annotations().quote(quoteId).value().state, AnnotationState::Confirmed);
        QTRY_COMPARE(session()->articleQuotesModel()->quoteAt(quoteRow(first.value(u"text"_s).toString())).speaker.name,
            u"Vladimir Putin"_s);

        m_window->actions()->undo()->trigger();
        QCOMPARE(session()->annotations().quote(quoteId).value().speaker.name, first.value(u"speaker"_s).toString());
        QCOMPARE(session()->annotations().quote(quoteId).value().state, AnnotationState::Suggested);
        m_window->actions()->redo()->trigger();
        QCOMPARE(session()->annotations().quote(quoteId).value().speaker.name, u"Vladimir Putin"_s);
    }

    void actorPageShowsQuotationsAcrossTheLibrary()
    {
        QVERIFY(openSeedStory());
        const int kabulov = actorRow(u"Zamir Kabulov"_s);
        QVERIFY(kabulov >= 0);
        clickRow(dock()->actorsView(), session()->articleActorsModel()->index(kabulov, ArticleActorsModel::NameColumn));
        dock()->actorPageAction()->trigger();
        ActorPage *page = nullptr;
        QTRY_VERIFY((page = m_window->findChild<ActorPage *>(u"actorPage"_s)) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(page));
        ActorQuotesModel *quotes = page->quotesModel();
        QStringList texts;
        for (int row = 0; row < quotes->rowCount(); ++row) {
            texts << quotes->quoteAt(row).quote.text;
        }
        int expected = 0;
        for (const auto &value : goldQuotes()) {
            const QJsonObject quote = value.toObject();
            if (quote.value(u"speaker"_s).toString() == u"Zamir Kabulov"_s) {
                ++expected;
                QVERIFY2(texts.contains(quote.value(u"text"_s).toString()), qPrintable(texts.join(u'\n')));
            }
        }
        QVERIFY(expected > 0);
        // The framing table names the story's outlet with the forms it uses.
        QVERIFY(page->namesModel()->rowCount() >= 1);
        QVERIFY(page->namesModel()->names().contains(u"Kabulov"_s));

        // Choosing a quotation (Return on its row) reads it in its story.
        const auto table = page->findChild<QAbstractItemView *>(u"actorQuotes"_s);
        QVERIFY(table);
        readerText()->moveCursor(QTextCursor::Start);
        const QModelIndex index = quotes->index(0, ActorQuotesModel::TextColumn);
        QCOMPARE(index.data(ActorQuotesModel::ArticleIdRole).toLongLong(), m_storyId);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(readerText()->textCursor().selectedText(), quotes->quoteAt(0).quote.text);
    }

    void switchingThemeChangesReaderColours()
    {
        QVERIFY(openSeedStory());
        QTRY_VERIFY(selectionOver(readerText(), u"Kabulov"_s).has_value());
        const QColor before = selectionOver(readerText(), u"Kabulov"_s)->format.foreground().color();
        const QString dark = themeName(KSyntaxHighlighting::Repository::DarkTheme);

        m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"settingsDialog"_s)) != nullptr);
        const auto combo = dialog->findChild<QComboBox *>(u"themeCombo"_s);
        combo->setCurrentIndex(combo->findData(dark));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_COMPARE(m_window->readerTheme()->themeName(), dark);
        const auto after = selectionOver(readerText(), u"Kabulov"_s);
        QVERIFY(after);
        QVERIFY(after->format.foreground().color() != before);
        QCOMPARE(after->format.foreground().color(),
            ReaderTheme::actorColor(m_window->readerTheme()->resolve(true), Actor::Kind::Person));
        QCOMPARE(QSettings().value(ReaderTheme::settingsKey()).toString(), dark);
    }
};

QTEST_MAIN(TestAnnotationWorkflow)
#include "tst_annotationworkflow.moc"
