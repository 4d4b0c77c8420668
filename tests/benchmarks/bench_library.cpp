// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_library.h"

#include "bench_common.h"

#include "ingest/storyparser.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dateline::Bench
{

namespace
{

QString markerPath(const QString &path)
{
    return path + u".done"_s;
}

QString markerText(qint64 stories, const StorySource &source)
{
    return u"stories=%1 schema=%2 source=%3 bytes=%4 bases=%5\n"_s.arg(stories)
        .arg(Library::schemaVersion())
        .arg(source.kind())
        .arg(source.targetBytes())
        .arg(source.baseCount());
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

Status buildLibrary(const QString &path, qint64 stories, const StorySource &source)
{
    removeLibraryFiles(path);
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(path);
    if (!opened) {
        return Status::failure(opened.error());
    }
    const std::unique_ptr<Library> library = std::move(opened).value();
    ArticleStore store(library->database());

    // Parsing (encoding, dateline, date, language) is measured by the import benchmark; here
    // each base text is parsed once and its copies differ in a counter line, hash and date.
    QList<Article> templates;
    for (qsizetype j = 0; j < source.baseCount(); ++j) {
        templates.append(StoryParser::parse(source.base(j), StoryParser::Format::PlainText));
    }
    static const QStringList outlets = { u"Detik"_s, u"Reuters"_s, u"ANTARA"_s, u"KOMPAS.com"_s, u"Arrahmah.id"_s,
        u"AP"_s, u"AFP"_s, u"Tempo"_s, u"CNN Indonesia"_s, u"Breitbart"_s, u"The New York Times"_s, u"TASS"_s };
    const QDate firstDay(2005, 1, 1);
    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    constexpr qint64 batch = 10000;
    for (qint64 start = 0; start < stories; start += batch) {
        Transaction transaction(library->database());
        if (!transaction.status()) {
            return transaction.status();
        }
        for (qint64 i = start; i < std::min(stories, start + batch); ++i) {
            Article article = templates.at(qsizetype(i % templates.size()));
            article.text += u"\n\n"_s + StorySource::counterLine(i);
            article.contentHash = StoryParser::contentHash(article.text);
            article.published = firstDay.addDays((i * 7919) % 7300);
            article.fetched = fetched;
            if (article.outletName.isEmpty() && article.outletId == 0) {
                article.outletName = outlets.at(qsizetype(i % outlets.size()));
            }
            const Result<qint64> id = store.insert(article);
            if (!id) {
                return Status::failure(u"story %1: %2"_s.arg(i).arg(id.error()));
            }
        }
        if (const Status committed = transaction.commit(); !committed) {
            return committed;
        }
        const qint64 done = std::min(stories, start + batch);
        if (done % 100000 == 0 || done == stories) {
            const double seconds = double(timer.elapsed()) / 1000.0;
            print(u"  %1 stories in %2 s (%3 stories/s)"_s.arg(count(double(done)))
                      .arg(seconds, 0, 'f', 1)
                      .arg(count(double(done) / std::max(seconds, 0.001))));
        }
    }
    // A finished library is one file: what a user's library looks like after the app closes.
    QSqlQuery checkpoint(library->database());
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
