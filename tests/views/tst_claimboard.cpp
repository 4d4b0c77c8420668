// SPDX-License-Identifier: GPL-3.0-or-later
// The claim board and the thread view driven as a person would, in the real window: claims in
// several stories (written by SQL, tests/itemmodels/claimboardfixture.h) are listed, a filter
// narrows them, a double-click opens the story in the reader at the claim, the thread of the
// death toll lists its four claims earliest first with the 137 vs 145 conflict, and clicking a node
// of its graph opens that claim's story.

#include "claimboardfixture.h"

#include "itemmodels/claimboardmodel.h"
#include "itemmodels/claimthreadproxymodel.h"
#include "itemmodels/threadmodel.h"
#include "views/claimboard.h"
#include "views/librarysession.h"
#include "views/mainwindow.h"
#include "views/threadgraph.h"
#include "views/threadview.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class TestClaimBoard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    ClaimBoardFixture m_fixture;

    [[nodiscard]] ClaimBoard *board() const { return m_window->findChild<ClaimBoard *>(u"claimBoard"_s); }
    [[nodiscard]] QTreeView *table() const { return board()->findChild<QTreeView *>(u"claimTable"_s); }
    [[nodiscard]] QTextBrowser *readerText() const { return m_window->findChild<QTextBrowser *>(u"readerText"_s); }

    [[nodiscard]] QAction *windowAction(const QString &name) const
    {
        return m_window->findChild<QAction *>(name);
    }

    /// The row of a claim in the board's table (flat), -1 when not listed.
    [[nodiscard]] int rowOf(const QString &label) const
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ClaimBoardModel::ClaimIdRole).toLongLong() == m_fixture.claimIds.value(label)) {
                return row;
            }
        }
        return -1;
    }

    void doubleClickRow(int row)
    {
        const QModelIndex index = table()->model()->index(row, ClaimBoardModel::TextColumn);
        table()->scrollTo(index);
        const QPoint at = table()->visualRect(index).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
    }

    [[nodiscard]] bool readerShows(const QString &label) const
    {
        return readerText()->textCursor().selectedText() == m_fixture.claim(label).exact;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_fixture = buildClaimBoardFixture(library.value()->database());
        QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
        m_window = std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
        m_window->resize(1000, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void boardListsFiltersAndOpens()
    {
        QAction *open = windowAction(u"actionClaimBoard"_s);
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        open->trigger();
        QVERIFY(board()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(board()));
        QTRY_COMPARE(table()->model()->rowCount(), 9);
        QCOMPARE(table()->model()->headerData(ClaimBoardModel::TagsColumn, Qt::Horizontal).toString(), u"Tags"_s);

        // Free text, applied with Return.
        auto search = board()->findChild<QLineEdit *>(u"claimSearch"_s);
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, u"toll"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 3);
        QVERIFY(rowOf(u"c145"_s) >= 0);
        QCOMPARE(rowOf(u"c139"_s), -1);

        // And an outlet on top of it: Reuters leaves 137 and 145.
        auto outlet = board()->findChild<QComboBox *>(u"outletFilter"_s);
        QVERIFY(outlet);
        outlet->setCurrentIndex(outlet->findText(u"Reuters"_s));
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(rowOf(u"cBlog"_s), -1);

        // A double-click opens the story in the reader with the claim selected.
        doubleClickRow(rowOf(u"c145"_s));
        QTRY_VERIFY(readerShows(u"c145"_s));
        QVERIFY(readerText()->toPlainText().contains(u"An envoy met Kabulov"_s));

        // Several claims selected: Tag Selected asks for a tag (one undoable step for all).
        QAction *tagSelected = board()->tagSelectedAction();
        QVERIFY(!tagSelected->isEnabled() || !board()->selectedClaimIds().isEmpty());
        table()->selectAll();
        QCOMPARE(board()->selectedClaimIds().size(), 2);
        QVERIFY(tagSelected->isEnabled());
        tagSelected->trigger();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(u"tagClaimsDialog"_s)) && ask->isVisible());
        ask->setTextValue(u"Reuters reports"_s);
        ask->accept();
        const auto tagsOf = [this](const QString &label) {
            return table()->model()->index(rowOf(label), ClaimBoardModel::TagsColumn).data().toString();
        };
        QTRY_VERIFY(tagsOf(u"c137"_s).endsWith(u"Reuters reports"_s));
        QVERIFY(tagsOf(u"c145"_s).endsWith(u"Reuters reports"_s));
        // One step on the window's stack: undo takes the tag from both.
        m_window->undoStack()->undo();
        QTRY_COMPARE(tagsOf(u"c137"_s), u"Death toll"_s);
        QCOMPARE(tagsOf(u"c145"_s), u"Death toll, Casualties"_s);

        // Clearing the filters brings every claim back.
        outlet->setCurrentIndex(0);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 9);
        doubleClickRow(rowOf(u"cTalks"_s));
        QTRY_VERIFY(readerShows(u"cTalks"_s));
    }

    void groupByThread()
    {
        windowAction(u"actionClaimBoard"_s)->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), 9);
        QAction *group = board()->findChild<QAction *>(u"groupByThreadAction"_s);
        QVERIFY(group);
        group->trigger();
        QVERIFY(qobject_cast<ClaimThreadProxyModel *>(table()->model()));
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        const QModelIndex thread = table()->model()->index(0, 0);
        QCOMPARE(table()->model()->rowCount(thread), 4);
        QVERIFY(table()->isExpanded(thread));
        // A claim inside a thread opens like a flat row.
        const QModelIndex child = table()->model()->index(3, ClaimBoardModel::TextColumn, thread);
        QCOMPARE(child.data().toString(), m_fixture.claim(u"c145"_s).exact);
        const QPoint at = table()->visualRect(child).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(readerShows(u"c145"_s));
        group->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), 9);
    }

    void threadViewListsEarliestFirstAndFlagsTheConflict()
    {
        windowAction(u"actionClaimBoard"_s)->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), 9);
        // The current claim: 145, the latest of the thread.
        const QModelIndex latest = table()->model()->index(rowOf(u"c145"_s), ClaimBoardModel::TextColumn);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(latest).center());
        QCOMPARE(board()->currentClaimId(), m_fixture.claimIds.value(u"c145"_s));
        QAction *show = windowAction(u"actionShowThread"_s);
        QVERIFY(show);
        show->trigger();
        ThreadView *view = board()->threadView();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        auto timeline = view->findChild<QTableView *>(u"threadTimeline"_s);
        QVERIFY(timeline);
        QAbstractItemModel *model = timeline->model();
        QCOMPARE(model->rowCount(), 4);
        QStringList order;
        for (int row = 0; row < model->rowCount(); ++row) {
            order << m_fixture.labelOf(model->index(row, 0).data(ThreadModel::ClaimIdRole).toLongLong());
        }
        QCOMPARE(order, (QStringList { u"c137"_s, u"c139"_s, u"c144"_s, u"c145"_s }));
        QCOMPARE(model->index(0, ThreadModel::OutletColumn).data().toString(), u"Reuters"_s);
        QCOMPARE(model->index(0, ThreadModel::ConflictColumn).data().toString(), u"137 vs 145"_s);
        QCOMPARE(model->index(3, ThreadModel::ConflictColumn).data().toString(), u"145 vs 137"_s);
        // 139 supports 137 and states another figure, but only "same" claims conflict.
        QVERIFY(model->index(1, ThreadModel::ConflictColumn).data().toString().isEmpty());
        QVERIFY(model->index(0, ThreadModel::RelationColumn).data().toString().contains(u"same claim as #4 (Reuters)"_s));
        QVERIFY(view->findChild<QLabel *>(u"threadSummary"_s)->text().contains(u"137 vs 145"_s));

        // The graph: a node per claim, an edge per link; clicking 144's node opens its story.
        ThreadGraph *graph = view->graph();
        QCOMPARE(graph->nodeCount(), 4);
        QCOMPARE(graph->edgeCount(), 3);
        const qint64 c144 = m_fixture.claimIds.value(u"c144"_s);
        const QPoint node = graph->mapFromScene(graph->nodeCenter(c144));
        QVERIFY(graph->viewport()->rect().contains(node));
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, node);
        QTRY_VERIFY(readerShows(u"c144"_s));
        QVERIFY(readerText()->toPlainText().contains(u"Menurut Lavrov"_s));

        // Double-clicking the time line opens a claim too.
        const QModelIndex first = model->index(0, ThreadModel::TextColumn);
        const QPoint at = timeline->visualRect(first).center();
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(readerShows(u"c137"_s));
    }

    void graphEdgesFollowTheLinks()
    {
        windowAction(u"actionClaimBoard"_s)->trigger();
        board()->showThread(m_fixture.claimIds.value(u"cTalks"_s));
        ThreadGraph *graph = board()->threadView()->graph();
        QVERIFY2(graph->layoutError().isEmpty(), qPrintable(graph->layoutError()));
        QCOMPARE(graph->nodeCount(), 2);
        QCOMPARE(graph->edgeCount(), 1);
        // Earlier claims stand above later ones.
        QVERIFY(graph->nodeCenter(m_fixture.claimIds.value(u"cTalks"_s)).y()
            < graph->nodeCenter(m_fixture.claimIds.value(u"cList"_s)).y());
    }
};

QTEST_MAIN(TestClaimBoard)
#include "tst_claimboard.moc"
