// SPDX-License-Identifier: GPL-3.0-or-later
// Marking and tagging claims as a person would, in the real window: select words of the seed
// story in the reader, press Ctrl+M, type a new tag in the editor, accept; find the claim in the
// dock, the store and the reader's margin, with the quotation's speaker as claimant; undo and
// redo from the keyboard; rename, delete and bulk-add a tag used by many claims. The speaker
// expected comes from the seed story's hand-made gold file, not from the code under test.
#include "analysis/newstextgrammar.h"
#include "itemmodels/articleclaimsmodel.h"
#include "itemmodels/articlequotesmodel.h"
#include "itemmodels/tagtreemodel.h"
#include "storage/claimstore.h"
#include "storage/library.h"
#include "storage/tagstore.h"
#include "views/annotationdock.h"
#include "views/claimcontroller.h"
#include "views/claimeditor.h"
#include "views/claimmargin.h"
#include "views/importcontroller.h"
#include "views/librarysession.h"
#include "views/mainactions.h"
#include "views/mainwindow.h"
#include "views/readertheme.h"
#include "views/readerview.h"
#include "views/tagmanagerdialog.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{
const QString SeedStory = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");
const QString SeedGold = QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json");

/// The gold file's quotation whose cue is `cue`.
QJsonObject goldQuote(const QString &cue)
{
    QFile file(SeedGold);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonArray quotes = QJsonDocument::fromJson(file.readAll()).object().value(u"quotes"_s).toArray();
    for (const auto &value : quotes) {
        if (value.toObject().value(u"cue"_s).toString() == cue) {
            return value.toObject();
        }
    }
    return {};
}

QString storyText()
{
    QFile file(SeedStory);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList tagNames(const Claim &claim)
{
    QStringList names;
    for (const Tag &tag : claim.tags) {
        names << tag.name;
    }
    return names;
}
} // namespace

