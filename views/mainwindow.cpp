// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "acronymofferspanel.h"
#include "annotationcontroller.h"
#include "annotationdock.h"
#include "articlelistview.h"
#include "claimcontroller.h"
#include "claimboard.h"
#include "importcontroller.h"
#include "itemmodels/articleclaimsmodel.h"
#include "librarysession.h"
#include "librarysidebar.h"
#include "linkdialog.h"
#include "mainactions.h"
#include "orphansview.h"
#include "readertheme.h"
#include "readerview.h"
#include "revisiondiffdialog.h"
#include "reanalysecontroller.h"
#include "searchfield.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
const auto GeometryKey = u"window/geometry"_s;
const auto StateKey = u"window/state"_s;
const auto SplitterKey = u"window/splitter"_s;
const auto ArticleColumnsKey = u"window/articleColumns"_s;
constexpr int NoteTimeout = 10000;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<LibrarySession> session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(u"undoStack"_s);
    m_readerTheme = new ReaderTheme(this);
    m_readerTheme->load(QSettings());
    m_actions = new MainActions(this, m_undoStack, this);
    m_import = new ImportController(this, this);
    m_reanalyse = new ReanalyseController(this, this);
    buildWidgets();
    m_actions->buildMenus(menuBar(), { m_dock->addAliasAction(), m_dock->newActorAction(), m_dock->actorPageAction() },
        { m_dock->toggleViewAction() });
    connectActions();
    new OrphansView(this); // View > Orphaned Annotations: annotations a changed story lost
    RevisionDiffDialog::installAction(this); // View > Compare Revisions…
    connectClaims();
    m_claimBoard = new ClaimBoard(this); // adds its actions to the window and the Annotations menu
    resize(1280, 800);
    attachSession();
}

MainWindow::~MainWindow()
{
    // The workers write to the library file: let them stop before the session closes the file.
    m_import->cancelAndWait();
    m_reanalyse->cancelAndWait();
    detachSession();
}

void MainWindow::buildWidgets()
{
    m_sidebar = new LibrarySidebar(this);
    m_searchField = new SearchField(this);
    m_articleList = new ArticleListView(this);
    m_reader = new ReaderView(this);
    m_reader->setReaderTheme(m_readerTheme);
    m_dock = new AnnotationDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_annotations = new AnnotationController(m_reader, m_dock, m_undoStack, this, this);
    connect(m_annotations, &AnnotationController::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, NoteTimeout); });
    connect(m_annotations, &AnnotationController::openArticleRequested, this, &MainWindow::openArticleAt);
    // Acronyms the stories offered: a dock of their own, tabbed with the annotation dock.
    const auto acronyms = new AcronymOffersPanel([this] { return m_session.get(); }, m_annotations, m_undoStack, this);
    addDockWidget(Qt::RightDockWidgetArea, acronyms);
    tabifyDockWidget(m_dock, acronyms);
    m_dock->raise();
    addAction(acronyms->toggleViewAction());
    connect(acronyms, &AcronymOffersPanel::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, NoteTimeout); });
    connect(m_import, &ImportController::finished, acronyms, &AcronymOffersPanel::refresh);
    connect(m_reanalyse, &ReanalyseController::finished, acronyms, &AcronymOffersPanel::refresh);
    m_claims = new ClaimController(m_undoStack, this, this);

    const auto middle = new QWidget(this);
    const auto middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(m_searchField);
    middleLayout->addWidget(m_articleList, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_reader);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({ 200, 520, 560 });
    setCentralWidget(m_splitter);

    m_storyCount = new QLabel(this);
    m_storyCount->setObjectName(u"storyCount"_s);
    statusBar()->addPermanentWidget(m_storyCount);

    connect(m_sidebar, &LibrarySidebar::filterChosen, this, [this](const ArticleFilter &filter) {
        if (m_session) {
            m_session->articleModel()->setFilter(filter);
        }
    });
    connect(m_articleList, &ArticleListView::articleSelected, this, &MainWindow::showArticle);
    connect(m_searchField, &SearchField::searchRequested, this, &MainWindow::search);
    // Return in the search box goes to the results, the first one chosen, to read with the keyboard.
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_articleList->setFocus(Qt::OtherFocusReason);
        if (!m_articleList->currentIndex().isValid() && m_articleList->model() &&
            m_articleList->model()->rowCount() > 0) {
            m_articleList->setCurrentIndex(m_articleList->model()->index(0, 0));
        }
    });
    connect(m_import, &ImportController::batchCommitted, this, &MainWindow::refreshLists);
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_reanalyse, &ReanalyseController::batchCommitted, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_reader->articleId())) {
            m_annotations->annotationsChanged(m_reader->articleId());
        }
    });
    connect(m_reanalyse, &ReanalyseController::finished, this, &MainWindow::reanalysisFinished);
}

