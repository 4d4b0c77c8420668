// SPDX-License-Identifier: GPL-3.0-or-later
// OrphansModel under QAbstractItemModelTester: the claims, quotations and mentions that lost
// their place when their story changed, with the story's title and the old text.

#include "libraryfixture.h"

#include "itemmodels/orphansmodel.h"
#include "storage/annotationstore.h"
#include "storage/revisionstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

const QString storyText = u"KABUL, May 2 (Dateline) - Russia's envoy Zamir Kabulov met Taliban officials on Friday.\n"
                          "“We will help Afghanistan fight ISKP,” Kabulov said. "
                          "The ministry said 137 people were killed in the attack. "
                          "Talks resume next week."_s;

} // namespace

class OrphansModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;
    qint64 m_claim = 0;
    qint64 m_quote = 0;
    qint64 m_mention = 0;

    QSqlDatabase db() const { return m_library->database(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QString error;
        const auto ids = insertAll(db(), { makeArticle(u"Envoy meets Taliban"_s, storyText) }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        m_article = ids.constFirst();

        QSqlQuery query(db());
        QVERIFY(query.exec(u"INSERT INTO actor (name, kind) VALUES ('Zamir Kabulov', 'person')"_s));
        const qint64 actor = query.lastInsertId().toLongLong();
        const QString passage = u"137 people were killed in the attack"_s;
        const qsizetype start = storyText.indexOf(passage);
        query.prepare(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, prefix, suffix, "
                      "claimant_actor_id, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, '2025-05-03T08:00:00Z', "
                      "'2025-05-03T08:00:00Z')"_s);
        for (const QVariant &value : { QVariant(m_article), QVariant(start), QVariant(start + passage.size()),
                 QVariant(passage), QVariant(AnnotationStore::selectorPrefix(storyText, start)),
                 QVariant(AnnotationStore::selectorSuffix(storyText, start + passage.size())), QVariant(actor) }) {
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        m_claim = query.lastInsertId().toLongLong();

        AnnotationStore annotations(db());
        const qsizetype quoteStart = storyText.indexOf(u"We will"_s);
        m_quote = annotations.addUserQuote(m_article, quoteStart, storyText.indexOf(u",”"_s), actor).value().id;
        const qsizetype mentionStart = storyText.indexOf(u"Zamir Kabulov"_s);
        m_mention = annotations.addUserMention(m_article, actor, mentionStart, mentionStart + 13).value().id;
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void emptyWhileNothingIsOrphaned()
    {
        OrphansModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(OrphansModel::ColumnCount));
    }

    void listsEveryKindWithItsOldText()
    {
        OrphansModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // The new text keeps only the dateline's first words: everything annotated is gone.
        auto revised = RevisionStore(db()).replaceText(
            m_article, makeArticle(u"Envoy meets Taliban"_s, u"KABUL, May 2 (Dateline) - Talks resume."_s));
        QVERIFY2(revised.ok(), qPrintable(revised.error()));
        QCOMPARE(revised.value().orphaned, 3);
        QVERIFY(model.reload());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0); // flat

        const int claimRow = model.rowOf(OrphanedAnnotation::Kind::Claim, m_claim);
        const int quoteRow = model.rowOf(OrphanedAnnotation::Kind::Quotation, m_quote);
        const int mentionRow = model.rowOf(OrphanedAnnotation::Kind::Mention, m_mention);
        QCOMPARE(QSet<int>({ claimRow, quoteRow, mentionRow }), QSet<int>({ 0, 1, 2 }));
        // One revision: the same time for all; claims first, then quotations, then mentions.
        QCOMPARE(claimRow, 0);
        QCOMPARE(mentionRow, 2);

        QCOMPARE(model.index(claimRow, OrphansModel::KindColumn).data().toString(), u"Claim"_s);
        QCOMPARE(model.index(quoteRow, OrphansModel::KindColumn).data().toString(), u"Quotation"_s);
        QCOMPARE(model.index(mentionRow, OrphansModel::KindColumn).data().toString(), u"Mention"_s);
        QCOMPARE(model.index(claimRow, OrphansModel::StoryColumn).data().toString(), u"Envoy meets Taliban"_s);
        QCOMPARE(model.index(claimRow, OrphansModel::OldTextColumn).data().toString(),
            u"137 people were killed in the attack"_s);
        QCOMPARE(model.index(mentionRow, OrphansModel::OldTextColumn).data().toString(), u"Zamir Kabulov"_s);
        QVERIFY(!model.index(claimRow, OrphansModel::RevisedColumn).data().toString().isEmpty());
        QVERIFY(model.index(claimRow, OrphansModel::OldTextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"The ministry said [137 people"_s));

        const QModelIndex claim = model.index(claimRow, OrphansModel::StoryColumn);
        QCOMPARE(claim.data(OrphansModel::IdRole).toLongLong(), m_claim);
        QCOMPARE(claim.data(OrphansModel::KindRole).toInt(), int(OrphanedAnnotation::Kind::Claim));
        QCOMPARE(claim.data(OrphansModel::ArticleIdRole).toLongLong(), m_article);
        QCOMPARE(claim.data(OrphansModel::ActorNameRole).toString(), u"Zamir Kabulov"_s);
        QVERIFY(claim.data(OrphansModel::RevisedAtRole).toDateTime().isValid());
        QCOMPARE(model.orphanAt(claimRow).anchor.exact, u"137 people were killed in the attack"_s);
        QCOMPARE(model.headerData(OrphansModel::OldTextColumn, Qt::Horizontal).toString(), u"Old text"_s);

        // Deleted orphans leave the list on the next reload.
        auto removed = RevisionStore(db()).removeAnnotation(OrphanedAnnotation::Kind::Quotation, m_quote);
        QVERIFY(removed.ok());
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(OrphanedAnnotation::Kind::Quotation, m_quote), -1);
    }

    void readErrorIsReported()
    {
        OrphansModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &OrphansModel::errorOccurred);
        QSqlQuery query(db());
        QVERIFY(query.exec(u"DROP TABLE revision"_s));
        QVERIFY(!model.reload());
        QCOMPARE(errors.size(), 1);
        QVERIFY(!model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(OrphansModelTest)
#include "tst_orphansmodel.moc"
