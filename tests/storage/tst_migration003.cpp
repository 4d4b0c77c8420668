// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 3 (003_claims.sql) from a version-2 library with claims, tags and links in it: the
// claim table is rebuilt, so every row that points to a claim must still point to the same one,
// the full-text index must still find the claims and follow later changes, and the foreign keys
// must hold against the new table.

#include "libraryfixture.h"

#include "storage/library.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

// A version-2 library: two stories, claims with every old status, a tag tree, tags on claims
// and links between them.
const QString fillV2 = uR"sql(
INSERT INTO outlet (id, name) VALUES (1, 'Kompas'), (2, 'TASS');
INSERT INTO article (id, outlet_id, title, published, language, text, content_hash, outlet_sort) VALUES
    (1, 1, 'Serangan di Crocus', '2024-03-23', 'id', 'Sedikitnya 137 orang tewas, kata pejabat.', X'01', 'Kompas'),
    (2, 2, 'Toll rises', '2024-03-26', 'en', 'The death toll rose to 145, officials said.', X'02', 'TASS');
INSERT INTO actor (id, name, kind) VALUES (1, 'Maria Zakharova', 'person');
INSERT INTO claim (id, article_id, start_offset, end_offset, exact, prefix, suffix, claimant_actor_id, status, note,
    author, created, updated) VALUES
    (4, 1, 11, 26, '137 orang tewas', 'Sedikitnya ', ', kata pejabat.', 1, 'disputed', 'Angka *awal*', 'ana',
     '2024-03-23T10:00:00Z', '2024-03-24T09:00:00Z'),
    (7, 2, 23, 26, '145', 'The death toll rose to ', ', officials said.', NULL, 'true', '', NULL,
     '2024-03-26T08:00:00Z', '2024-03-26T08:00:00Z'),
    (9, 2, 0, 14, 'The death toll', '', ' rose to 145', NULL, 'misleading', 'note with konser', NULL,
     '2024-03-26T08:05:00Z', '2024-03-26T08:05:00Z');
INSERT INTO tag (id, parent_id, name, colour) VALUES (1, NULL, 'Casualties', '#aa0000'), (2, 1, 'Death toll', NULL),
    (3, NULL, 'Moscow', NULL);
INSERT INTO claim_tag (claim_id, tag_id) VALUES (4, 2), (4, 3), (7, 2), (9, 1);
INSERT INTO claim_link (id, from_claim_id, to_claim_id, relation, note, created) VALUES
    (5, 4, 7, 'same', 'toll', '2024-03-26T09:00:00Z'),
    (6, 9, 4, 'updates', '', '2024-03-26T09:01:00Z');
INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, origin) VALUES (1, 1, 0, 10, 'Sedikitnya', 'user');
INSERT INTO quote (id, article_id, start_offset, end_offset, exact) VALUES (1, 2, 0, 10, 'The death ');
)sql"_s;

} // namespace

