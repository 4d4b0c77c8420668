// SPDX-License-Identifier: GPL-3.0-or-later
// The link dialog driven by keys and clicks: a claim in another story is suggested before
// anything is typed and Return links it; undo and redo on the window's stack remove and restore
// the link; typing finds a quotation, and linking it makes a claim on its span first (undone
// with the link); the direction toggle and double click; the links list reads each link from
// its end and removes one undoably.

#include "linkfixture.h"

#include "itemmodels/linkcandidatesmodel.h"
#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"
#include "storage/library.h"
#include "views/claimlinkslist.h"
#include "views/linkdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class LinkDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QUndoStack m_stack;
    qint64 m_storyEn = 0;
    qint64 m_claimA = 0; // Indonesian: Kabulov, 137
    qint64 m_claimB = 0; // English: Kabulov, 137
    qint64 m_kabulov = 0;
    qint64 m_quote = 0; // "We mourn every one of the victims," in a third story, said by Kabulov
    QString m_quoteText;

    QSqlDatabase db() const { return m_library->database(); }

    QList<ClaimLink> linksOf(qint64 claimId) const
    {
        auto links = ClaimLinkStore(db()).linksOf(claimId);
        return links ? links.value() : QList<ClaimLink>();
    }

    static QTreeView *list(LinkDialog &dialog) { return dialog.findChild<QTreeView *>(u"candidateList"_s); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();

        LinkFixture f(db());
        const QString textId = u"KABUL (Arrahmah.id) — Utusan Rusia Zamir Kabulov mengatakan 137 orang tewas dalam "
                               "serangan itu."_s;
        const QString textEn = u"MOSCOW (Reuters) - Zamir Kabulov said 137 people died in the attack."_s;
        m_quoteText = u"We mourn every one of the victims,"_s;
        const QString textQuote = u"KABUL (TOLOnews) — \"%1\" Kabulov told reporters on Friday."_s.arg(m_quoteText);
        const qint64 storyId = f.story(u"Serangan"_s, textId, u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2));
        m_storyEn = f.story(u"Attack"_s, textEn, u"Reuters"_s, u"en"_s, QDate(2025, 5, 3));
        const qint64 storyQuote = f.story(u"Mourning"_s, textQuote, u"TOLOnews"_s, u"en"_s, QDate(2025, 5, 4));
        m_kabulov = f.actor(u"Zamir Kabulov"_s);
        f.mention(storyId, m_kabulov, u"Zamir Kabulov"_s);
        f.mention(m_storyEn, m_kabulov, u"Zamir Kabulov"_s);
        f.mention(storyQuote, m_kabulov, u"Kabulov"_s);
        m_quote = f.quote(storyQuote, m_quoteText, m_kabulov);
        QVERIFY2(f.ok(), qPrintable(f.error()));

        ClaimStore claims(db());
        NewClaim a;
        a.articleId = storyId;
        a.start = textId.indexOf(u"Zamir"_s);
        a.end = textId.indexOf(u" dalam"_s);
        auto addedA = claims.add(a);
        QVERIFY2(addedA.ok(), qPrintable(addedA.error()));
        m_claimA = addedA.value().id;
        NewClaim b;
        b.articleId = m_storyEn;
        b.start = textEn.indexOf(u"Zamir"_s);
        b.end = textEn.indexOf(u" in the"_s);
        b.claimantActorId = m_kabulov;
        auto addedB = claims.add(b);
        QVERIFY2(addedB.ok(), qPrintable(addedB.error()));
        m_claimB = addedB.value().id;
    }

    void cleanup()
    {
        m_stack.clear();
        m_library.reset();
        m_dir.reset();
    }

    void returnLinksTheSuggestion()
    {
        LinkDialog dialog(db(), &m_stack, m_claimA);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeView *candidates = list(dialog);
        QVERIFY(candidates);
        // Before anything is typed, the English claim is offered and selected.
        QVERIFY(candidates->model()->rowCount() >= 1);
        QCOMPARE(candidates->currentIndex().row(), 0);
        QCOMPARE(candidates->currentIndex().data(LinkCandidatesModel::IdRole).toLongLong(), m_claimB);
        QCOMPARE(candidates->currentIndex().data(LinkCandidatesModel::KindRole).toString(), u"claim"_s);

        auto search = dialog.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        QVERIFY(search->text().isEmpty());
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        QList<ClaimLink> links = linksOf(m_claimA);
        QCOMPARE(links.size(), 1);
        const ClaimLink made = links.first();
        QCOMPARE(made.fromClaimId, m_claimA);
        QCOMPARE(made.toClaimId, m_claimB);
        QCOMPARE(made.relation, ClaimRelation::Same);
        QCOMPARE(dialog.createdLink().id, made.id);
        QCOMPARE(dialog.linkedClaimId(), m_claimB);
        QCOMPARE(m_stack.count(), 1);

        m_stack.undo();
        QVERIFY(linksOf(m_claimA).isEmpty());
        QVERIFY(linksOf(m_claimB).isEmpty());
        m_stack.redo();
        links = linksOf(m_claimB);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().id, made.id);
        QCOMPARE(links.first().fromClaimId, m_claimA);
    }

    void typingFindsAQuotationAndLinkingMakesAClaim()
    {
        LinkDialog dialog(db(), &m_stack, m_claimA);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto relation = dialog.findChild<QComboBox *>(u"relationCombo"_s);
        QVERIFY(relation);
        relation->setFocus();
        // Keys pick the relation: Down from "same claim as" to "supports", then "contradicts".
        QTest::keyClick(relation, Qt::Key_Down);
        QTest::keyClick(relation, Qt::Key_Down);
        QCOMPARE(dialog.relation(), ClaimRelation::Contradicts);
        QCOMPARE(relation->currentText(), u"contradicts"_s);
        auto note = dialog.findChild<QLineEdit *>(u"noteEdit"_s);
        QVERIFY(note);
        QTest::keyClicks(note, u"different toll"_s);

        auto search = dialog.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, u"mourn vict"_s);
        QTreeView *candidates = list(dialog);
        QTRY_COMPARE(candidates->model()->rowCount(), 1);
        QCOMPARE(candidates->currentIndex().data(LinkCandidatesModel::KindRole).toString(), u"quote"_s);
        QCOMPARE(candidates->currentIndex().data(LinkCandidatesModel::IdRole).toLongLong(), m_quote);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const qint64 created = dialog.linkedClaimId();
        QVERIFY(created != 0);
        QVERIFY(created != m_claimA && created != m_claimB);
        auto claim = ClaimStore(db()).claim(created);
        QVERIFY2(claim.ok(), qPrintable(claim.error()));
        QCOMPARE(claim.value().anchor.exact, m_quoteText);
        QCOMPARE(claim.value().claimant.id, m_kabulov);
        const QList<ClaimLink> links = linksOf(m_claimA);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toClaimId, created);
        QCOMPARE(links.first().relation, ClaimRelation::Contradicts);
        QCOMPARE(links.first().note, u"different toll"_s);

        // Undo takes the link and the claim made for it; redo brings both back with their ids.
        m_stack.undo();
        QVERIFY(linksOf(m_claimA).isEmpty());
        QVERIFY(!ClaimStore(db()).claim(created).ok());
        m_stack.redo();
        QVERIFY(ClaimStore(db()).claim(created).ok());
        QCOMPARE(linksOf(m_claimA).size(), 1);
        QCOMPARE(linksOf(m_claimA).first().toClaimId, created);
    }

    void reversedAndDoubleClicked()
    {
        LinkDialog dialog(db(), &m_stack, m_claimA);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setRelation(ClaimRelation::Updates);
        auto direction = dialog.findChild<QToolButton *>(u"directionButton"_s);
        QVERIFY(direction);
        QTest::mouseClick(direction, Qt::LeftButton);
        auto relation = dialog.findChild<QComboBox *>(u"relationCombo"_s);
        QCOMPARE(relation->currentText(), u"updated by"_s);
        QVERIFY(!dialog.fromClaim());

        QTreeView *candidates = list(dialog);
        QVERIFY(candidates->model()->rowCount() >= 1);
        const QRect rect = candidates->visualRect(candidates->model()->index(0, 0));
        // A widget's double click arrives as press, release, then the double click itself.
        QTest::mouseClick(candidates->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(candidates->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<ClaimLink> links = linksOf(m_claimA);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().fromClaimId, m_claimB);
        QCOMPARE(links.first().toClaimId, m_claimA);
        QCOMPARE(links.first().relation, ClaimRelation::Updates);
    }

    void nothingSelectedStaysOpen()
    {
        LinkDialog dialog(db(), &m_stack, m_claimA);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto search = dialog.findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"xylophone"_s);
        QTRY_COMPARE(list(dialog)->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(linksOf(m_claimA).isEmpty());
        QCOMPARE(m_stack.count(), 0);
    }

    void linksListReadsFromBothEnds()
    {
        ClaimLinkStore links(db());
        auto link = links.add(m_claimA, m_claimB, ClaimRelation::Contradicts, u"137 against 145"_s);
        QVERIFY2(link.ok(), qPrintable(link.error()));

        ClaimLinksList fromA(db(), &m_stack);
        fromA.setClaim(m_claimA);
        QCOMPARE(fromA.count(), 1);
        QVERIFY2(fromA.rowText(0).startsWith(u"contradicts “Zamir Kabulov said 137 people died”"_s),
            qPrintable(fromA.rowText(0)));
        QVERIFY(fromA.rowText(0).contains(u"Reuters"_s));
        QCOMPARE(fromA.otherClaimAt(0), m_claimB);

        ClaimLinksList fromB(db(), &m_stack);
        fromB.setClaim(m_claimB);
        QCOMPARE(fromB.count(), 1);
        QVERIFY2(fromB.rowText(0).startsWith(u"contradicted by “Zamir Kabulov mengatakan 137 orang tewas”"_s),
            qPrintable(fromB.rowText(0)));

        // Delete in the list removes the link through the undo stack; both lists follow.
        fromA.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fromA));
        auto rows = fromA.findChild<QListWidget *>(u"linksList"_s);
        QVERIFY(rows);
        rows->setFocus();
        rows->setCurrentRow(0);
        QTest::keyClick(rows, Qt::Key_Delete);
        QVERIFY(linksOf(m_claimA).isEmpty());
        QCOMPARE(fromA.count(), 0);
        QCOMPARE(fromB.count(), 0);
        m_stack.undo();
        QCOMPARE(linksOf(m_claimA).size(), 1);
        QCOMPARE(linksOf(m_claimA).first().id, link.value().id);
        QCOMPARE(linksOf(m_claimA).first().note, u"137 against 145"_s);
        QCOMPARE(fromA.count(), 1);
        QCOMPARE(fromB.count(), 1);

        QSignalSpy activated(&fromB, &ClaimLinksList::claimActivated);
        fromB.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fromB));
        auto rowsB = fromB.findChild<QListWidget *>(u"linksList"_s);
        const QRect rect = rowsB->visualItemRect(rowsB->item(0));
        QTest::mouseClick(rowsB->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(rowsB->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_claimA);
    }
};

QTEST_MAIN(LinkDialogTest)
#include "tst_linkdialog.moc"
