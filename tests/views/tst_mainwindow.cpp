// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a person would: import through the import controller, click a
// story in the list, read it, search as you type, switch libraries.
#include "itemmodels/articlelistmodel.h"
#include "storage/library.h"
#include "views/importcontroller.h"
#include "views/librarysession.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{
const QString SeedStory = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");
const QString SeedGold = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json");
const QString ArabicStory = QStringLiteral(DATELINE_TEST_DATA "/views/arabic.txt");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

std::unique_ptr<MainWindow> makeWindow(const QString &libraryPath)
{
    auto library = Library::open(libraryPath);
    if (!library.ok()) {
        qWarning() << library.error();
        return {};
    }
    return std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
}

/// Types like a keyboard does, in any script: QTest::keyClicks knows only Latin-1 keys.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

bool showWindow(MainWindow &window)
{
    window.resize(760, 560); // the offscreen screen is 800x600
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_libraryPath;

    /// Imports through the window's entry point (the one File > Import and drops use), waits for
    /// the end, checks and closes the summary.
    ImportReport importAndWait(MainWindow &window, const QStringList &paths)
    {
        ImportReport report;
        bool finished = false;
        const auto connection =
            connect(window.importController(), &ImportController::finished, this, [&](const ImportReport &r) {
                report = r;
                finished = true;
            });
        if (!window.importPaths(paths)) {
            disconnect(connection);
            return report;
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 30000); }();
        disconnect(connection);
        if (auto summary = window.findChild<QMessageBox *>(u"importSummary"_s)) {
            summary->close();
        }
        return report;
    }

    static QTreeView *articleList(MainWindow &window) { return window.findChild<QTreeView *>(u"articleList"_s); }
    static ArticleListModel *articleModel(MainWindow &window) { return window.session()->articleModel(); }

    /// Clicks the story's row in the article list, as a person would.
    static bool clickStory(MainWindow &window, qint64 id)
    {
        QTreeView *list = articleList(window);
        // The list is refreshed after the import's report is delivered; under load that can come
        // a moment later than the report itself.
        int row = -1;
        if (!QTest::qWaitFor([&] { return (row = articleModel(window)->rowOfArticle(id)) >= 0; }, 5000)) {
            return false;
        }
        const QModelIndex index = list->model()->index(row, ArticleListModel::TitleColumn);
        list->scrollTo(index);
        const QRect rect = list->visualRect(index);
        if (!rect.isValid()) {
            return false;
        }
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_libraryPath = m_dir->filePath(u"library.dateline"_s);
    }

    void cleanup() { m_dir.reset(); }

    void importedStoryShowsInReader()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(articleModel(*window)->rowCount(), 0);

        const ImportReport report = importAndWait(*window, { SeedStory });
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.importedIds.size(), 1);
        const qint64 id = report.importedIds.first();

        // The list was refreshed by the import; the story count comes from the library's counts.
        QTRY_VERIFY(articleModel(*window)->rowOfArticle(id) >= 0);
        QVERIFY(window->findChild<QLabel *>(u"storyCount"_s)->text().contains(u"1"_s));
        QVERIFY(clickStory(*window, id));

        const auto stored = window->session()->store().article(id);
        QVERIFY(stored.ok());
        const QString title = stored.value().title;
        QVERIFY(!title.isEmpty());
        const auto readerTitle = window->findChild<QLabel *>(u"readerTitle"_s);
        const auto readerMeta = window->findChild<QLabel *>(u"readerMeta"_s);
        const auto readerText = window->findChild<QWidget *>(u"reader"_s)->findChild<QTextBrowser *>();
        QVERIFY(readerTitle && readerMeta && readerText);
        QTRY_COMPARE(readerTitle->text(), title);

        // The story's own words, straight from the file, are in the reader.
        const QStringList lines = readText(SeedStory).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        const QString shown = readerText->toPlainText();
        QVERIFY(shown.contains(lines.at(1).trimmed()));
        QVERIFY(shown.contains(lines.at(3).trimmed()));

        // The header: outlet, place and date as the hand-made gold annotation has them.
        QFile goldFile(SeedGold);
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QJsonObject dateline =
            QJsonDocument::fromJson(goldFile.readAll()).object().value(u"dateline"_s).toObject();
        const QString meta = readerMeta->text();
        QVERIFY2(meta.contains(dateline.value(u"outlet"_s).toString()), qPrintable(meta));
        QVERIFY2(meta.contains(dateline.value(u"place"_s).toString()), qPrintable(meta));
        const QDate published = QDate::fromString(dateline.value(u"published"_s).toString(), Qt::ISODate);
        QVERIFY(published.isValid());
        QVERIFY2(meta.contains(QLocale().toString(published, QLocale::LongFormat)), qPrintable(meta));
    }

    void secondImportIsADuplicate()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(importAndWait(*window, { SeedStory }).imported, 1);

        // Keep the summary open this time to read what it says.
        bool finished = false;
        connect(window->importController(), &ImportController::finished, this, [&] { finished = true; });
        QVERIFY(window->importPaths({ SeedStory }));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = window->findChild<QMessageBox *>(u"importSummary"_s)) != nullptr);
        QVERIFY2(summary->text().contains(u"already in the library"_s), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(u"Stories imported"_s));
        summary->close();
        QCOMPARE(articleModel(*window)->rowCount(), 1);
    }

    void searchAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("seedShown");
        QTest::addColumn<bool>("arabicShown");
        QTest::newRow("surname finds the seed story") << u"Kabulov"_s << true << false;
        QTest::newRow("two words find the seed story") << u"Zamir Kabulov"_s << true << false;
        QTest::newRow("lower case finds it too") << u"kabulov"_s << true << false;
        QTest::newRow("an arabic word finds the arabic story") << u"النيل"_s << false << true;
        QTest::newRow("a word in no story finds nothing") << u"Zanzibar"_s << false << false;
    }
    void searchAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(bool, seedShown);
        QFETCH(bool, arabicShown);

        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        const ImportReport report = importAndWait(*window, { SeedStory, ArabicStory });
        QCOMPARE(report.imported, 2);
        const auto stored = window->session()->store().article(report.importedIds.at(0));
        QVERIFY(stored.ok());
        const bool firstIsSeed = stored.value().text.contains(u"Kabulov"_s);
        const qint64 seedId = report.importedIds.at(firstIsSeed ? 0 : 1);
        const qint64 arabicId = report.importedIds.at(firstIsSeed ? 1 : 0);
        ArticleListModel *model = articleModel(*window);
        QTRY_VERIFY(model->rowOfArticle(seedId) >= 0 && model->rowOfArticle(arabicId) >= 0);

        const auto searchBox = window->findChild<QLineEdit *>(u"searchBox"_s);
        QVERIFY(searchBox);
        QVERIFY(!searchBox->placeholderText().isEmpty());
        typeText(searchBox, typed);
        QTRY_COMPARE(model->searchText(), typed);
        QTRY_COMPARE(model->rowOfArticle(seedId) >= 0, seedShown);
        QTRY_COMPARE(model->rowOfArticle(arabicId) >= 0, arabicShown);
        QCOMPARE(model->rowCount(), int(seedShown) + int(arabicShown));
        QVERIFY(window->statusBar()->currentMessage().isEmpty());

        if (seedShown && !arabicShown) {
            // Return goes to the results and opens the first one in the reader.
            QTest::keyClick(searchBox, Qt::Key_Return);
            QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(articleList(*window)));
            QTRY_VERIFY(window->findChild<QTextBrowser *>(u"readerText"_s)->toPlainText().contains(u"Kabulov"_s));
        }
        if (seedShown) {
            QVERIFY(clickStory(*window, seedId));
            QTRY_VERIFY(window->findChild<QTextBrowser *>(u"readerText"_s)->toPlainText().contains(u"Kabulov"_s));
        }

        // Escape empties the box and the whole list comes back.
        QTest::keyClick(searchBox, Qt::Key_Escape);
        QVERIFY(searchBox->text().isEmpty());
        QTRY_VERIFY(model->rowOfArticle(seedId) >= 0 && model->rowOfArticle(arabicId) >= 0);
    }

    void operatorsTypedAreSearchedSafely_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("a bare AND") << u"AND"_s;
        QTest::newRow("an unclosed quote") << u"\"Kabulov"_s;
        QTest::newRow("NEAR with an open parenthesis") << u"NEAR("_s;
        QTest::newRow("OR NOT") << u"Kabulov OR NOT"_s;
        QTest::newRow("a lone star") << u"*"_s;
        QTest::newRow("a column filter") << u"title:"_s;
    }
    void operatorsTypedAreSearchedSafely()
    {
        QFETCH(QString, typed);
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(importAndWait(*window, { SeedStory }).imported, 1);

        // The search box takes words, not FTS5 syntax: what looks like an operator is searched
        // as a word, so typing never makes a malformed query, and nothing crashes.
        const auto searchBox = window->findChild<QLineEdit *>(u"searchBox"_s);
        typeText(searchBox, typed);
        QTRY_COMPARE(articleModel(*window)->searchText(), typed);
        QCOMPARE(articleModel(*window)->lastError(), QString());
        QCOMPARE(window->statusBar()->currentMessage(), QString());

        // The window goes on working: a good query after it finds the story.
        searchBox->clear();
        typeText(searchBox, u"Kabulov"_s);
        QTRY_COMPARE(articleModel(*window)->rowCount(), 1);
    }

    void failingSearchShowsErrorInStatusBar()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(importAndWait(*window, { SeedStory }).imported, 1);

        // A damaged index: the search fails inside SQLite, as a malformed query does.
        QSqlQuery drop(window->session()->library().database());
        QVERIFY2(drop.exec(u"DROP TABLE article_fts"_s), qPrintable(drop.lastError().text()));

        const auto searchBox = window->findChild<QLineEdit *>(u"searchBox"_s);
        typeText(searchBox, u"Kabulov"_s);
        QTRY_VERIFY(!articleModel(*window)->lastError().isEmpty());
        QTRY_VERIFY(window->statusBar()->currentMessage().contains(articleModel(*window)->lastError()));
        QCOMPARE(articleModel(*window)->rowCount(), 0);

        // Escape leaves the search; the list reads the article table again.
        QTest::keyClick(searchBox, Qt::Key_Escape);
        QTRY_COMPARE(articleModel(*window)->rowCount(), 1);
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }

    void sidebarFilters_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("seedShown");
        QTest::addColumn<bool>("arabicShown");
        QTest::newRow("the seed story's outlet") << u"Arrahmah.id"_s << true << false;
        QTest::newRow("all stories") << u"All stories"_s << true << true;
    }
    void sidebarFilters()
    {
        QFETCH(QString, row);
        QFETCH(bool, seedShown);
        QFETCH(bool, arabicShown);
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        const ImportReport report = importAndWait(*window, { SeedStory, ArabicStory });
        QCOMPARE(report.imported, 2);
        const bool firstIsSeed =
            window->session()->store().article(report.importedIds.at(0)).value().text.contains(u"Kabulov"_s);
        const qint64 seedId = report.importedIds.at(firstIsSeed ? 0 : 1);
        const qint64 arabicId = report.importedIds.at(firstIsSeed ? 1 : 0);

        // Choose another row first, so that clicking the tested row is a change.
        const auto sidebar = window->findChild<QTreeView *>(u"librarySidebar"_s);
        QVERIFY(sidebar);
        QAbstractItemModel *model = sidebar->model();
        const auto matches =
            model->match(model->index(0, 0), Qt::DisplayRole, row, 1, Qt::MatchStartsWith | Qt::MatchRecursive);
        QVERIFY2(!matches.isEmpty(), qPrintable(row));
        sidebar->setCurrentIndex(model->index(model->rowCount() - 1, 0));

        const QRect rect = sidebar->visualRect(matches.first());
        QVERIFY(rect.isValid());
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(articleModel(*window)->rowOfArticle(seedId) >= 0, seedShown);
        QTRY_COMPARE(articleModel(*window)->rowOfArticle(arabicId) >= 0, arabicShown);
        QCOMPARE(articleModel(*window)->rowCount(), int(seedShown) + int(arabicShown));
    }

    void sortByClickingHeader()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(importAndWait(*window, { SeedStory, ArabicStory }).imported, 2);
        ArticleListModel *model = articleModel(*window);
        QTRY_COMPARE(model->rowCount(), 2);

        QHeaderView *header = articleList(*window)->header();
        const auto clickTitleHeader = [&] {
            const int x = header->sectionViewportPosition(ArticleListModel::TitleColumn) +
                header->sectionSize(ArticleListModel::TitleColumn) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        const auto titles = [&] {
            return QStringList { model->index(0, ArticleListModel::TitleColumn).data().toString(),
                model->index(1, ArticleListModel::TitleColumn).data().toString() };
        };
        clickTitleHeader();
        QTRY_COMPARE(header->sortIndicatorSection(), int(ArticleListModel::TitleColumn));
        const Qt::SortOrder first = header->sortIndicatorOrder();
        const QStringList once = titles();
        clickTitleHeader();
        QTRY_VERIFY(header->sortIndicatorOrder() != first);
        const QStringList twice = titles();
        // Clicking again reverses the order.
        QCOMPARE(twice.at(0), once.at(1));
        QCOMPARE(twice.at(1), once.at(0));
    }

    void droppedFilesAreImported()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        bool finished = false;
        ImportReport report;
        connect(window->importController(), &ImportController::finished, this, [&](const ImportReport &r) {
            report = r;
            finished = true;
        });
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(SeedStory) });
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QCOMPARE(report.imported, 1);
        QTRY_COMPARE(articleModel(*window)->rowCount(), 1);
    }

    void storyDirection_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("indonesian seed story reads left to right") << SeedStory << Qt::LeftToRight;
        QTest::newRow("arabic story reads right to left") << ArabicStory << Qt::RightToLeft;
    }
    void storyDirection()
    {
        QFETCH(QString, story);
        QFETCH(Qt::LayoutDirection, direction);
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        const ImportReport report = importAndWait(*window, { story });
        QCOMPARE(report.imported, 1);
        QVERIFY(clickStory(*window, report.importedIds.first()));

        const auto text = window->findChild<QTextBrowser *>(u"readerText"_s);
        QTRY_VERIFY(!text->toPlainText().isEmpty());
        QCOMPARE(text->document()->defaultTextOption().textDirection(), direction);
        QCOMPARE(text->layoutDirection(), direction);
        // Selecting works in either direction: everything selected is the story's text.
        text->selectAll();
        const QString selected = text->textCursor().selectedText();
        QVERIFY(!selected.isEmpty());
        QVERIFY(readText(story).contains(selected.section(QChar::ParagraphSeparator, 0, 0)));
    }

    void findShortcutFocusesSearchBox()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        articleList(*window)->setFocus();
        const auto searchBox = window->findChild<QLineEdit *>(u"searchBox"_s);
        QVERIFY(!searchBox->hasFocus());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(searchBox->hasFocus());
    }

    void actionsHaveShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("new library") << u"actionNewLibrary"_s << QKeySequence(u"Ctrl+Shift+N"_s);
        QTest::newRow("open library") << u"actionOpenLibrary"_s << QKeySequence(u"Ctrl+O"_s);
        QTest::newRow("import files") << u"actionImportFiles"_s << QKeySequence(u"Ctrl+I"_s);
        QTest::newRow("import folder") << u"actionImportFolder"_s << QKeySequence(u"Ctrl+Shift+I"_s);
        QTest::newRow("quit") << u"actionQuit"_s << QKeySequence(u"Ctrl+Q"_s);
        QTest::newRow("find") << u"actionFind"_s << QKeySequence(u"Ctrl+F"_s);
    }
    void actionsHaveShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        const auto found = window->findChild<QAction *>(action);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), shortcut);
        QVERIFY(!found->text().isEmpty());
        QVERIFY(!found->associatedObjects().isEmpty()); // in a menu or the window
    }

    void windowStateRoundTrips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QList<int>>("splitter");
        QTest::addColumn<int>("titleWidth");
        QTest::newRow("narrow sidebar") << QSize(700, 520) << QList<int> { 120, 260, 320 } << 200;
        QTest::newRow("wide sidebar") << QSize(760, 560) << QList<int> { 240, 220, 300 } << 150;
    }
    void windowStateRoundTrips()
    {
        QFETCH(QSize, size);
        QFETCH(QList<int>, splitter);
        QFETCH(int, titleWidth);
        QSettings settings(m_dir->filePath(u"dateline.ini"_s), QSettings::IniFormat);
        QList<int> savedSizes;
        {
            auto window = makeWindow(m_libraryPath);
            QVERIFY(window);
            QVERIFY(showWindow(*window));
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            const auto split = window->findChild<QSplitter *>(u"mainSplitter"_s);
            split->setSizes(splitter);
            savedSizes = split->sizes();
            articleList(*window)->header()->resizeSection(ArticleListModel::TitleColumn, titleWidth);
            window->saveWindowState(settings);
        }
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);

        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(window->size() != size);
        window->restoreWindowState(settings);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(window->size(), size);
        QTRY_COMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), savedSizes);
        QCOMPARE(articleList(*window)->header()->sectionSize(ArticleListModel::TitleColumn), titleWidth);
    }

    void refusedLibraryKeepsCurrentOne()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        QCOMPARE(importAndWait(*window, { SeedStory }).imported, 1);

        const QString notALibrary = m_dir->filePath(u"notes.dateline"_s);
        const QByteArray bytes = "These are my notes, not a library.\n";
        {
            QFile file(notALibrary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QSignalSpy changed(window.get(), &MainWindow::libraryChanged);
        QVERIFY(!window->switchLibrary(notALibrary, Library::OpenMode::OpenExisting));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"libraryError"_s)) != nullptr);
        QVERIFY(!box->informativeText().isEmpty());
        box->close();

        QCOMPARE(changed.count(), 0);
        QCOMPARE(window->libraryPath(), m_libraryPath);
        QTRY_COMPARE(articleModel(*window)->rowCount(), 1); // the list refreshes after the report
        QFile file(notALibrary);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void switchingLibraryRebuildsModels()
    {
        auto window = makeWindow(m_libraryPath);
        QVERIFY(window);
        QVERIFY(showWindow(*window));
        const ImportReport report = importAndWait(*window, { SeedStory });
        QCOMPARE(report.imported, 1);
        QVERIFY(clickStory(*window, report.importedIds.first()));
        QTRY_VERIFY(!window->findChild<QTextBrowser *>(u"readerText"_s)->toPlainText().isEmpty());

        QSignalSpy changed(window.get(), &MainWindow::libraryChanged);
        const QString other = m_dir->filePath(u"other.dateline"_s);
        QVERIFY(window->switchLibrary(other, Library::OpenMode::OpenOrCreate));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), other);
        QCOMPARE(window->libraryPath(), other);
        QCOMPARE(articleModel(*window)->rowCount(), 0);
        QCOMPARE(articleList(*window)->model(), articleModel(*window));
        QVERIFY(window->findChild<QTextBrowser *>(u"readerText"_s)->toPlainText().isEmpty());

        // Back to the first one: its story is there.
        QVERIFY(window->switchLibrary(m_libraryPath, Library::OpenMode::OpenExisting));
        QTRY_COMPARE(articleModel(*window)->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
