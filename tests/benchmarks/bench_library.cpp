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

/// "001_initial.sql:1a2b3c4d,002_...": each migration file with the start of its SHA-256.
QString schemaFiles()
{
    const QDir dir(QStringLiteral(DATELINE_SQL_DIR));
    QStringList files;
    const QStringList names = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        files += name + u':' +
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    }
    return files.join(u',');
}

/// What a cached library was built from; the marker beside it holds one of these, read back by
/// parse(). `schemaFiles` is taken when the build starts, so that a migration file changed while
/// a library is being built makes the next run rebuild it.
struct Marker {
    QString stories;
    QString schema;
    QString files;
    QString source;

    static Marker now(qint64 stories, const StorySource &source)
    {
        return { QString::number(stories), QString::number(Library::schemaVersion()), schemaFiles(),
            u"source=%1 bytes=%2 bases=%3 built=%4"_s.arg(source.kind())
                .arg(source.targetBytes())
                .arg(source.baseCount())
                .arg(buildMethod()) };
    }
    static Marker parse(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        return { lines.value(0), lines.value(1), lines.value(2), lines.value(3) };
    }
    [[nodiscard]] QString text() const { return QStringList { stories, schema, files, source }.join(u'\n'); }

    /// Whether `cached` holds the same stories under this schema, or under an earlier version
    /// whose migration files are all unchanged (Library::open can bring it up to date).
    [[nodiscard]] bool sameStories(const Marker &cached) const
    {
        return cached.stories == stories && cached.source == source;
    }
    [[nodiscard]] bool extends(const Marker &cached) const
    {
        return files.startsWith(cached.files) && !cached.files.isEmpty();
    }
};

bool writeMarker(const QString &path, const Marker &marker)
{
    QFile file(path + u".done"_s);
    return file.open(QIODevice::WriteOnly) && file.write(marker.text().toUtf8()) >= 0;
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
    const Marker wanted = Marker::now(stories, source);
    QFile file(markerPath(path));
    const Marker cached = QFile::exists(path) && file.open(QIODevice::ReadOnly)
        ? Marker::parse(QString::fromUtf8(file.readAll()))
        : Marker();
    QString mode = u"build"_s;
    if (wanted.sameStories(cached) && wanted.extends(cached)) {
        if (cached.schema == wanted.schema) {
            print(u"library: reusing %1 (%2 stories, schema %3; delete it to rebuild)"_s.arg(path)
                      .arg(count(double(stories)))
                      .arg(cached.schema));
            return path;
        }
        mode = u"migrate"_s;
        print(u"library: bringing %1 from schema %2 to %3 through Library::open (bench_library --migrate) ..."_s.arg(
            path, cached.schema, wanted.schema));
    } else {
        print(u"library: building %1 stories into %2 with the bench_library tool ..."_s.arg(count(double(stories)))
                  .arg(path));
    }
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments { QString::number(stories) };
    if (mode == u"migrate"_s) {
        arguments.prepend(u"--migrate"_s);
    }
    tool.start(QStringLiteral(DATELINE_BENCH_LIBRARY_TOOL), arguments);
    if (!tool.waitForStarted(-1) || !tool.waitForFinished(-1)) {
        return Result<QString>::failure(
            u"cannot run %1: %2"_s.arg(QStringLiteral(DATELINE_BENCH_LIBRARY_TOOL), tool.errorString()));
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        return Result<QString>::failure(u"bench_library failed (exit code %1)"_s.arg(tool.exitCode()));
    }
    return path;
}

Status migrateLibrary(const QString &path, qint64 stories, const StorySource &source)
{
    const Marker marker = Marker::now(stories, source);
    auto opened = Library::open(path, Library::OpenMode::OpenExisting);
    if (!opened) {
        return Status::failure(opened.error());
    }
    // The copy Library keeps before a migration is a user's safety net, not the benchmark's.
    if (!opened.value()->backupPath().isEmpty()) {
        QFile::remove(opened.value()->backupPath());
    }
    if (!writeMarker(path, marker)) {
        return Status::failure(u"cannot write the marker of %1"_s.arg(path));
    }
    return {};
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
    const Marker marker = Marker::now(stories, source);
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
    if (!writeMarker(path, marker)) {
        return Status::failure(u"cannot write the marker of %1"_s.arg(path));
    }
    return {};
}

} // namespace Dateline::Bench
