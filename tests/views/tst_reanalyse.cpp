// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations > Re-analyse Story in the real window: the reader's decisions (a rejected mention,
// a confirmed quotation, a quotation given to another speaker) survive it, and what the library
// learnt since the import (a new alias) turns up as a fresh suggestion in the store, the dock and
// the reader.
#include "seedwindow.h"

#include "itemmodels/articleactorsmodel.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "views/reanalysecontroller.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Dateline;

class TestReanalyse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storyId = 0;

    [[nodiscard]] LibrarySession *session() const { return m_window->session(); }

    [[nodiscard]] QList<Mention> mentions() const
    {
        const auto result = session()->annotations().mentions(m_storyId);
        return result.ok() ? result.value() : QList<Mention>();
    }

    [[nodiscard]] QList<Quote> quotes() const
    {
        const auto result = session()->annotations().quotes(m_storyId);
        return result.ok() ? result.value() : QList<Quote>();
    }

    [[nodiscard]] std::optional<Mention> mentionWithText(const QString &text) const
    {
        for (const Mention &m : mentions()) {
            if (m.text == text) {
                return m;
            }
        }
        return std::nullopt;
    }

    /// Triggers the window's Re-analyse Story action and waits for the worker to finish.
    bool reanalyse()
    {
        auto action = m_window->findChild<QAction *>(u"actionReanalyseStory"_s);
        if (!action || !action->isEnabled()) {
            qWarning("no enabled Re-analyse Story action");
            return false;
        }
        bool finished = false;
        connect(m_window->reanalyseController(), &ReanalyseController::finished, this, [&] { finished = true; });
        action->trigger();
        return QTest::qWaitFor([&] { return finished; }, 30000);
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
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void decisionsAreKeptAndSuggestionsRefreshed()
    {
        // The gold file of the seed story reads "AS" as the United States: reject it anyway, as a
        // reader who disagrees would, confirm the first quotation and give the second to Putin.
        const auto as = mentionWithText(u"AS"_s);
        QVERIFY(as.has_value());
        QVERIFY(session()->annotations().rejectMention(as->id).ok());
        const QList<Quote> before = quotes();
        QVERIFY(before.size() >= 2);
        QVERIFY(session()->annotations().confirmQuote(before.at(0).id).ok());
        const auto putin = mentionWithText(u"Vladimir Putin"_s);
        QVERIFY(putin.has_value());
        QVERIFY(session()->annotations().reassignQuote(before.at(1).id, putin->actor.id).ok());

        // What the library learnt after the import: "perwakilan khusus Moskow" names Zamir
        // Kabulov. The old suggestions cannot know it; the re-analysis must.
        QVERIFY(!mentionWithText(u"perwakilan khusus Moskow"_s).has_value());
        const auto kabulov = mentionWithText(u"Zamir Kabulov"_s);
        QVERIFY(kabulov.has_value());
        Alias alias;
        alias.actorId = kabulov->actor.id;
        alias.actorKey = kabulov->actor.key;
        alias.text = u"perwakilan khusus Moskow"_s;
        alias.language = u"id"_s;
        QVERIFY(session()->actors().addAlias(alias).ok());

        QVERIFY(reanalyse());

        // Decisions kept.
        const auto rejected = mentionWithText(u"AS"_s);
        QVERIFY(rejected.has_value());
        QCOMPARE(rejected->state, AnnotationState::Rejected);
        const QList<Quote> after = quotes();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.at(0).id, before.at(0).id);
        QCOMPARE(after.at(0).state, AnnotationState::Confirmed);
        QCOMPARE(after.at(1).id, before.at(1).id);
        QCOMPARE(after.at(1).speaker.name, u"Vladimir Putin"_s);
        // Nothing suggested again over what was rejected.
        for (const Mention &m : mentions()) {
            if (m.id != rejected->id) {
                QVERIFY2(m.end <= rejected->start || m.start >= rejected->end, qPrintable(m.text));
            }
        }

        // Suggestions refreshed, in the store and on screen.
        const auto learnt = mentionWithText(u"perwakilan khusus Moskow"_s);
        QVERIFY(learnt.has_value());
        QCOMPARE(learnt->actor.name, u"Zamir Kabulov"_s);
        QCOMPARE(learnt->state, AnnotationState::Suggested);
        ArticleActorsModel *actors = session()->articleActorsModel();
        const int row = actors->rowOfActor(kabulov->actor.id);
        QVERIFY(row >= 0);
        QVERIFY(actors->index(row, ArticleActorsModel::NameColumn)
                    .data(ArticleActorsModel::FormsRole)
                    .toStringList()
                    .contains(u"perwakilan khusus Moskow"_s));
        auto reader = m_window->findChild<QTextBrowser *>(u"readerText"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto selections = reader->extraSelections();
                return std::any_of(selections.cbegin(), selections.cend(), [](const QTextEdit::ExtraSelection &s) {
                    return s.cursor.selectedText() == u"perwakilan khusus Moskow";
                });
            },
            5000));
        // The re-analysis replaced rows the undo stack named: it starts afresh.
        QCOMPARE(m_window->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestReanalyse)
#include "tst_reanalyse.moc"
