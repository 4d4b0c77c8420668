// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real main window on a fresh library with the seed story imported and open in the reader,
// for the widget tests of issue 4 that need a whole window (tst_acronymoffers, tst_reanalyse).

#include "analysis/newstextgrammar.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/articlequotesmodel.h"
#include "storage/library.h"
#include "views/importcontroller.h"
#include "views/librarysession.h"
#include "views/mainwindow.h"
#include "views/readertheme.h"

#include <KSyntaxHighlighting/Repository>

#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

namespace Dateline::TestSupport
{

inline QString seedStoryPath()
{
    return QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");
}

/// Opens the window on `dir`/library.dateline, imports the seed story through the window's own
/// import and shows it in the reader by a click on its row. Returns the story's id, 0 on failure.
inline qint64 openSeedStory(QObject *context, const QTemporaryDir &dir, std::unique_ptr<MainWindow> &window)
{
    using namespace Qt::StringLiterals;
    auto library = Library::open(dir.filePath(u"library.dateline"_s));
    if (!library.ok()) {
        qWarning() << library.error();
        return 0;
    }
    window = std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
    // A light theme by name: the test does not depend on the machine's colour scheme.
    window->readerTheme()->setThemeName(
        NewsTextGrammar::threadRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name());
    window->resize(1000, 640);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return 0;
    }
    bool finished = false;
    ImportReport report;
    QObject::connect(window->importController(), &ImportController::finished, context, [&](const ImportReport &r) {
        report = r;
        finished = true;
    });
    if (!window->importPaths({ seedStoryPath() })) {
        qWarning("the import did not start");
        return 0;
    }
    if (!QTest::qWaitFor([&] { return finished; }, 30000) || report.imported != 1) {
        qWarning("the import did not finish with one story");
        return 0;
    }
    if (auto summary = window->findChild<QMessageBox *>(u"importSummary"_s)) {
        summary->close();
    }
    const qint64 storyId = report.importedIds.first();
    LibrarySession *session = window->session();
    auto list = window->findChild<QTreeView *>(u"articleList"_s);
    if (!QTest::qWaitFor([&] { return session->articleModel()->rowOfArticle(storyId) >= 0; }, 5000)) {
        qWarning("the story is not in the list");
        return 0;
    }
    const int row = session->articleModel()->rowOfArticle(storyId);
    const QModelIndex index = list->model()->index(row, ArticleListModel::TitleColumn);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    auto reader = window->findChild<QTextBrowser *>(u"readerText"_s);
    if (!reader || !QTest::qWaitFor([&] { return reader->toPlainText().contains(u"Kabulov"_s); }, 5000)) {
        qWarning("the reader does not show the story");
        return 0;
    }
    if (!QTest::qWaitFor([&] { return session->articleQuotesModel()->rowCount() > 0; }, 5000)) {
        qWarning("the dock lists no quotation");
        return 0;
    }
    return storyId;
}

} // namespace Dateline::TestSupport
