// SPDX-License-Identifier: GPL-3.0-or-later
// TagTreeModel under QAbstractItemModelTester: the tag tree with counts (own and with sub-tags),
// paths, colours, renaming and moving by request only, drag and drop of tags.

#include "libraryfixture.h"

#include "itemmodels/tagtreemodel.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{
const QString storyText = u"The ministry said 137 people died. Officials later gave 145. Kabul denied it."_s;
} // namespace

class TagTreeModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_casualties = 0;
    qint64 m_deathToll = 0;
    qint64 m_injured = 0;
    qint64 m_actors = 0;

    qint64 claimOn(const QString &words, const QList<qint64> &tags)
    {
        ClaimStore claims(m_library->database());
        NewClaim claim;
        claim.articleId = 1;
        claim.start = storyText.indexOf(words);
        claim.end = claim.start + words.size();
        claim.tagIds = tags;
        const auto added = claims.add(claim);
        return added.ok() ? added.value().id : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QString error;
        const auto ids = insertAll(m_library->database(), { makeArticle(u"Toll"_s, storyText, u"Wire"_s) }, &error);
        QVERIFY2(ids == QList<qint64> { 1 }, qPrintable(error));
        TagStore tags(m_library->database());
        const auto casualties = tags.create(u"Casualties"_s, 0, u"#aa0000"_s);
        QVERIFY2(casualties.ok(), qPrintable(casualties.error()));
        m_casualties = casualties.value().id;
        m_deathToll = tags.create(u"Death toll"_s, m_casualties).value().id;
        m_injured = tags.create(u"Injured"_s, m_casualties).value().id;
        m_actors = tags.create(u"Actors"_s).value().id;
        // Two claims: one carries a parent and its child, which counts once for the parent's total.
        QVERIFY(claimOn(u"137 people died"_s, { m_casualties, m_deathToll }) != 0);
        QVERIFY(claimOn(u"gave 145"_s, { m_deathToll }) != 0);
        QVERIFY(claimOn(u"Kabul denied it"_s, { m_actors }) != 0);
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void treeWithCountsAndPaths()
    {
        TagTreeModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TagTreeModel::ColumnCount));
        // Siblings by name.
        QCOMPARE(model.index(0, TagTreeModel::NameColumn).data().toString(), u"Actors"_s);
        const QModelIndex casualties = model.index(1, TagTreeModel::NameColumn);
        QCOMPARE(casualties.data().toString(), u"Casualties"_s);
        QCOMPARE(model.rowCount(casualties), 2);
        QCOMPARE(model.rowCount(model.index(1, TagTreeModel::CountColumn)), 0);
        const QModelIndex deathToll = model.index(0, TagTreeModel::NameColumn, casualties);
        QCOMPARE(deathToll.data().toString(), u"Death toll"_s);
        QCOMPARE(deathToll.parent(), casualties);
        QCOMPARE(deathToll.data(TagTreeModel::PathRole).toString(), u"Casualties/Death toll"_s);
        QCOMPARE(deathToll.data(TagTreeModel::ParentIdRole).toLongLong(), m_casualties);
        QCOMPARE(deathToll.data(TagTreeModel::CountRole).toLongLong(), 2);
        QCOMPARE(casualties.data(TagTreeModel::ColourRole).toString(), u"#aa0000"_s);
        QCOMPARE(casualties.data(TagTreeModel::CountRole).toLongLong(), 1);
        QCOMPARE(casualties.data(TagTreeModel::TotalCountRole).toLongLong(), 2);
        QCOMPARE(model.index(1, TagTreeModel::CountColumn).data().toString(), u"1 (2)"_s);
        QCOMPARE(model.index(1, TagTreeModel::NameColumn, casualties).data(TagTreeModel::CountRole).toLongLong(), 0);
        QCOMPARE(model.indexOfTag(m_injured), model.index(1, 0, casualties));
        QVERIFY(!model.indexOfTag(9999).isValid());
    }

    void pathLookup_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // the tag's path, empty when none
        QTest::newRow("top level") << u"Actors"_s << u"Actors"_s;
        QTest::newRow("nested") << u"Casualties/Injured"_s << u"Casualties/Injured"_s;
        QTest::newRow("case and spaces ignored") << u"casualties / DEATH TOLL"_s << u"Casualties/Death toll"_s;
        QTest::newRow("trailing slash") << u"Casualties/"_s << u"Casualties"_s;
        QTest::newRow("child without its parent") << u"Injured"_s << QString();
        QTest::newRow("unknown") << u"Casualties/Missing"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void pathLookup()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        TagTreeModel model(m_library->database());
        const qint64 id = model.tagIdOfPath(path);
        QCOMPARE(id == 0 ? QString() : model.path(id), expected);
    }

    void editsAreRequestsOnly()
    {
        TagTreeModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy renames(&model, &TagTreeModel::renameRequested);
        const QModelIndex actors = model.indexOfTag(m_actors);
        QVERIFY(model.flags(actors).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.flags(model.indexOfTag(m_actors, TagTreeModel::CountColumn)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.setData(actors, u"  People  "_s));
        QCOMPARE(renames.size(), 1);
        QCOMPARE(renames.first().at(0).toLongLong(), m_actors);
        QCOMPARE(renames.first().at(1).toString(), u"People"_s);
        // Unchanged until the store changes and the model reads it again.
        QCOMPARE(actors.data().toString(), u"Actors"_s);
        QVERIFY(!model.setData(actors, u"Actors"_s));
        QVERIFY(!model.setData(actors, u"   "_s));
        QCOMPARE(renames.size(), 1);

        TagStore tags(m_library->database());
        QVERIFY(tags.rename(m_actors, u"People"_s).ok());
        QVERIFY(tags.move(m_injured, m_actors).ok());
        model.reload();
        QCOMPARE(model.path(m_actors), u"People"_s);
        QCOMPARE(model.path(m_injured), u"People/Injured"_s);
        QCOMPARE(model.rowCount(model.indexOfTag(m_casualties)), 1);
        QVERIFY(model.isWithin(m_injured, m_actors));
        QVERIFY(!model.isWithin(m_injured, m_casualties));
        QVERIFY(tags.remove(m_casualties).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.tags().size(), 2);
    }

    void dropMovesByRequest_data()
    {
        QTest::addColumn<QString>("dragged");
        QTest::addColumn<QString>("target"); // empty: the top level
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("requested");
        QTest::newRow("under another tag") << u"Casualties/Injured"_s << u"Actors"_s << true << true;
        QTest::newRow("child to the top level") << u"Casualties/Death toll"_s << QString() << true << true;
        QTest::newRow("top-level tag to the top level is no move") << u"Actors"_s << QString() << true << false;
        QTest::newRow("parent under its own child") << u"Casualties"_s << u"Casualties/Injured"_s << false << false;
        QTest::newRow("onto itself") << u"Actors"_s << u"Actors"_s << false << false;
    }

    void dropMovesByRequest()
    {
        QFETCH(QString, dragged);
        QFETCH(QString, target);
        QFETCH(bool, accepted);
        QFETCH(bool, requested);
        TagTreeModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 draggedId = model.tagIdOfPath(dragged);
        const qint64 targetId = target.isEmpty() ? 0 : model.tagIdOfPath(target);
        std::unique_ptr<QMimeData> mime(model.mimeData({ model.indexOfTag(draggedId) }));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(TagTreeModel::MimeType)));
        const QModelIndex parent = model.indexOfTag(targetId);
        QCOMPARE(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, parent), accepted);
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, parent));
        QSignalSpy moves(&model, &TagTreeModel::moveRequested);
        // Never true: the view must not remove the dragged rows itself.
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, parent));
        QCOMPARE(moves.size(), requested ? 1 : 0);
        if (requested) {
            QCOMPARE(moves.first().at(0).toLongLong(), draggedId);
            QCOMPARE(moves.first().at(1).toLongLong(), targetId);
        }
    }

    void emptyLibrary()
    {
        auto other = Library::open(m_dir->filePath(u"empty.dateline"_s));
        QVERIFY(other.ok());
        TagTreeModel model(other.value()->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
        QCOMPARE(model.tagIdOfPath(u"Actors"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TagTreeModelTest)
#include "tst_tagtreemodel.moc"