class TestClaimWorkflow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storyId = 0;

    [[nodiscard]] QTextBrowser *readerText() const { return m_window->findChild<QTextBrowser *>(u"readerText"_s); }
    [[nodiscard]] ReaderView *reader() const { return m_window->findChild<ReaderView *>(u"reader"_s); }
    [[nodiscard]] AnnotationDock *dock() const { return m_window->findChild<AnnotationDock *>(u"annotationDock"_s); }
    [[nodiscard]] ClaimController *claims() const { return m_window->claimController(); }
    [[nodiscard]] ArticleClaimsModel *dockModel() const { return claims()->articleClaimsModel(); }

    [[nodiscard]] QList<Claim> storedClaims() const
    {
        const auto claimsOfStory = claims()->claims()->claimsOfArticle(m_storyId);
        return claimsOfStory.ok() ? claimsOfStory.value() : QList<Claim>();
    }

    /// The dock's Claims tab in front and its list with the focus, as a click on them does.
    bool focusClaimsList()
    {
        QTreeView *list = dock()->claimsView();
        dock()->show();
        dock()->raise();
        dock()->findChild<QTabWidget *>(u"annotationTabs"_s)->setCurrentWidget(list);
        if (!activate(m_window.get())) {
            return false;
        }
        list->setFocus(Qt::MouseFocusReason);
        return QTest::qWaitFor([list] { return list->hasFocus(); }, 2000);
    }

    /// Whether the story has `count` claims and each carries exactly `names`.
    [[nodiscard]] bool everyClaimTagged(const QStringList &names, qsizetype count) const
    {
        const QList<Claim> all = storedClaims();
        return all.size() == count &&
            std::all_of(all.cbegin(), all.cend(), [&names](const Claim &claim) { return tagNames(claim) == names; });
    }

    bool openSeedStory()
    {
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        if (!library.ok()) {
            qWarning() << library.error();
            return false;
        }
        m_window = std::make_unique<MainWindow>(std::make_unique<LibrarySession>(std::move(library).value()));
        m_window->readerTheme()->setThemeName(
            NewsTextGrammar::threadRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name());
        m_window->resize(1200, 700);
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
        m_window->openArticleAt(m_storyId, 0, 0);
        if (!QTest::qWaitFor([&] { return reader()->articleId() == m_storyId; }, 5000)) {
            qWarning("the reader does not show the story");
            return false;
        }
        return QTest::qWaitFor([&] { return m_window->session()->articleQuotesModel()->rowCount() > 0; }, 5000);
    }

    bool activate(QWidget *window)
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    /// Selects the article span of `words` in the reader, as a drag over them would.
    bool selectInReader(const QString &words)
    {
        const qsizetype start = storyText().indexOf(words);
        if (start < 0) {
            return false;
        }
        QTextCursor cursor(readerText()->document());
        cursor.setPosition(reader()->documentPosition(start));
        cursor.setPosition(reader()->documentPosition(start + words.size()), QTextCursor::KeepAnchor);
        readerText()->setTextCursor(cursor);
        readerText()->setFocus(Qt::MouseFocusReason);
        return readerText()->textCursor().selectedText() == words;
    }

    /// `count` claims on distinct words of the story, each with `tagId`, stored directly.
    QList<qint64> storeClaims(int count, qint64 tagId)
    {
        const QString text = storyText();
        QList<qint64> ids;
        qsizetype at = 0;
        while (ids.size() < count) {
            const qsizetype start = text.indexOf(u"Kabul"_s, at);
            if (start < 0) {
                break;
            }
            NewClaim claim;
            claim.articleId = m_storyId;
            claim.start = start;
            claim.end = start + 5;
            claim.tagIds = { tagId };
            const auto added = claims()->claims()->add(claim);
            if (!added.ok()) {
                qWarning() << added.error();
                return {};
            }
            ids << added.value().id;
            at = start + 1;
        }
        // Made behind the window's back: tell the views.
        claims()->notifyClaimsChanged({});
        claims()->notifyTagsChanged();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!goldQuote(u"tandasnya"_s).isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void markClaimWithShortcutTagItUndoRedo()
    {
        QVERIFY(openSeedStory());
        const QJsonObject quote = goldQuote(u"tandasnya"_s);
        const QString speaker = quote.value(u"speaker"_s).toString();
        // A passage inside the quotation: its speaker claims it.
        const QString words = u"bantuan terbaik kami"_s;
        QVERIFY(quote.value(u"text"_s).toString().contains(words));
        QVERIFY(activate(m_window.get()));
        QVERIFY(selectInReader(words));

        QTest::keyClick(readerText(), Qt::Key_M, Qt::ControlModifier);
        ClaimEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ClaimEditor *>(u"claimEditor"_s)) != nullptr);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLabel *>(u"claimClaimant"_s)->text(), speaker);
        QVERIFY(editor->findChild<QLabel *>(u"claimPassage"_s)->text().contains(words));

        // A new nested tag typed in place, Return adds it; Return on the empty box accepts.
        const auto tagInput = editor->findChild<QLineEdit *>(u"claimTagInput"_s);
        QVERIFY(tagInput);
        QTest::keyClicks(tagInput, u"Bantuan/Rusia"_s);
        QTest::keyClick(tagInput, Qt::Key_Return);
        QCOMPARE(editor->findChild<QListWidget *>(u"claimTags"_s)->count(), 1);
        QVERIFY(editor->isVisible());
        QTest::keyClick(tagInput, Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<ClaimEditor *>(u"claimEditor"_s) == nullptr);

        // In the store, with the default claimant and the new tag under its new parent.
        QTRY_COMPARE(storedClaims().size(), 1);
        const Claim claim = storedClaims().first();
        QCOMPARE(claim.claimant.name, speaker);
        QCOMPARE(claim.anchor.exact, words);
        QCOMPARE(tagNames(claim), QStringList { u"Rusia"_s });
        QCOMPARE(claims()->tagPath(claim.tags.first().id), u"Bantuan/Rusia"_s);
        QCOMPARE(claim.status, ClaimStatus::Unverified);
        // In the dock.
        QCOMPARE(dockModel()->rowCount(), 1);
        QCOMPARE(dockModel()->index(0, ArticleClaimsModel::ClaimantColumn).data().toString(), speaker);
        QCOMPARE(dockModel()->index(0, ArticleClaimsModel::TagsColumn).data().toString(), u"Rusia"_s);
        // In the reader: tinted, and a marker in the margin that chooses the claim in the dock.
        const auto selections = readerText()->extraSelections();
        QVERIFY(std::any_of(selections.cbegin(), selections.cend(), [&](const QTextEdit::ExtraSelection &s) {
            return s.cursor.selectedText() == words && s.format.property(QTextFormat::UserProperty).toLongLong() == claim.id;
        }));
        ClaimMargin *margin = reader()->claimMargin();
        QCOMPARE(margin->markers().size(), 1);
        reader()->selectSpan(claim.anchor.start, claim.anchor.start);
        const QRect marker = margin->markerRect(claim.id);
        QVERIFY2(!marker.isEmpty(),
            qPrintable(u"margin %1,%2 %3x%4, marker at %5..%6"_s.arg(margin->x()).arg(margin->y()).arg(margin->width())
                    .arg(margin->height()).arg(margin->markers().first().start).arg(margin->markers().first().end)));
        QTest::mouseClick(margin, Qt::LeftButton, {}, marker.center());
        QTRY_COMPARE(dock()->currentClaimId(), claim.id);
        QCOMPARE(readerText()->textCursor().selectedText(), words);

        // One step on the stack: undo removes the claim and the two tags made for it.
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(activate(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Z"_s));
        QTRY_COMPARE(storedClaims().size(), 0);
        QCOMPARE(claims()->tags()->tags().value().size(), 0);
        QCOMPARE(dockModel()->rowCount(), 0);
        QCOMPARE(margin->markers().size(), 0);
        QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+Z"_s));
        QTRY_COMPARE(storedClaims().size(), 1);
        // Back with its id, its tags and its claimant.
        QCOMPARE(storedClaims().first().id, claim.id);
        QCOMPARE(storedClaims().first().claimant.name, speaker);
        QCOMPARE(claims()->tagPath(storedClaims().first().tags.first().id), u"Bantuan/Rusia"_s);
        QCOMPARE(dockModel()->rowCount(), 1);
        QCOMPARE(margin->markers().size(), 1);
    }

    void markWithoutSelectionDoesNothing()
    {
        QVERIFY(openSeedStory());
        QVERIFY(activate(m_window.get()));
        readerText()->setFocus(Qt::MouseFocusReason);
        readerText()->moveCursor(QTextCursor::Start);
        QTest::keyClick(readerText(), Qt::Key_M, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(m_window->findChild<ClaimEditor *>(u"claimEditor"_s) == nullptr);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void renameTagUsedByManyClaimsThenUndo()
    {
        QVERIFY(openSeedStory());
        const auto tag = claims()->tags()->create(u"Korban"_s);
        QVERIFY2(tag.ok(), qPrintable(tag.error()));
        const QList<qint64> ids = storeClaims(4, tag.value().id);
        QCOMPARE(ids.size(), 4);
        QCOMPARE(dockModel()->rowCount(), 4);

        QVERIFY(activate(m_window.get()));
        QTest::keySequence(m_window.get(), m_window->actions()->tagManager()->shortcut());
        TagManagerDialog *manager = nullptr;
        QTRY_VERIFY((manager = m_window->findChild<TagManagerDialog *>(u"tagManager"_s)) != nullptr);
        QTRY_VERIFY(manager->isVisible());
        QTreeView *tree = manager->tree();
        const QModelIndex row = claims()->tagTreeModel()->indexOfTag(tag.value().id);
        QCOMPARE(row.siblingAtColumn(TagTreeModel::CountColumn).data().toLongLong(), 4);
        QVERIFY(activate(manager));
        tree->setFocus(Qt::MouseFocusReason);
        tree->setCurrentIndex(row);
        QTest::keyClick(tree, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = tree->viewport()->findChild<QLineEdit *>()) != nullptr);
        // F2 edits in place; the name reaches the model as the delegate commits it.
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(tree->model()->setData(row, u"Korban jiwa"_s) == false);

        const auto everyClaimSays = [this](const QString &name) { return everyClaimTagged(QStringList { name }, 4); };
        QTRY_VERIFY2(everyClaimSays(u"Korban jiwa"_s),
            qPrintable(u"stack %1, tag %2, editor %3"_s.arg(m_window->undoStack()->count())
                    .arg(claims()->tags()->tag(tag.value().id).value().name, m_window->statusBar()->currentMessage())));
        QCOMPARE(dockModel()->index(3, ArticleClaimsModel::TagsColumn).data().toString(), u"Korban jiwa"_s);
        QCOMPARE(claims()->tagTreeModel()->path(tag.value().id), u"Korban jiwa"_s);
        QCOMPARE(m_window->undoStack()->count(), 1);

        // Ctrl+Z in the tag manager undoes on the window's stack.
        QTest::keySequence(tree, QKeySequence(u"Ctrl+Z"_s));
        QTRY_VERIFY(everyClaimSays(u"Korban"_s));
        QCOMPARE(dockModel()->index(0, ArticleClaimsModel::TagsColumn).data().toString(), u"Korban"_s);
        QCOMPARE(manager->currentTagId(), tag.value().id);
        manager->close();
        QVERIFY(activate(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+Z"_s));
        QTRY_VERIFY(everyClaimSays(u"Korban jiwa"_s));
    }

    void deleteTagAsksWithCountThenUndo()
    {
        QVERIFY(openSeedStory());
        const auto tag = claims()->tags()->create(u"Korban"_s);
        QVERIFY(tag.ok());
        QCOMPARE(storeClaims(3, tag.value().id).size(), 3);
        claims()->showTagManager();
        TagManagerDialog *manager = claims()->tagManager();
        QVERIFY(manager);
        QVERIFY(activate(manager));
        manager->selectTag(tag.value().id);
        manager->tree()->setFocus(Qt::MouseFocusReason);
        QTest::keyClick(manager->tree(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = manager->findChild<QMessageBox *>(u"deleteTagConfirm"_s)) != nullptr);
        QVERIFY2(box->informativeText().contains(u"3 claim"_s), qPrintable(box->informativeText()));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(claims()->tags()->tags().value().size(), 0);
        QVERIFY(everyClaimTagged({}, 3));
        m_window->undoStack()->undo();
        QCOMPARE(claims()->tags()->tags().value().size(), 1);
        QCOMPARE(claims()->tagTreeModel()->index(0, TagTreeModel::CountColumn).data().toLongLong(), 3);
    }

    void bulkTagAndDeleteFromTheDock()
    {
        QVERIFY(openSeedStory());
        const auto tag = claims()->tags()->create(u"Korban"_s);
        QVERIFY(tag.ok());
        QCOMPARE(storeClaims(3, tag.value().id).size(), 3);
        QTreeView *list = dock()->claimsView();
        QVERIFY(focusClaimsList());
        list->setCurrentIndex(dockModel()->index(0, 0));
        list->selectAll();
        QCOMPARE(dock()->selectedClaimIds().size(), 3);

        // Ctrl+T: a tag typed that does not exist yet is made and given to all three.
        QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(u"tagClaimsDialog"_s)) != nullptr);
        ask->setTextValue(u"Moskow"_s);
        ask->accept();
        QTRY_VERIFY(everyClaimTagged({ u"Korban"_s, u"Moskow"_s }, 3));
        QCOMPARE(m_window->undoStack()->count(), 1);
        // The selection survived the reload.
        QCOMPARE(dock()->selectedClaimIds().size(), 3);

        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(storedClaims().size(), 0);
        QCOMPARE(dockModel()->rowCount(), 0);
        m_window->undoStack()->undo();
        QCOMPARE(storedClaims().size(), 3);
        m_window->undoStack()->undo();
        QVERIFY(everyClaimTagged({ u"Korban"_s }, 3));
        QCOMPARE(claims()->tagTreeModel()->tagIdOfPath(u"Moskow"_s), 0);
    }

    void editClaimFromTheDockWithStatusAndNote()
    {
        QVERIFY(openSeedStory());
        const auto tag = claims()->tags()->create(u"Korban"_s);
        QVERIFY(tag.ok());
        const QList<qint64> ids = storeClaims(1, tag.value().id);
        QCOMPARE(ids.size(), 1);
        QTreeView *list = dock()->claimsView();
        QVERIFY(focusClaimsList());
        list->setCurrentIndex(dockModel()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        ClaimEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ClaimEditor *>(u"claimEditor"_s)) != nullptr);
        const auto status = editor->findChild<QComboBox *>(u"claimStatus"_s);
        status->setCurrentIndex(status->findData(int(ClaimStatus::Disputed)));
        const auto note = editor->findChild<QPlainTextEdit *>(u"claimNote"_s);
        note->setPlainText(u"**Angka** berbeda"_s);
        const auto tabs = editor->findChild<QTabWidget *>(u"claimNoteTabs"_s);
        tabs->setCurrentIndex(1);
        QCOMPARE(editor->findChild<QTextBrowser *>(u"claimNotePreview"_s)->toPlainText(), u"Angka berbeda"_s);
        editor->accept();
        QTRY_COMPARE(storedClaims().first().status, ClaimStatus::Disputed);
        QCOMPARE(storedClaims().first().note, u"**Angka** berbeda"_s);
        QCOMPARE(dockModel()->index(0, ArticleClaimsModel::StatusColumn).data().toString(),
            ClaimNames::statusLabel(ClaimStatus::Disputed));
        m_window->undoStack()->undo();
        QCOMPARE(storedClaims().first().status, ClaimStatus::Unverified);
        QCOMPARE(storedClaims().first().note, QString());
    }
};

QTEST_MAIN(TestClaimWorkflow)
#include "tst_claimworkflow.moc"
