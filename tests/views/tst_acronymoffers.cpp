// SPDX-License-Identifier: GPL-3.0-or-later
// The Acronyms dock in the real window, driven from the keyboard and the buttons: accept an
// offered acronym (it becomes an alias of its actor, or of a new organisation), dismiss one,
// undo and redo each through the window's undo stack, several rows as one step.
#include "seedwindow.h"

#include "storage/actorstore.h"
#include "views/acronymofferspanel.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestAcronymOffers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storyId = 0;

    [[nodiscard]] LibrarySession *session() const { return m_window->session(); }
    [[nodiscard]] AcronymOffersPanel *panel() const
    {
        return m_window->findChild<AcronymOffersPanel *>(u"acronymDock"_s);
    }
    [[nodiscard]] QTreeWidget *list() const { return m_window->findChild<QTreeWidget *>(u"acronymOffers"_s); }

    /// The acronyms waiting in the store, "ACRONYM=expansion" each.
    [[nodiscard]] QStringList waiting() const
    {
        QStringList out;
        const auto offers = session()->actors().acronymOffers();
        for (const AcronymOffer &offer : offers.value()) {
            out.append(offer.acronym + u'=' + offer.expansion);
        }
        return out;
    }

    /// The aliases of the actor with this id, as texts.
    [[nodiscard]] QStringList aliasesOf(qint64 actorId) const
    {
        QStringList out;
        const auto aliases = session()->actors().aliases(actorId);
        for (const Alias &alias : aliases.value()) {
            out.append(alias.text);
        }
        return out;
    }

    /// Offers two acronyms as a story would: one for an actor the library has, one for nobody.
    qint64 offerTwo()
    {
        const auto taliban = session()->actors().actorByKey(u"group:taliban"_s);
        qint64 talibanId = 0;
        if (taliban.ok() && taliban.value()) {
            talibanId = taliban.value()->id;
        } else {
            Actor actor;
            actor.key = u"group:taliban"_s;
            actor.name = u"Taliban"_s;
            actor.kind = Actor::Kind::ArmedGroup;
            talibanId = session()->actors().ensure(actor).value();
        }
        AcronymOffer known;
        known.articleId = m_storyId;
        known.acronym = u"TLB"_s;
        known.expansion = u"Taliban Leadership Body"_s;
        known.actorId = talibanId;
        known.language = u"en"_s;
        AcronymOffer unknown;
        unknown.articleId = m_storyId;
        unknown.acronym = u"KMC"_s;
        unknown.expansion = u"Kabul Mine Clearance"_s;
        unknown.language = u"en"_s;
        if (!session()->actors().offerAcronym(known).ok() || !session()->actors().offerAcronym(unknown).ok()) {
            return 0;
        }
        panel()->refresh();
        return talibanId;
    }

    int rowOf(const QString &acronym) const
    {
        for (int row = 0; row < list()->topLevelItemCount(); ++row) {
            if (list()->topLevelItem(row)->text(AcronymOffersPanel::AcronymColumn) == acronym) {
                return row;
            }
        }
        return -1;
    }

    /// Shows the dock, chooses the row of `acronym` and gives the list the focus.
    bool choose(const QString &acronym)
    {
        panel()->show();
        panel()->raise();
        const int row = rowOf(acronym);
        if (row < 0) {
            return false;
        }
        list()->setCurrentItem(list()->topLevelItem(row));
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            return false;
        }
        list()->setFocus(Qt::MouseFocusReason);
        return QTest::qWaitFor([this] { return list()->hasFocus(); }, 2000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
        m_storyId = TestSupport::openSeedStory(this, *m_dir, m_window);
        QVERIFY(m_storyId != 0);
        QVERIFY(panel());
        QVERIFY(list());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void returnAcceptsForTheKnownActorAndUndoOffersAgain()
    {
        const qint64 talibanId = offerTwo();
        QVERIFY(talibanId != 0);
        QVERIFY(waiting().contains(u"TLB=Taliban Leadership Body"_s));
        QVERIFY(rowOf(u"TLB"_s) >= 0);
        QCOMPARE(list()->topLevelItem(rowOf(u"TLB"_s))->text(AcronymOffersPanel::ActorColumn), u"Taliban"_s);

        QVERIFY(choose(u"TLB"_s));
        QTest::keyClick(list(), Qt::Key_Return);
        QVERIFY(aliasesOf(talibanId).contains(u"TLB"_s));
        QVERIFY(!waiting().contains(u"TLB=Taliban Leadership Body"_s));
        QCOMPARE(rowOf(u"TLB"_s), -1);
        QUndoStack *stack = m_window->undoStack();
        QCOMPARE(stack->undoText(), u"Accept acronym TLB"_s);

        stack->undo();
        QVERIFY(!aliasesOf(talibanId).contains(u"TLB"_s));
        QVERIFY(waiting().contains(u"TLB=Taliban Leadership Body"_s));
        QVERIFY(rowOf(u"TLB"_s) >= 0);

        stack->redo();
        QVERIFY(aliasesOf(talibanId).contains(u"TLB"_s));
        QCOMPARE(rowOf(u"TLB"_s), -1);
    }

    void acceptingAnUnknownExpansionMakesAnOrganisation()
    {
        QVERIFY(offerTwo() != 0);
        QCOMPARE(list()->topLevelItem(rowOf(u"KMC"_s))->text(AcronymOffersPanel::ActorColumn), u"a new organisation"_s);
        QVERIFY(choose(u"KMC"_s));
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"acceptAcronym"_s), Qt::LeftButton);
        const auto found = session()->actors().search(u"Kabul Mine Clearance"_s);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        const Actor organisation = found.value().first();
        QCOMPARE(organisation.kind, Actor::Kind::Organisation);
        QVERIFY(aliasesOf(organisation.id).contains(u"KMC"_s));

        // Undo takes the organisation away with its alias, and the acronym waits again.
        m_window->undoStack()->undo();
        QVERIFY(session()->actors().search(u"Kabul Mine Clearance"_s).value().isEmpty());
        QVERIFY(waiting().contains(u"KMC=Kabul Mine Clearance"_s));
        QVERIFY(rowOf(u"KMC"_s) >= 0);
        // And redo makes it again.
        m_window->undoStack()->redo();
        QCOMPARE(session()->actors().search(u"Kabul Mine Clearance"_s).value().size(), 1);
        QVERIFY(!waiting().contains(u"KMC=Kabul Mine Clearance"_s));
    }

    void deleteDismissesAndSeveralRowsAreOneStep()
    {
        QVERIFY(offerTwo() != 0);
        QVERIFY(choose(u"KMC"_s));
        QTest::keyClick(list(), Qt::Key_Delete);
        QVERIFY(!waiting().contains(u"KMC=Kabul Mine Clearance"_s));
        QCOMPARE(m_window->undoStack()->undoText(), u"Dismiss acronym KMC"_s);
        m_window->undoStack()->undo();
        QVERIFY(waiting().contains(u"KMC=Kabul Mine Clearance"_s));

        // Both rows chosen, dismissed at once, back at once.
        panel()->refresh();
        QVERIFY(choose(u"KMC"_s));
        list()->selectAll();
        QTest::keyClick(list(), Qt::Key_Delete);
        QVERIFY(!waiting().contains(u"KMC=Kabul Mine Clearance"_s));
        QVERIFY(!waiting().contains(u"TLB=Taliban Leadership Body"_s));
        QCOMPARE(m_window->undoStack()->undoText(), u"Dismiss 2 acronym(s)"_s);
        m_window->undoStack()->undo();
        QVERIFY(waiting().contains(u"KMC=Kabul Mine Clearance"_s));
        QVERIFY(waiting().contains(u"TLB=Taliban Leadership Body"_s));
    }

    void onlyTheStoryInTheReader()
    {
        QVERIFY(offerTwo() != 0);
        AcronymOffer elsewhere;
        elsewhere.acronym = u"ZZQ"_s;
        elsewhere.expansion = u"Zeta Zone Quorum"_s;
        QVERIFY(session()->actors().offerAcronym(elsewhere).ok());
        panel()->refresh();
        QVERIFY(rowOf(u"ZZQ"_s) >= 0);
        m_window->findChild<QCheckBox *>(u"acronymsThisStoryOnly"_s)->setChecked(true);
        QCOMPARE(rowOf(u"ZZQ"_s), -1);
        QVERIFY(rowOf(u"TLB"_s) >= 0);
    }
};

QTEST_MAIN(TestAcronymOffers)
#include "tst_acronymoffers.moc"