void MainWindow::connectActions()
{
    connect(m_actions->newLibrary(), &QAction::triggered, this, &MainWindow::chooseNewLibrary);
    connect(m_actions->openLibrary(), &QAction::triggered, this, &MainWindow::chooseLibraryToOpen);
    connect(m_actions->importFiles(), &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(m_actions->importFolder(), &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->settings(), &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->reanalyseStory(), &QAction::triggered, this, [this] { reanalyse(false); });
    connect(m_actions->reanalyseLibrary(), &QAction::triggered, this, [this] { reanalyse(true); });
    connect(m_actions->find(), &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
}

QString MainWindow::libraryPath() const
{
    return m_session ? m_session->path() : QString();
}

void MainWindow::attachSession()
{
    if (!m_session) {
        return;
    }
    m_sidebar->setSidebarModel(m_session->sidebarModel());
    m_articleList->setArticleModel(m_session->articleModel());
    m_annotations->setSession(m_session.get());
    m_claims->setSession(m_session.get());
    m_dock->setClaimsModel(m_claims->articleClaimsModel());
    connect(m_claims->articleClaimsModel(), &QAbstractItemModel::modelReset, this, &MainWindow::showClaimsInReader);
    connect(m_session->articleModel(), &ArticleListModel::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(tr("Search: %1").arg(message)); });
    m_reader->clear();
    setWindowTitle(tr("%1 — Dateline").arg(QFileInfo(m_session->path()).completeBaseName()));
    setWindowFilePath(m_session->path());
    updateStoryCount();
    // A library opens on its newest story rather than on an empty reader.
    ArticleListModel *model = m_session->articleModel();
    if (model->rowCount() == 0 && model->canFetchMore({})) {
        model->fetchMore({});
    }
    if (model->rowCount() > 0) {
        m_articleList->selectArticle(model->articleIdAt(0));
    }
}

void MainWindow::detachSession()
{
    // Views first: they must let go of the models before the session destroys them.
    m_claimBoard->detach();
    m_annotations->setSession(nullptr);
    m_dock->setClaimsModel(nullptr);
    m_claims->setSession(nullptr);
    m_articleList->setArticleModel(nullptr);
    m_sidebar->setSidebarModel(nullptr);
    m_reader->clear();
    m_session.reset();
}

void MainWindow::showArticle(qint64 id)
{
    if (!m_session || id == 0 || id == m_reader->articleId()) {
        return;
    }
    const auto article = m_session->store().article(id);
    if (!article.ok()) {
        statusBar()->showMessage(tr("Cannot read the story: %1").arg(article.error()), NoteTimeout);
        return;
    }
    m_reader->showArticle(article.value());
    m_annotations->showArticle(id);
    m_claims->showArticle(id);
}

void MainWindow::connectClaims()
{
    connect(m_claims, &ClaimController::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, NoteTimeout); });
    connect(m_actions->markClaim(), &QAction::triggered, this, [this] {
        const auto [start, end] = m_reader->selectedSpan();
        if (m_reader->articleId() == 0) {
            showNote(tr("Choose a story and select the words of the claim first."));
            return;
        }
        m_claims->askToMarkClaim(m_reader->articleId(), start, end);
    });
    connect(m_actions->editClaim(), &QAction::triggered, this, &MainWindow::editCurrentClaim);
    connect(m_actions->tagManager(), &QAction::triggered, m_claims, &ClaimController::showTagManager);
    m_reader->setContextActions({ m_actions->markClaim(), m_actions->editClaim() });

    // The reader and the dock choose the same claim: a click in one selects in the other.
    connect(m_reader, &ReaderView::claimActivated, this, [this](qint64 id) {
        m_dock->selectClaim(id);
        for (const Claim &claim : m_reader->overlay().claims()) {
            if (claim.id == id && claim.anchored) {
                m_reader->selectSpan(claim.anchor.start, claim.anchor.end);
            }
        }
    });
    connect(m_dock, &AnnotationDock::claimChosen, this, [this](qint64 id) {
        for (const Claim &claim : m_reader->overlay().claims()) {
            if (claim.id == id && claim.anchored) {
                m_reader->selectSpan(claim.anchor.start, claim.anchor.end);
            }
        }
    });
    connect(m_dock, &AnnotationDock::claimEditRequested, m_claims, &ClaimController::askToEditClaim);
    connect(m_dock, &AnnotationDock::claimsTagRequested, m_claims, &ClaimController::askToTagClaims);
    connect(m_dock, &AnnotationDock::claimsDeleteRequested, m_claims, &ClaimController::deleteClaims);
    connect(m_dock, &AnnotationDock::claimLinkRequested, this, &MainWindow::openLinkDialog);
    m_dock->linkClaimAction()->setEnabled(true);
}

