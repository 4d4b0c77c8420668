// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a story again: the same text is a duplicate; changed text under the same dateline
// place and title (or URL) is a new revision of the story, whose claims and decided mentions are
// re-anchored and whose suggestions are replaced by a new analysis; an older text is a duplicate.

#include "ingest/importer.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/revisionstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

namespace
{

const QString firstVersion = u"Russia pledges help to Taliban against Islamic State\n\n"
                             "MOSCOW, May 2 (Dateline) - Russia will help the Taliban authorities in Afghanistan "
                             "fight Islamic State militants, Moscow's special envoy Zamir Kabulov said on Friday.\n\n"
                             "The ministry said 137 people were killed in the attack on the concert hall near Moscow.\n\n"
                             "Talks on trade will resume next week, the envoy said."_s;

const QString claimPassage = u"137 people were killed in the attack"_s;

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_libraryPath;

    ImportReport import(const QString &name, const QString &text)
    {
        const QString path = m_dir->filePath(name);
        if (!writeFile(path, text)) {
            ImportReport failed;
            failed.fatalError = u"could not write %1"_s.arg(path);
            return failed;
        }
        Importer importer(m_libraryPath, { path });
        return importer.run();
    }

    std::unique_ptr<Library> open() const
    {
        auto library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
        return library ? std::move(library).value() : nullptr;
    }

