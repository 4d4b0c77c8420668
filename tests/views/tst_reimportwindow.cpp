// SPDX-License-Identifier: GPL-3.0-or-later
// A changed story imported again, in the real window: the reader shows the new text, the claim
// marked on the old one follows its (edited) passage, Compare Revisions shows the change word by
// word in theme colours, and when a later version deletes the passage the claim is listed under
// View > Orphaned Annotations, from where it can be deleted and the deletion undone.
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "views/importcontroller.h"
#include "views/librarysession.h"
#include "views/mainwindow.h"
#include "views/orphansview.h"
#include "views/revisiondiffdialog.h"
#include "itemmodels/orphansmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{

const QString firstVersion = u"Russia pledges help to Taliban against Islamic State\n\n"
                             "MOSCOW, May 2 (Dateline) - Russia will help the Taliban authorities in Afghanistan "
                             "fight Islamic State militants, Moscow's special envoy said on Friday.\n\n"
                             "The ministry said 137 people were killed in the attack on the concert hall.\n\n"
                             "Talks on trade will resume next week, the envoy said."_s;

const QString claimPassage = u"137 people were killed in the attack"_s;
const QString correctedPassage = u"139 people were killed in the attack"_s;

const QString secondVersion = QString(firstVersion)
                                  .replace(u"(Dateline) - "_s, u"(Dateline) - (Corrects the toll.) "_s)
                                  .replace(u"137"_s, u"139"_s);
const QString thirdVersion =
    QString(secondVersion).remove(u"The ministry said 139 people were killed in the attack on the concert hall.\n\n"_s);

} // namespace

class TestReimportWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storyId = 0;
    qint64 m_claimId = 0;

    [[nodiscard]] QTextBrowser *readerText() const { return m_window->findChild<QTextBrowser *>(u"readerText"_s); }
    [[nodiscard]] QSqlDatabase db() const { return m_window->session()->library().database(); }

    /// Imports one version of the story through the window, as File > Import does.
    ImportReport importVersion(const QString &name, const QString &text)
    {
        ImportReport report;
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            report.fatalError = u"could not write %1"_s.arg(path);
            return report;
        }
        file.close();
        bool finished = false;
        const auto connection = connect(m_window->importController(), &ImportController::finished, this,
            [&](const ImportReport &r) {
                report = r;
                finished = true;
            });
        if (!m_window->importPaths({ path }) || !QTest::qWaitFor([&] { return finished; }, 30000)) {
            report.fatalError = u"the import did not finish"_s;
        }
        disconnect(connection);
        if (auto summary = m_window->findChild<QMessageBox *>(u"importSummary"_s)) {
            summary->close();
        }
        return report;
    }

    QVariantList claimRow() const
    {
        QSqlQuery query(db());
        query.prepare(u"SELECT start_offset, end_offset, exact, anchored FROM claim WHERE id = ?"_s);
        query.addBindValue(m_claimId);
        if (!query.exec() || !query.next()) {
            return {};
        }
        return { query.value(0), query.value(1), query.value(2), query.value(3) };
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_window = std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        const ImportReport first = importVersion(u"story.txt"_s, firstVersion);
        QVERIFY2(first.fatalError.isEmpty(), qPrintable(first.fatalError));
        QCOMPARE(first.imported, 1);
        m_storyId = first.importedIds.constFirst();
        m_window->openArticleAt(m_storyId, 0, 0);
        QTRY_VERIFY(readerText()->toPlainText().contains(claimPassage));

        // A claim marked on the first text, written as the claim store writes one.
        QSqlQuery query(db());
        query.prepare(u"SELECT text FROM article WHERE id = ?"_s);
        query.addBindValue(m_storyId);
        QVERIFY(query.exec() && query.next());
        const QString stored = query.value(0).toString();
        const qsizetype start = stored.indexOf(claimPassage);
        QVERIFY(start >= 0);
        query.prepare(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, prefix, suffix, created, "
                      "updated) VALUES (?, ?, ?, ?, ?, ?, '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z')"_s);
        query.addBindValue(m_storyId);
        query.addBindValue(start);
        query.addBindValue(start + claimPassage.size());
        query.addBindValue(claimPassage);
        query.addBindValue(AnnotationStore::selectorPrefix(stored, start));
        query.addBindValue(AnnotationStore::selectorSuffix(stored, start + claimPassage.size()));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        m_claimId = query.lastInsertId().toLongLong();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void changedStoryReanchorsTheClaim()
    {
        const ImportReport second = importVersion(u"story-corrected.txt"_s, secondVersion);
        QVERIFY2(second.fatalError.isEmpty(), qPrintable(second.fatalError));
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.updatedIds, QList<qint64> { m_storyId });
        QVERIFY(ImportController::summaryText(second).contains(u"updated"_s));

        // The reader shows the new text at once.
        QTRY_VERIFY(readerText()->toPlainText().contains(u"Corrects the toll"_s));
        const QVariantList claim = claimRow();
        QCOMPARE(claim.size(), 4);
        QCOMPARE(claim.at(2).toString(), correctedPassage);
        QCOMPARE(claim.at(3).toInt(), 1);
        QSqlQuery query(db());
        query.prepare(u"SELECT substr(text, ? + 1, ?) FROM article WHERE id = ?"_s);
        query.addBindValue(claim.at(0));
        query.addBindValue(claim.at(1).toLongLong() - claim.at(0).toLongLong());
        query.addBindValue(m_storyId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), correctedPassage);

        // Nothing is orphaned: the dock says so.
        QAction *orphans = m_window->findChild<QAction *>(u"actionOrphans"_s);
        QVERIFY(orphans);
        orphans->trigger();
        auto dock = m_window->findChild<OrphansView *>(u"orphansDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        auto list = dock->findChild<QTreeView *>(u"orphansList"_s);
        QVERIFY(list && list->model());
        QCOMPARE(list->model()->rowCount(), 0);

        // Compare Revisions: the figure that changed, struck out and inserted in theme colours.
        QAction *compare = m_window->findChild<QAction *>(u"actionCompareRevisions"_s);
        QVERIFY(compare);
        compare->trigger();
        auto dialog = m_window->findChild<RevisionDiffDialog *>(u"revisionDiffDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->revisions().size(), 2);
        auto diff = dialog->findChild<QTextBrowser *>(u"revisionDiff"_s);
        QVERIFY(diff);
        const QString shown = diff->toPlainText();
        // Both figures stay readable: the old one struck out, the new one marked.
        QVERIFY(shown.contains(u"137"_s) && shown.contains(u"139"_s) && shown.contains(u"Corrects the toll"_s));
        bool struck = false;
        bool tinted = false;
        for (QTextBlock block = diff->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text() == u"137") {
                    struck = fragment.charFormat().fontStrikeOut();
                }
                if (fragment.text() == u"139") {
                    tinted = fragment.charFormat().background().style() != Qt::NoBrush &&
                        !fragment.charFormat().fontStrikeOut();
                }
            }
        }
        QVERIFY(struck);
        QVERIFY(tinted);
        auto summary = dialog->findChild<QLabel *>(u"revisionDiffSummary"_s);
        QVERIFY(summary && summary->text().contains(u"2"_s));
        dialog->close();
    }

    void deletedPassageListsAnOrphan()
    {
        QCOMPARE(importVersion(u"story-corrected.txt"_s, secondVersion).updated, 1);
        QAction *orphans = m_window->findChild<QAction *>(u"actionOrphans"_s);
        QVERIFY(orphans);
        orphans->trigger();
        auto dock = m_window->findChild<OrphansView *>(u"orphansDock"_s);
        QTRY_VERIFY(dock && dock->isVisible());
        auto list = dock->findChild<QTreeView *>(u"orphansList"_s);
        QVERIFY(list);

        // A later version drops the paragraph: the open dock lists the claim with its old text.
        QCOMPARE(importVersion(u"story-cut.txt"_s, thirdVersion).updated, 1);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QModelIndex oldText = list->model()->index(0, OrphansModel::OldTextColumn);
        QCOMPARE(oldText.data().toString(), correctedPassage);
        QCOMPARE(list->model()->index(0, OrphansModel::KindColumn).data().toString(), u"Claim"_s);
        QCOMPARE(list->model()->index(0, OrphansModel::StoryColumn).data().toString(),
            u"Russia pledges help to Taliban against Islamic State"_s);
        QCOMPARE(claimRow().at(3).toInt(), 0);
        QVERIFY(!readerText()->toPlainText().contains(correctedPassage));

        // Double-click opens the story (it is the one in the reader already).
        const QRect rect = list->visualRect(oldText);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(readerText()->toPlainText().contains(u"Talks on trade"_s));

        // Delete with the key, then undo and redo through the window's stack.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list->setFocus();
        list->setCurrentIndex(oldText);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY(claimRow().isEmpty());
        QCOMPARE(m_window->undoStack()->undoText(), u"Delete Orphaned Claim"_s);
        m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(claimRow().at(2).toString(), correctedPassage);
        m_window->findChild<QAction *>(u"actionRedo"_s)->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY(claimRow().isEmpty());
    }
};

QTEST_MAIN(TestReimportWindow)
#include "tst_reimportwindow.moc"
