// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSettings;
class QSplitter;
class QUndoStack;

namespace Dateline
{

class AnnotationController;
class AnnotationDock;
class ArticleListView;
class ClaimController;
class ClaimBoard;
class ImportController;
class LibrarySession;
class LibrarySidebar;
class MainActions;
class ReaderTheme;
class ReaderView;
class ReanalyseController;
class SearchField;
struct ImportReport;
struct ReanalysisReport;

/**
 * Dateline's main window: the library sidebar, the article list under a search box, the reader,
 * and the annotation dock (the story's actors and quotations). It is handed an open library session by the composition
 * root (app/gui) and swaps it when the person opens or creates another library; the session closes models before the
 * file.
 *
 * Window geometry, splitter sizes and list columns are saved to and restored from the QSettings
 * the caller passes, so that tests can use a file of their own. The reader's theme is read from
 * and written to the default QSettings (ReaderTheme::settingsKey()).
 *
 * Every change to the annotations, claims, tags and links is a command on the window's one
 * QUndoStack (Edit > Undo, Redo); the stack is cleared when another library opens or a
 * re-analysis rewrote suggestions. Claims are marked from the reader (Claims > Mark Claim, Ctrl+M,
 * also in the text's context menu) and listed in the dock's Claims tab (ClaimController).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<LibrarySession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QString libraryPath() const;
    [[nodiscard]] LibrarySession *session() const { return m_session.get(); }
    [[nodiscard]] ImportController *importController() const { return m_import; }
    [[nodiscard]] MainActions *actions() const { return m_actions; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] ReaderTheme *readerTheme() const { return m_readerTheme; }
    [[nodiscard]] AnnotationController *annotationController() const { return m_annotations; }
    [[nodiscard]] ReanalyseController *reanalyseController() const { return m_reanalyse; }
    /// Claims and tags of the open library: stores, undoable changes, editor and tag manager.
    [[nodiscard]] ClaimController *claimController() const { return m_claims; }
    [[nodiscard]] ClaimBoard *claimBoard() const { return m_claimBoard; }

    /// Imports files and folders into the open library, as Import Files/Folder and a drop do.
    /// False when an import is already running or there is nothing to import.
    bool importPaths(const QStringList &paths);
    /// Opens the library at `path` in place of the current one. A refused file is reported in
    /// a message box (never altered) and the current library stays open; false then.
    bool switchLibrary(const QString &path, Library::OpenMode mode);

    void saveWindowState(QSettings &settings) const;
    void restoreWindowState(const QSettings &settings);
    /// A passing message in the status bar (e.g. that a new library got the sample stories).
    void showNote(const QString &message);
    /// Shows a story in the reader with [start, end) selected (claims, quotations, threads).
    void openArticleAt(qint64 id, qsizetype start, qsizetype end);

Q_SIGNALS:
    /// Another library is open now; the composition root remembers it.
    void libraryChanged(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildWidgets();
    void connectActions();
    void attachSession();
    void detachSession();
    void showArticle(qint64 id);
    void connectClaims();
    void showClaimsInReader();
    void editCurrentClaim();
    void openLinkDialog(qint64 claimId);
    void reanalyse(bool wholeLibrary);
    void reanalysisFinished(const ReanalysisReport &report);
    void showSettings();
    void search(const QString &text);
    void refreshLists();
    void importFinished(const ImportReport &report);
    void updateStoryCount();
    void showLibraryError(const QString &path, const QString &message);
    void chooseNewLibrary();
    void chooseLibraryToOpen();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showAbout();
    [[nodiscard]] QString dialogFolder() const;

    std::unique_ptr<LibrarySession> m_session;
    QUndoStack *m_undoStack = nullptr;
    ReaderTheme *m_readerTheme = nullptr;
    MainActions *m_actions = nullptr;
    ImportController *m_import = nullptr;
    ReanalyseController *m_reanalyse = nullptr;
    AnnotationDock *m_dock = nullptr;
    AnnotationController *m_annotations = nullptr;
    ClaimController *m_claims = nullptr;
    QSplitter *m_splitter = nullptr;
    LibrarySidebar *m_sidebar = nullptr;
    SearchField *m_searchField = nullptr;
    ArticleListView *m_articleList = nullptr;
    ReaderView *m_reader = nullptr;
    QLabel *m_storyCount = nullptr;
    ClaimBoard *m_claimBoard = nullptr;
};

} // namespace Dateline
