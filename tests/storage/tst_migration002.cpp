// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 2 (002_annotations.sql) from a version-1 library with data in it (data/fill_v001.sql):
// the actor table is rebuilt, so every row that points to an actor must still point to the same
// one, and the foreign keys must still be enforced against the new table.

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

class Migration002Test : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_fileCount = 0;
    QString m_template;

    /// A version-1 file filled with fill_v001.sql, opened (and so migrated) by Library.
    std::unique_ptr<Library> migratedLibrary()
    {
        const QString path = m_dir.filePath(u"v1-%1.dateline"_s.arg(++m_fileCount));
        const QString name = u"build-v1-%1"_s.arg(m_fileCount);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (!db.open()) {
                return {};
            }
            if (!Migrations::migrate(db, Migrations::builtIn(), 1)) {
                return {};
            }
            QFile fill(QStringLiteral(STORAGE_TEST_DATA) + u"/fill_v001.sql"_s);
            if (!fill.open(QIODevice::ReadOnly) || !Migrations::runScript(db, QString::fromUtf8(fill.readAll()))) {
                return {};
            }
        }
        QSqlDatabase::removeDatabase(name);
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        if (!library) {
            qWarning("%s", qPrintable(library.error()));
            return {};
        }
        return std::move(library).value();
    }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(m_library->database());
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
        QVERIFY(Library::schemaVersion() >= 2);
        // Migrated once; each test works on a copy, so that the checks cannot disturb each other.
        auto migrated = migratedLibrary();
        QVERIFY(migrated);
        QVERIFY(!migrated->backupPath().isEmpty());
        QCOMPARE(scalar(migrated->database(), u"PRAGMA user_version"_s).toInt(), Library::schemaVersion());
        m_template = migrated->path();
    }

    void init()
    {
        const QString copy = m_dir.filePath(u"copy-%1.dateline"_s.arg(++m_fileCount));
        QVERIFY(QFile::copy(m_template, copy));
        auto library = Library::open(copy, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QVERIFY(m_library->backupPath().isEmpty());
    }

    void cleanup() { m_library.reset(); }

    void rowsKeepTheirValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariant>("expected");
        const auto row = [](const char *name, const QString &sql, const QVariant &expected) {
            QTest::newRow(name) << sql << expected;
        };
        row("actors are all there", u"SELECT count(*) FROM actor"_s, 3);
        row("actor ids, names and kinds kept",
            u"SELECT group_concat(id || ':' || name || ':' || kind, '|') FROM "
            "(SELECT * FROM actor ORDER BY id)"_s,
            u"1:Zamir Kabulov:person|2:Islamic State Khorasan Province:armed_group|3:RIA Novosti:news_agency"_s);
        row("wikidata id kept", u"SELECT wikidata_id FROM actor WHERE id = 1"_s, u"Q4066543"_s);
        row("country kept", u"SELECT country FROM actor WHERE id = 3"_s, u"RU"_s);
        row("old actors have no key", u"SELECT count(*) FROM actor WHERE key IS NOT NULL"_s, 0);
        row("old actors have no check date", u"SELECT count(*) FROM actor WHERE checked IS NOT NULL"_s, 0);
        row("aliases still point to their actors",
            u"SELECT group_concat(a.name || '=' || l.text, '|') FROM (SELECT * FROM alias ORDER BY id) l "
            "JOIN actor a ON a.id = l.actor_id"_s,
            u"Islamic State Khorasan Province=ISKP|Zamir Kabulov=Kabulov"_s);
        row("mention keeps its actor and state",
            u"SELECT a.name || ':' || m.state FROM mention m JOIN actor a ON a.id = m.actor_id"_s,
            u"Zamir Kabulov:confirmed"_s);
        row("old mentions are exact matches", u"SELECT match_kind FROM mention"_s, u"exact"_s);
        row("old mentions stand for no second actor", u"SELECT count(*) FROM mention WHERE also_actor_id IS NOT NULL"_s,
            0);
        row("quote keeps its speaker", u"SELECT speaker_actor_id FROM quote WHERE id = 1"_s, 1);
        row("quote has no cue text yet", u"SELECT cue_text IS NULL FROM quote WHERE id = 1"_s, 1);
        row("relay chain kept", u"SELECT actor_id FROM quote_relay WHERE quote_id = 1 AND position = 1"_s, 3);
        row("claims keep their claimant", u"SELECT group_concat(claimant_actor_id) FROM claim"_s, u"1,1"_s);
        row("no row points to a missing actor", u"SELECT count(*) FROM pragma_foreign_key_check"_s, 0);
        row("the name index is back",
            u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'actor_by_name'"_s, 1);
        row("no table refers to the temporary name",
            u"SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%actor_new%' OR name = 'actor_new'"_s, 0);
        row("acronym offers table exists", u"SELECT count(*) FROM acronym_offer"_s, 0);
        row("file is intact", u"PRAGMA integrity_check"_s, u"ok"_s);
    }

    void rowsKeepTheirValues()
    {
        QFETCH(QString, sql);
        QFETCH(QVariant, expected);
        const QVariant value = scalar(m_library->database(), sql);
        QVERIFY2(value.isValid(), qPrintable(sql));
        QCOMPARE(value.toString(), expected.toString());
    }

    void constraintsOfTheNewSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const auto row = [](const char *name, const QString &sql, bool accepted) {
            QTest::newRow(name) << sql << accepted;
        };
        row("kind city accepted", u"INSERT INTO actor (name, kind) VALUES ('Moscow', 'city')"_s, true);
        row("kind outlet accepted", u"INSERT INTO actor (name, kind) VALUES ('Kompas', 'outlet')"_s, true);
        row("unknown kind refused", u"INSERT INTO actor (name, kind) VALUES ('X', 'planet')"_s, false);
        row("key stored", u"INSERT INTO actor (key, name, kind) VALUES ('state:RU', 'Russia', 'state')"_s, true);
        row("empty key refused", u"INSERT INTO actor (key, name) VALUES ('', 'Nobody')"_s, false);
        row("malformed check date refused", u"INSERT INTO actor (name, checked) VALUES ('X', 'May 2025')"_s, false);
        row("match kind fuzzy accepted",
            u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, origin, match_kind) "
            "VALUES (1, 2, 0, 4, 'gazetteer', 'fuzzy')"_s,
            true);
        row("unknown match kind refused",
            u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, origin, match_kind) "
            "VALUES (1, 2, 0, 4, 'gazetteer', 'guess')"_s,
            false);
        row("mention of a missing actor refused",
            u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, origin) "
            "VALUES (1, 999, 0, 4, 'gazetteer')"_s,
            false);
        row("alias of a missing actor refused", u"INSERT INTO alias (actor_id, text) VALUES (999, 'Nobody')"_s, false);
        row("relay through a missing actor refused",
            u"INSERT INTO quote_relay (quote_id, position, actor_id) VALUES (1, 2, 999)"_s, false);
        row("cue text stored", u"UPDATE quote SET cue_text = 'kata Kabulov' WHERE id = 1"_s, true);
        row("offer state checked", u"INSERT INTO acronym_offer (acronym, state) VALUES ('IIA', 'maybe')"_s, false);
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

    void keysAreUnique()
    {
        QVERIFY(exec(u"INSERT INTO actor (key, name, kind) VALUES ('state:RU', 'Russia', 'state')"_s));
        QVERIFY(!exec(u"INSERT INTO actor (key, name, kind) VALUES ('state:RU', 'Rusia', 'state')"_s));
        // Many actors may have no key.
        QVERIFY(exec(u"INSERT INTO actor (name) VALUES ('Somebody')"_s));
        QVERIFY(exec(u"INSERT INTO actor (name) VALUES ('Somebody else')"_s));
    }

    void deletingAnActorReachesTheRowsThatPointToIt()
    {
        // The actions of the foreign keys of other tables now work on the rebuilt table.
        QVERIFY(exec(u"DELETE FROM actor WHERE id = 1"_s));
        const QSqlDatabase db = m_library->database();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM alias WHERE actor_id = 1"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM mention"_s).toInt(), 0);
        QVERIFY(scalar(db, u"SELECT speaker_actor_id FROM quote WHERE id = 1"_s).isNull());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM claim WHERE claimant_actor_id IS NULL"_s).toInt(), 2);
        QVERIFY(exec(u"DELETE FROM actor WHERE id = 3"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM quote_relay"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(Migration002Test)
#include "tst_migration002.moc"