class Migration003Test : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_fileCount = 0;
    QString m_template;

    QSqlDatabase db() const { return m_library->database(); }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok && error != nullptr) {
            *error = query.lastError().text();
        }
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Library::schemaVersion() >= 3);
        const QString path = m_dir.filePath(u"v2.dateline"_s);
        {
            QSqlDatabase v2 = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"build-v2"_s);
            v2.setDatabaseName(path);
            QVERIFY(v2.open());
            auto migrated = Migrations::migrate(v2, Migrations::builtIn(), 2);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
            auto filled = Migrations::runScript(v2, fillV2);
            QVERIFY2(filled.ok(), qPrintable(filled.error()));
            v2.close();
        }
        QSqlDatabase::removeDatabase(u"build-v2"_s);
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(!library.value()->backupPath().isEmpty());
        QCOMPARE(scalar(library.value()->database(), u"PRAGMA user_version"_s).toInt(), Library::schemaVersion());
        m_template = library.value()->path();
    }

    void init()
    {
        // Each test works on a copy of the migrated file, so that the checks cannot disturb each other.
        const QString copy = m_dir.filePath(u"copy-%1.dateline"_s.arg(++m_fileCount));
        QVERIFY(QFile::copy(m_template, copy));
        auto library = Library::open(copy, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void cleanup() { m_library.reset(); }

    void rowsKeepTheirValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &sql, const QString &expected) {
            QTest::newRow(name) << sql << expected;
        };
        row("claim ids, stories and statuses kept",
            u"SELECT group_concat(id || ':' || article_id || ':' || status, '|') FROM (SELECT * FROM claim ORDER BY id)"_s,
            u"4:1:disputed|7:2:true|9:2:misleading"_s);
        row("selectors kept", u"SELECT exact || '[' || prefix || '][' || suffix || ']' FROM claim WHERE id = 4"_s,
            u"137 orang tewas[Sedikitnya ][, kata pejabat.]"_s);
        row("offsets kept", u"SELECT start_offset || '-' || end_offset FROM claim WHERE id = 7"_s, u"23-26"_s);
        row("claimant, note, author and times kept",
            u"SELECT claimant_actor_id || '|' || note || '|' || author || '|' || created || '|' || updated FROM claim WHERE id = 4"_s,
            u"1|Angka *awal*|ana|2024-03-23T10:00:00Z|2024-03-24T09:00:00Z"_s);
        row("every old claim is anchored", u"SELECT group_concat(anchored) FROM (SELECT anchored FROM claim ORDER BY id)"_s,
            u"1,1,1"_s);
        row("tags on claims kept",
            u"SELECT group_concat(claim_id || '>' || tag_id, '|') FROM (SELECT * FROM claim_tag ORDER BY claim_id, tag_id)"_s,
            u"4>2|4>3|7>2|9>1"_s);
        row("old tag rows have position 0", u"SELECT count(*) FROM claim_tag WHERE position <> 0"_s, u"0"_s);
        row("tag tree kept",
            u"SELECT group_concat(id || ':' || coalesce(parent_id, '-') || ':' || name, '|') FROM (SELECT * FROM tag ORDER BY id)"_s,
            u"1:-:Casualties|2:1:Death toll|3:-:Moscow"_s);
        row("links keep ids and ends",
            u"SELECT group_concat(id || ':' || from_claim_id || '>' || to_claim_id || ':' || relation, '|') FROM "
            "(SELECT * FROM claim_link ORDER BY id)"_s,
            u"5:4>7:same|6:9>4:updates"_s);
        row("full text finds an old claim by its text",
            u"SELECT group_concat(rowid) FROM claim_fts WHERE claim_fts MATCH 'tewas'"_s, u"4"_s);
        row("full text finds an old claim by its note",
            u"SELECT group_concat(rowid) FROM claim_fts WHERE claim_fts MATCH 'konser'"_s, u"9"_s);
        row("mentions are anchored", u"SELECT group_concat(anchored) FROM mention"_s, u"1"_s);
        row("quotations are anchored", u"SELECT group_concat(anchored) FROM quote"_s, u"1"_s);
        row("no row points to a missing claim", u"SELECT count(*) FROM pragma_foreign_key_check"_s, u"0"_s);
        row("no table refers to the temporary name",
            u"SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%claim_new%' OR name = 'claim_new'"_s, u"0"_s);
        row("claim indexes are back",
            u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('claim_by_article', "
            "'claim_by_claimant', 'claim_by_status', 'claim_by_created', 'claim_orphaned')"_s,
            u"5"_s);
        row("claim triggers are back",
            u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'claim'"_s, u"3"_s);
        row("revision has place and date", u"SELECT count(*) FROM pragma_table_info('revision') WHERE name IN "
                                           "('old_place', 'old_published')"_s,
            u"2"_s);
        row("file is intact", u"PRAGMA integrity_check"_s, u"ok"_s);
    }

    void rowsKeepTheirValues()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QVariant value = scalar(db(), sql);
        QVERIFY2(value.isValid(), qPrintable(sql));
        QCOMPARE(value.toString(), expected);
    }

    void constraintsOfTheNewSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const auto row = [](const char *name, const QString &sql, bool accepted) {
            QTest::newRow(name) << sql << accepted;
        };
        const QString insert = u"INSERT INTO claim (article_id, start_offset, end_offset, exact, status, anchored, "
                               "created, updated) VALUES (1, 0, 3, 'Sed', '%1', %2, 'now', 'now')"_s;
        row("status mostly_true accepted", insert.arg(u"mostly_true"_s, u"1"_s), true);
        row("status retracted accepted", insert.arg(u"retracted"_s, u"1"_s), true);
        row("every old status still accepted", insert.arg(u"unverified"_s, u"1"_s), true);
        row("unknown status refused", insert.arg(u"maybe"_s, u"1"_s), false);
        row("orphan accepted", insert.arg(u"false"_s, u"0"_s), true);
        row("anchored is 0 or 1", insert.arg(u"false"_s, u"2"_s), false);
        row("claim in a missing story refused",
            u"INSERT INTO claim (article_id, start_offset, end_offset, created, updated) VALUES (99, 0, 1, 'n', 'n')"_s,
            false);
        row("tag on a missing claim refused", u"INSERT INTO claim_tag (claim_id, tag_id) VALUES (99, 1)"_s, false);
        row("link to a missing claim refused",
            u"INSERT INTO claim_link (from_claim_id, to_claim_id, relation, created) VALUES (4, 99, 'same', 'n')"_s,
            false);
        row("a second tag with a position", u"INSERT INTO claim_tag (claim_id, tag_id, position) VALUES (7, 3, 1)"_s,
            true);
        row("mention orphan accepted", u"UPDATE mention SET anchored = 0"_s, true);
        row("mention anchored is 0 or 1", u"UPDATE mention SET anchored = 5"_s, false);
    }

    void constraintsOfTheNewSchema()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QString error;
        QCOMPARE(exec(sql, &error), accepted);
        if (!accepted) {
            QVERIFY(!error.isEmpty());
        }
    }

    void newClaimsDefaultToAnchoredAndReachTheIndex()
    {
        QVERIFY(exec(u"INSERT INTO claim (id, article_id, start_offset, end_offset, exact, created, updated) "
                     "VALUES (20, 2, 4, 15, 'death toll', 'n', 'n')"_s));
        QCOMPARE(scalar(db(), u"SELECT anchored FROM claim WHERE id = 20"_s).toInt(), 1);
        QCOMPARE(scalar(db(), u"SELECT status FROM claim WHERE id = 20"_s).toString(), u"unverified"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'toll'"_s).toInt(), 2);
        // The update trigger follows a changed note; the delete trigger forgets the claim.
        QVERIFY(exec(u"UPDATE claim SET note = 'crocus hall' WHERE id = 4"_s));
        QCOMPARE(scalar(db(), u"SELECT group_concat(rowid) FROM claim_fts WHERE claim_fts MATCH 'crocus'"_s).toString(),
            u"4"_s);
        QVERIFY(exec(u"DELETE FROM claim WHERE id = 9"_s));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'konser'"_s).toInt(), 0);
        QVERIFY(exec(u"INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void deletingAClaimReachesTheRowsThatPointToIt()
    {
        // The foreign keys of claim_tag and claim_link now work on the rebuilt table.
        QVERIFY(exec(u"DELETE FROM claim WHERE id = 4"_s));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_tag WHERE claim_id = 4"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_link"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_tag"_s).toInt(), 2);
    }

    void deletingAStoryDeletesItsClaims()
    {
        QVERIFY(exec(u"DELETE FROM article WHERE id = 2"_s));
        QCOMPARE(scalar(db(), u"SELECT group_concat(id) FROM claim"_s).toString(), u"4"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM claim_link"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(Migration003Test)
#include "tst_migration003.moc"
