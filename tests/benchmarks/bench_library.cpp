// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_library.h"

#include "bench_common.h"
#include "bench_sqlite.h"

#include "ingest/storyparser.h"
#include "storage/articlerow.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dateline::Bench
{

QString buildMethod()
{
    return qEnvironmentVariable("DATELINE_BENCH_BUILD") == u"store"_s ? u"store"_s : u"bare"_s;
}

namespace
{

QString markerPath(const QString &path)
{
    return path + u".done"_s;
}

QString markerText(qint64 stories, const StorySource &source)
{
    // The schema's text is in the marker too: a changed migration file means a rebuild, even
    // before its version number changes.
    const QByteArray schema = QCryptographicHash::hash(schemaSql().toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"stories=%1 schema=%2 sql=%7 source=%3 bytes=%4 bases=%5 built=%6\n"_s.arg(stories)
        .arg(Library::schemaVersion())
        .arg(source.kind())
        .arg(source.targetBytes())
        .arg(source.baseCount())
        .arg(buildMethod())
        .arg(QString::fromLatin1(schema.left(16)));
}

void removeLibraryFiles(const QString &path)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u".done"_s }) {
        QFile::remove(path + suffix);
    }
}

} // namespace

QString cachedLibraryPath(qint64 stories, const StorySource &source)
{
    return QDir(cacheDir())
        .filePath(u"library-%1-%2-%3.dateline"_s.arg(stories).arg(source.kind()).arg(source.targetBytes()));
}

Result<QString> ensureLibrary(qint64 stories, const StorySource &source)
{
    const QString path = cachedLibraryPath(stories, source);
    QFile marker(markerPath(path));
    if (QFile::exists(path) && marker.open(QIODevice::ReadOnly) &&
        QString::fromUtf8(marker.readAll()) == markerText(stories, source)) {
        print(u"library: reusing %1 (%2 stories, schema %3; delete it to rebuild)"_s.arg(path)
                  .arg(count(double(stories)))
                  .arg(Library::schemaVersion()));
        return path;
    }
    print(u"library: building %1 stories into %2 with the bench_library tool ..."_s.arg(count(double(stories)))
              .arg(path));
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedChannels);
    tool.start(QStringLiteral(DATELINE_BENCH_LIBRARY_TOOL), { QString::number(stories) });
    if (!tool.waitForStarted(-1) || !tool.waitForFinished(-1)) {
        return Result<QString>::failure(
            u"cannot run %1: %2"_s.arg(QStringLiteral(DATELINE_BENCH_LIBRARY_TOOL), tool.errorString()));
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        return Result<QString>::failure(u"bench_library failed (exit code %1)"_s.arg(tool.exitCode()));
    }
    return path;
}

namespace
{

/// Story `i` of a built library: a parsed base text with its own counter line, hash and date.
class StoryMaker
{
public:
    explicit StoryMaker(const StorySource &source)
        : m_fetched(QDateTime::currentDateTimeUtc())
    {
        // Parsing (encoding, dateline, date, language) is measured by the import benchmark;
        // here each base text is parsed once and its copies differ in a counter line, hash, date.
        for (qsizetype j = 0; j < source.baseCount(); ++j) {
            m_templates.append(StoryParser::parse(source.base(j), StoryParser::Format::PlainText));
        }
    }