void MainWindow::showClaimsInReader()
{
    ArticleClaimsModel *model = m_claims->articleClaimsModel();
    const bool current = model && model->articleId() == m_reader->articleId();
    m_reader->setClaims(current ? model->claims() : QList<Claim>());
}

void MainWindow::editCurrentClaim()
{
    qint64 claim = m_dock->currentClaimId();
    // The claim under the reader's cursor when the dock has none chosen.
    if (claim == 0) {
        const auto text = m_reader->findChild<QTextBrowser *>(u"readerText"_s);
        if (text) {
            const qsizetype offset = m_reader->overlay().articleOffset(text->document(), text->textCursor().position());
            if (const Claim *found = m_reader->overlay().claimAt(offset)) {
                claim = found->id;
            }
        }
    }
    if (claim == 0) {
        showNote(tr("Choose a claim in the dock's Claims tab first."));
        return;
    }
    m_claims->askToEditClaim(claim);
}

void MainWindow::openLinkDialog(qint64 claimId)
{
    if (!m_session || claimId == 0) {
        return;
    }
    const auto dialog = new LinkDialog(m_session->library().database(), m_undoStack, claimId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openArticleAt(qint64 id, qsizetype start, qsizetype end)
{
    if (!m_session) {
        return;
    }
    // Through the list when the story is in it, so that list and reader agree.
    if (!m_articleList->selectArticle(id) || m_reader->articleId() != id) {
        showArticle(id);
    }
    if (m_reader->articleId() == id) {
        m_reader->selectSpan(start, end);
        raise();
        activateWindow();
    }
}

void MainWindow::reanalyse(bool wholeLibrary)
{
    if (!m_session || m_import->isRunning()) {
        return;
    }
    const qint64 current = m_reader->articleId();
    if (!wholeLibrary && current == 0) {
        showNote(tr("Choose a story to analyse first."));
        return;
    }
    if (m_reanalyse->start(m_session->path(), wholeLibrary ? QList<qint64>() : QList<qint64> { current })) {
        m_actions->setReanalysisRunning(true);
    }
}

void MainWindow::reanalysisFinished(const ReanalysisReport &report)
{
    m_actions->setReanalysisRunning(false);
    // Suggestions were replaced by new rows: steps that name the old ones cannot be undone.
    m_undoStack->clear();
    if (m_reader->articleId() != 0) {
        m_annotations->annotationsChanged(m_reader->articleId());
    }
    statusBar()->showMessage(ReanalyseController::summaryText(report), NoteTimeout);
}

void MainWindow::showSettings()
{
    // No settings object given: the dialog writes the default one, which ReaderTheme::load() read.
    const auto dialog = new SettingsDialog(m_readerTheme, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::search(const QString &text)
{
    if (!m_session) {
        return;
    }
    ArticleListModel *model = m_session->articleModel();
    model->setSearchText(text);
    // Leaving the search (empty text) shows the plain list, whatever the last search said.
    const QString error = text.trimmed().isEmpty() ? QString() : model->lastError();
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Search: %1").arg(error));
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::refreshLists()
{
    if (!m_session) {
        return;
    }
    m_sidebar->reload();
    m_articleList->reload();
    updateStoryCount();
}

void MainWindow::importFinished(const ImportReport &report)
{
    m_actions->setImportRunning(false);
    refreshLists();
    // A re-imported story got a new text (its annotations re-anchored): the reader shows it.
    if (const qint64 shown = m_reader->articleId(); report.updatedIds.contains(shown)) {
        m_reader->clear(); // showArticle() passes over the story it shows already
        showArticle(shown);
    }
    // The story in the reader may have been analysed by the import.
    if (m_reader->articleId() != 0) {
        m_annotations->annotationsChanged(m_reader->articleId());
    }
    statusBar()->showMessage(ImportController::summaryText(report), NoteTimeout);
}

void MainWindow::updateStoryCount()
{
    if (!m_session) {
        m_storyCount->clear();
        return;
    }
    // Counts are kept by triggers: this costs nothing even with a million stories.
    const auto counts = m_session->store().counts();
    m_storyCount->setText(counts.ok() ? tr("Stories: %Ln", nullptr, int(counts.value().articles)) : QString());
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session || paths.isEmpty() || m_reanalyse->isRunning()) {
        return false;
    }
    if (!m_import->start(m_session->path(), paths)) {
        statusBar()->showMessage(tr("An import is already running."), NoteTimeout);
        return false;
    }
    m_actions->setImportRunning(true);
    return true;
}

bool MainWindow::switchLibrary(const QString &path, Library::OpenMode mode)
{
    if (m_session && QFileInfo(path).canonicalFilePath() == QFileInfo(m_session->path()).canonicalFilePath()) {
        showNote(tr("This library is already open."));
        return true;
    }
    auto opened = Library::open(path, mode);
    if (!opened.ok()) {
        showLibraryError(path, opened.error());
        return false;
    }
    m_import->cancelAndWait();
    m_reanalyse->cancelAndWait();
    m_searchField->clear();
    detachSession();
    m_session = std::make_unique<LibrarySession>(std::move(opened).value());
    attachSession();
    showNote(tr("Opened %1").arg(QDir::toNativeSeparators(m_session->path())));
    Q_EMIT libraryChanged(m_session->path());
    return true;
}

void MainWindow::showLibraryError(const QString &path, const QString &message)
{
    const auto box = new QMessageBox(QMessageBox::Warning, tr("Cannot open library"),
        tr("Dateline cannot open %1. The library that was open stays open.").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, this);
    box->setObjectName(u"libraryError"_s);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveWindowState(QSettings &settings) const
{
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ArticleColumnsKey, m_articleList->header()->saveState());
}

void MainWindow::restoreWindowState(const QSettings &settings)
{
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_articleList->header()->restoreState(settings.value(ArticleColumnsKey).toByteArray());
}

void MainWindow::showNote(const QString &message)
{
    statusBar()->showMessage(message, NoteTimeout);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_import->cancelAndWait();
    m_reanalyse->cancelAndWait();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && !m_import->isRunning()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!paths.isEmpty() && importPaths(paths)) {
        event->acceptProposedAction();
    }
}

QString MainWindow::dialogFolder() const
{
    return m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
}

void MainWindow::chooseNewLibrary()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Library"), dialogFolder(),
        tr("Dateline libraries (*.dateline);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".dateline"_s;
    }
    // A new library never replaces a file: an existing one is opened with Open Library.
    if (QFileInfo::exists(path)) {
        showLibraryError(path, tr("A file with this name exists already. Use Open Library to open it."));
        return;
    }
    switchLibrary(path, Library::OpenMode::OpenOrCreate);
}

void MainWindow::chooseLibraryToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Library"), dialogFolder(), tr("Dateline libraries (*.dateline);;All files (*)"));
    if (!path.isEmpty()) {
        switchLibrary(path, Library::OpenMode::OpenExisting);
    }
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Stories"), QDir::homePath(),
        tr("Stories (*.txt *.text *.md *.markdown);;Plain text (*.txt *.text);;Markdown (*.md *.markdown);;All "
           "files (*)"));
    importPaths(paths);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Stories"), QDir::homePath());
    if (!folder.isEmpty()) {
        importPaths({ folder });
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dateline"),
        tr("<h3>Dateline %1</h3>"
           "<p>A reader and annotation workbench for geopolitical news: import stories, find them by "
           "full-text search and read them, offline. Everything lives in one library file on this "
           "computer.</p>"
           "<p>Open library: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                QDir::toNativeSeparators(libraryPath()).toHtmlEscaped()));
}

} // namespace Dateline