    static qint64 addClaim(const QSqlDatabase &db, qint64 article, const QString &passage)
    {
        const QString text = ArticleStore(db).article(article).value().text;
        const qsizetype start = text.indexOf(passage);
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, prefix, suffix, created, "
                      "updated) VALUES (?, ?, ?, ?, ?, ?, '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z')"_s);
        query.addBindValue(article);
        query.addBindValue(start);
        query.addBindValue(start + passage.size());
        query.addBindValue(passage);
        query.addBindValue(AnnotationStore::selectorPrefix(text, start));
        query.addBindValue(AnnotationStore::selectorSuffix(text, start + passage.size()));
        return start >= 0 && query.exec() ? query.lastInsertId().toLongLong() : 0;
    }

    static QVariant scalar(const QSqlDatabase &db, const QString &sql, qint64 id)
    {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_libraryPath = m_dir->filePath(u"library.dateline"_s);
        auto library = Library::open(m_libraryPath, Library::OpenMode::OpenOrCreate);
        QVERIFY2(library.ok(), qPrintable(library.error()));
    }

    void cleanup() { m_dir.reset(); }

    void changedStoryBecomesARevision()
    {
        const ImportReport first = import(u"story.txt"_s, firstVersion);
        QVERIFY2(first.fatalError.isEmpty(), qPrintable(first.fatalError));
        QCOMPARE(first.imported, 1);
        const qint64 article = first.importedIds.constFirst();

        auto library = open();
        QVERIFY(library);
        const QSqlDatabase db = library->database();
        const qint64 claim = addClaim(db, article, claimPassage);
        QVERIFY(claim > 0);
        // The reader confirmed the analysis' mention of Kabulov: a decision, re-anchored.
        auto mentions = AnnotationStore(db).mentions(article);
        QVERIFY2(mentions.ok(), qPrintable(mentions.error()));
        qint64 kabulov = 0;
        for (const Mention &mention : mentions.value()) {
            if (mention.text == u"Zamir Kabulov" || mention.text == u"Kabulov") {
                kabulov = mention.id;
            }
        }
        QVERIFY2(kabulov > 0, "the analysis found no mention of Kabulov");
        QVERIFY(AnnotationStore(db).confirmMention(kabulov).ok());
        const QString kabulovText = AnnotationStore(db).mention(kabulov).value().text;

        // A correction: a new paragraph at the top and another figure; same place and title.
        const QString second = QString(firstVersion)
                                   .replace(u"MOSCOW, May 2 (Dateline) - "_s,
                                       u"MOSCOW, May 2 (Dateline) - (Corrects the death toll in paragraph 2.) "_s)
                                   .replace(u"137"_s, u"139"_s);
        const ImportReport again = import(u"story-corrected.txt"_s, second);
        QVERIFY2(again.fatalError.isEmpty(), qPrintable(again.fatalError));
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 0);
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.updatedIds, QList<qint64> { article });
        QVERIFY(again.problems.isEmpty());

        QCOMPARE(ArticleStore(db).counts().value().articles, 1);
        const QString current = ArticleStore(db).article(article).value().text;
        QVERIFY(current.contains(u"139 people"_s));
        RevisionStore revisions(db);
        QCOMPARE(revisions.revisions(article).value().size(), 2);
        QVERIFY(revisions.revisionText(article, revisions.revisions(article).value().constFirst().id)
                    .value()
                    .contains(u"137 people"_s));

        const QString movedClaim = u"139 people were killed in the attack"_s;
        QCOMPARE(scalar(db, u"SELECT exact FROM claim WHERE id = ?"_s, claim).toString(), movedClaim);
        QCOMPARE(scalar(db, u"SELECT start_offset FROM claim WHERE id = ?"_s, claim).toLongLong(),
            current.indexOf(movedClaim));
        const Mention moved = AnnotationStore(db).mention(kabulov).value();
        QCOMPARE(moved.state, AnnotationState::Confirmed);
        QCOMPARE(current.mid(moved.start, moved.end - moved.start), kabulovText);
        // The suggestions are the new analysis' own, on the new text; nothing is orphaned.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM mention WHERE article_id = ? AND anchored = 0"_s, article).toInt(),
            0);
        const auto suggestions = AnnotationStore(db).mentions(article).value();
        for (const Mention &mention : suggestions) {
            QCOMPARE(current.mid(mention.start, mention.end - mention.start), mention.text);
        }
        QCOMPARE(revisions.orphans().value().size(), 0);

        // The same correction again, and the first version again: duplicates, nothing changes.
        const ImportReport third = import(u"story-again.txt"_s, second);
        QCOMPARE(third.duplicates, 1);
        QCOMPARE(third.updated, 0);
        const ImportReport older = import(u"story-old.txt"_s, firstVersion + u"\n"_s);
        QCOMPARE(older.duplicates, 1);
        QCOMPARE(older.updated, 0);
        QCOMPARE(revisions.revisions(article).value().size(), 2);
    }

    void deletedPassageOrphansItsClaim()
    {
        const ImportReport first = import(u"story.txt"_s, firstVersion);
        QCOMPARE(first.imported, 1);
        const qint64 article = first.importedIds.constFirst();
        auto library = open();
        QVERIFY(library);
        const qint64 claim = addClaim(library->database(), article, claimPassage);
        QVERIFY(claim > 0);

        const QString second = QString(firstVersion)
                                   .remove(u"The ministry said 137 people were killed in the attack on the concert "
                                           "hall near Moscow.\n\n"_s);
        const ImportReport again = import(u"story-cut.txt"_s, second);
        QCOMPARE(again.updated, 1);
        auto orphans = RevisionStore(library->database()).orphans();
        QVERIFY2(orphans.ok(), qPrintable(orphans.error()));
        QCOMPARE(orphans.value().size(), 1);
        QCOMPARE(orphans.value().constFirst().id, claim);
        QCOMPARE(orphans.value().constFirst().anchor.exact, claimPassage);
        QCOMPARE(orphans.value().constFirst().articleTitle, u"Russia pledges help to Taliban against Islamic State"_s);
    }

    void otherPlaceIsAnotherStory()
    {
        QCOMPARE(import(u"story.txt"_s, firstVersion).imported, 1);
        const ImportReport other =
            import(u"other.txt"_s, QString(firstVersion).replace(u"MOSCOW, May 2"_s, u"KABUL, May 2"_s));
        QCOMPARE(other.imported, 1);
        QCOMPARE(other.updated, 0);
    }

    void bothVersionsInOneRun()
    {
        // Two files of one run: the second revises the story the first just added.
        const QString a = m_dir->filePath(u"a.txt"_s);
        const QString b = m_dir->filePath(u"b.txt"_s);
        QVERIFY(writeFile(a, firstVersion));
        QVERIFY(writeFile(b, QString(firstVersion).replace(u"next week"_s, u"on Monday"_s)));
        Importer importer(m_libraryPath, { a, b });
        QSignalSpy batches(&importer, &Importer::batchCommitted);
        const ImportReport report = importer.run();
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.updatedIds, report.importedIds);
        QCOMPARE(batches.size(), 1);
        auto library = open();
        QVERIFY(library);
        QVERIFY(ArticleStore(library->database()).article(report.importedIds.constFirst()).value().text.contains(
            u"on Monday"_s));
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