    [[nodiscard]] Article story(qint64 i) const
    {
        static const QStringList outlets = { u"Detik"_s, u"Reuters"_s, u"ANTARA"_s, u"KOMPAS.com"_s, u"Arrahmah.id"_s,
            u"AP"_s, u"AFP"_s, u"Tempo"_s, u"CNN Indonesia"_s, u"Breitbart"_s, u"The New York Times"_s, u"TASS"_s };
        Article article = m_templates.at(qsizetype(i % m_templates.size()));
        article.text += u"\n\n"_s + StorySource::counterLine(i);
        article.contentHash = StoryParser::contentHash(article.text);
        article.published = QDate(2005, 1, 1).addDays((i * 7919) % 7300); // twenty years, shuffled
        article.fetched = m_fetched;
        if (article.outletName.trimmed().isEmpty() && article.outletId == 0) {
            article.outletName = outlets.at(qsizetype(i % outlets.size()));
        }
        article.outletName = article.outletName.trimmed();
        return article;
    }

private:
    QList<Article> m_templates;
    QDateTime m_fetched;
};

void printProgress(qint64 done, qint64 stories, const QElapsedTimer &timer)
{
    if (done % 100000 == 0 || done == stories) {
        const double seconds = double(timer.elapsed()) / 1000.0;
        print(u"  %1 stories in %2 s (%3 stories/s)"_s.arg(count(double(done)))
                  .arg(seconds, 0, 'f', 1)
                  .arg(count(double(done) / std::max(seconds, 0.001))));
    }
}

Status insertThroughStore(Library &library, qint64 stories, const StoryMaker &maker)
{
    ArticleStore store(library.database());
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 batch = 10000;
    for (qint64 start = 0; start < stories; start += batch) {
        Transaction transaction(library.database());
        if (!transaction.status()) {
            return transaction.status();
        }
        for (qint64 i = start; i < std::min(stories, start + batch); ++i) {
            if (const Result<qint64> id = store.insert(maker.story(i)); !id) {
                return Status::failure(u"story %1: %2"_s.arg(i).arg(id.error()));
            }
        }
        if (const Status committed = transaction.commit(); !committed) {
            return committed;
        }
        printProgress(std::min(stories, start + batch), stories, timer);
    }
    return {};
}

/// The columns ArticleStore::insert writes, with its conventions (ArticleRow), bound bare.
Status insertBare(const QString &path, qint64 stories, const StoryMaker &maker)
{
    BareDb db(path);
    if (!db.applyLibraryPragmas()) {
        return Status::failure(db.error());
    }
    BareStatement findOutlet(db, u"SELECT id, name FROM outlet WHERE name = ?1"_s);
    BareStatement addOutlet(db, u"INSERT INTO outlet (name) VALUES (?1) RETURNING id, name"_s);
    BareStatement insert(db,
        u"INSERT INTO article (outlet_id, url, title, byline, place, published, fetched, language, text, html, "
        "content_hash, source_path, read, starred, outlet_sort) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"_s);
    for (const BareStatement *statement : { &findOutlet, &addOutlet, &insert }) {
        if (!statement->ok()) {
            return Status::failure(statement->error());
        }
    }
    QHash<QString, std::pair<qint64, QString>> outlets; // by lower-case name, as COLLATE NOCASE
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 batch = 50000;
    for (qint64 start = 0; start < stories; start += batch) {
        if (!db.exec(u"BEGIN"_s)) {
            return Status::failure(db.error());
        }
        for (qint64 i = start; i < std::min(stories, start + batch); ++i) {
            const Article article = maker.story(i);
            auto outlet = outlets.find(article.outletName.toLower());
            if (outlet == outlets.end()) {
                qint64 id = 0;
                QString name;
                findOutlet.bind(1, article.outletName);
                if (findOutlet.next()) {
                    id = findOutlet.column(0).toLongLong();
                    name = findOutlet.column(1).toString();
                }
                findOutlet.reset();
                if (id == 0) {
                    addOutlet.bind(1, article.outletName);
                    if (!addOutlet.next()) {
                        return Status::failure(addOutlet.error());
                    }
                    id = addOutlet.column(0).toLongLong();
                    name = addOutlet.column(1).toString();
                    addOutlet.reset();
                }
                outlet = outlets.insert(article.outletName.toLower(), { id, name });
            }
            const QVariant values[] = { outlet->first, ArticleRow::optionalText(article.url), article.title,
                ArticleRow::optionalText(article.byline), ArticleRow::optionalText(article.place),
                ArticleRow::publishedValue(article.published), ArticleRow::fetchedValue(article.fetched),
                article.language, article.text, ArticleRow::optionalText(article.html), article.contentHash,
                ArticleRow::optionalText(article.sourcePath), article.read ? 1 : 0, article.starred ? 1 : 0,
                outlet->second };
            for (int c = 0; c < int(std::size(values)); ++c) {
                insert.bind(c + 1, values[c]);
            }
            if (insert.run() < 0) {
                return Status::failure(u"story %1: %2"_s.arg(i).arg(insert.error()));
            }
            insert.reset();
        }
        if (!db.exec(u"COMMIT"_s)) {
            return Status::failure(db.error());
        }
        printProgress(std::min(stories, start + batch), stories, timer);
    }
    return {};
}

} // namespace

Status buildLibrary(const QString &path, qint64 stories, const StorySource &source)
{
    removeLibraryFiles(path);
    const StoryMaker maker(source);
    {
        // Dateline's own migrations create the file: the schema and user_version are the real ones.
        auto opened = Library::open(path);
        if (!opened) {
            return Status::failure(opened.error());
        }
        if (buildMethod() == u"store"_s) {
            print(u"  through ArticleStore::insert, 10,000 stories to a transaction (DATELINE_BENCH_BUILD=store)"_s);
            if (const Status inserted = insertThroughStore(*opened.value(), stories, maker); !inserted) {
                return inserted;
            }
        }
    }
    if (buildMethod() == u"bare"_s) {
        print(u"  bare SQL into the Dateline schema (the columns and formats of ArticleStore::insert), 50,000 "
              "stories to a transaction (DATELINE_BENCH_BUILD=bare, the default; =store goes through "
              "ArticleStore)"_s);
        if (const Status inserted = insertBare(path, stories, maker); !inserted) {
            return inserted;
        }
    }
    // Read back through Dateline: the counts its triggers kept, and a story as the store reads it.
    auto opened = Library::open(path, Library::OpenMode::OpenExisting);
    if (!opened) {
        return Status::failure(opened.error());
    }
    const ArticleStore store(opened.value()->database());
    const auto counts = store.counts();
    const auto last = store.article(stories);
    const Article expected = maker.story(stories - 1);
    if (!counts || counts.value().articles != stories || !last || last.value().contentHash != expected.contentHash ||
        last.value().published != expected.published || last.value().outletName != expected.outletName) {
        return Status::failure(u"the built library does not read back as written"_s);
    }
    // A finished library is one file: what a user's library looks like after the app closes.
    QSqlQuery checkpoint(opened.value()->database());
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        return Status::failure(checkpoint.lastError().text());
    }
    QFile marker(markerPath(path));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(markerText(stories, source).toUtf8()) < 0) {
        return Status::failure(u"cannot write %1"_s.arg(marker.fileName()));
    }
    return {};
}

} // namespace Dateline::Bench
