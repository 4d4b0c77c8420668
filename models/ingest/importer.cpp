// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"
#include "reanalyzer.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/revisionstore.h"
#include "storage/transaction.h"
#include "storyparser.h"
#include "textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrentMap>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Dateline
{

/// One file read and parsed, ready to be stored; `problem` says why it is not a story.
struct PreparedFile {
    QString path;
    Article article;
    QString problem;
    Analysis analysis; ///< actors and quotations, when the import analyses
};

namespace
{

/// A story is a few kilobytes; a file this large is something else, and reading it would only
/// hold the import up.
constexpr qint64 maximumFileSize = 50 * 1024 * 1024;

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

/// Hidden files and everything inside hidden folders ("." names) stay out of a folder import.
bool isHiddenBelow(const QString &root, const QString &path)
{
    const QStringList parts = path.mid(root.size()).split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(u'.')) {
            return true;
        }
    }
    return false;
}

/// Reading, decoding, parsing and analysis: everything but the library, so that it can run on
/// other threads while the import's own thread writes the previous batch.
PreparedFile prepareFile(const QString &path, const Analyzer *analyzer)
{
    PreparedFile prepared;
    prepared.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.problem = Importer::tr("cannot be read: %1").arg(file.errorString());
        return prepared;
    }
    if (file.size() > maximumFileSize) {
        prepared.problem = Importer::tr("is too large (%1 MB; Dateline reads stories of up to %2 MB)")
                               .arg(file.size() / (1024 * 1024))
                               .arg(maximumFileSize / (1024 * 1024));
        return prepared;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        prepared.problem = Importer::tr("cannot be read: %1").arg(file.errorString());
        return prepared;
    }
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded) {
        prepared.problem = decoded.error();
        return prepared;
    }
    // The file's date gives the year of a dateline's "May 2": a story is saved about when it appears.
    const QDate reference = QFileInfo(file).lastModified(QTimeZone::UTC).date();
    prepared.article = StoryParser::parse(decoded.value().text,
        isMarkdown(path) ? StoryParser::Format::Markdown : StoryParser::Format::PlainText, path, reference);
    if (prepared.article.text.isEmpty()) {
        prepared.problem = Importer::tr("contains no text");
    } else if (analyzer != nullptr) {
        prepared.analysis = analyzer->analyze(prepared.article.text, prepared.article.language);
    }
    return prepared;
}

} // namespace

Importer::Importer(QString libraryPath, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_paths(std::move(paths))
{
}

Importer::~Importer() = default;

bool Importer::isStoryFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"text" || suffix == u"md" || suffix == u"markdown";
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportProblem> *problems)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &file) {
        if (!seen.contains(file)) {
            seen.insert(file);
            files.append(file);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems) {
                problems->append({ path, tr("does not exist") });
            }
            continue;
        }
        if (!info.isDir()) {
            // Named on its own, a file is read whatever its extension; the decoder refuses binaries.
            add(info.filePath());
            continue;
        }
        const QString root = info.filePath();
        QStringList found;
        // Unreadable files are listed too, so that the report names them instead of leaving them out.
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isStoryFile(file) && !isHiddenBelow(root, file)) {
                found.append(file);
            }
        }
        found.sort();
        for (const QString &file : std::as_const(found)) {
            add(file);
        }
    }
    return files;
}

ImportReport Importer::run()
{
    ImportReport report;
    const QStringList files = collectFiles(m_paths, &report.problems);

    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
    if (!library) {
        report.fatalError = library.error();
        return report;
    }
    const QSqlDatabase db = library.value()->database();
    ArticleStore store(db);
    RevisionStore revisions(db);
    ActorStore actors(db);
    AnnotationStore annotations(db);

    // The gazetteer (shipped plus what the reader taught this library) is built once per run and
    // shared by the analysing threads: it is immutable once built.
    std::optional<Gazetteer> gazetteer;
    std::optional<LanguageProfiles> languages;
    std::optional<Analyzer> analyzer;
    if (m_analyse && !files.isEmpty()) {
        auto built = Reanalyzer::libraryGazetteer(actors);
        if (!built) {
            report.fatalError = tr("Could not read the library's actors: %1").arg(built.error());
            return report;
        }
        gazetteer.emplace(std::move(built).value());
        languages.emplace();
        analyzer.emplace(*gazetteer, *languages);
    }
    const Analyzer *analyse = analyzer ? &*analyzer : nullptr;
    const std::function<PreparedFile(const QString &)> prepare = [analyse](const QString &path) {
        return prepareFile(path, analyse);
    };

    const int total = int(files.size());
    const qsizetype batchSize = qMax(1, m_batchSize);
    QList<QStringList> batches;
    for (qsizetype i = 0; i < files.size(); i += batchSize) {
        batches.append(files.mid(i, batchSize));
    }

    // Batch n+1 is read and parsed on the thread pool while batch n is written: parsing (language
    // detection above all) costs as much as writing, and the machine has more than one core.
    QFuture<PreparedFile> pending;
    if (!batches.isEmpty()) {
        pending = QtConcurrent::mapped(batches.constFirst(), prepare);
    }
    auto stopPending = [&pending] {
        pending.cancel();
        pending.waitForFinished();
    };

    QSet<QByteArray> seenHashes; // this run's stories, committed or not
    int done = 0;
    for (qsizetype b = 0; b < batches.size() && !report.cancelled; ++b) {
        pending.waitForFinished();
        const QList<PreparedFile> prepared = pending.results();
        pending = b + 1 < batches.size() ? QtConcurrent::mapped(batches.at(b + 1), prepare) : QFuture<PreparedFile>();

        Transaction transaction(db);
        if (!transaction.status()) {
            report.fatalError = tr("Could not write to the library: %1").arg(transaction.status().error());
            stopPending();
            return report;
        }
        QList<qint64> batchIds;
        QList<qint64> batchUpdated;
        QStringList batchPaths;
        for (const PreparedFile &file : prepared) {
            if (m_cancelled.load()) {
                report.cancelled = true; // what this batch holds so far is still committed below
                break;
            }
            const qsizetype stored = batchIds.size();
            const qsizetype revised = batchUpdated.size();
            storeFile(file, store, revisions, seenHashes, report, batchIds, batchUpdated, batchPaths);
            const bool written = batchIds.size() > stored || batchUpdated.size() > revised;
            if (analyse != nullptr && written) {
                // In the batch's transaction; a story whose annotations fail is kept without them.
                // A revised story's suggestions are replaced; the reader's decisions were re-anchored.
                const qint64 id = batchIds.size() > stored ? batchIds.constLast() : batchUpdated.constLast();
                if (auto annotated = Reanalyzer::storeAnalysis(
                        id, file.article.text, file.analysis, actors, annotations, &*gazetteer);
                    !annotated) {
                    report.problems.append({ file.path,
                        tr("was imported, but its actors and quotations could not be stored: %1")
                            .arg(annotated.error()) });
                }
            }
            ++done;
            Q_EMIT progress(done, total, file.path);
        }

        const Status status = transaction.commit();
        if (!status) {
            report.fatalError = tr("Could not save the imported stories in the library: %1").arg(status.error());
            for (const QString &path : std::as_const(batchPaths)) {
                report.problems.append({ path, tr("was not saved: the library could not be written") });
            }
            stopPending();
            return report;
        }
        report.imported += int(batchIds.size());
        report.importedIds.append(batchIds);
        report.updated += int(batchUpdated.size());
        for (const qint64 id : std::as_const(batchUpdated)) {
            if (!report.updatedIds.contains(id)) {
                report.updatedIds.append(id);
            }
        }
        if (!batchIds.isEmpty() || !batchUpdated.isEmpty()) {
            Q_EMIT batchCommitted(batchIds + batchUpdated);
        }
    }
    stopPending();
    return report;
}

void Importer::storeFile(const PreparedFile &file, ArticleStore &store, RevisionStore &revisions,
    QSet<QByteArray> &seenHashes, ImportReport &report, QList<qint64> &batchIds, QList<qint64> &batchUpdated,
    QStringList &batchPaths)
{
    if (!file.problem.isEmpty()) {
        report.problems.append({ file.path, file.problem });
        return;
    }
    const Article &article = file.article;
    if (seenHashes.contains(article.contentHash)) {
        ++report.duplicates;
        report.duplicatePaths.append(file.path);
        return;
    }
    const Result<std::optional<qint64>> existing = store.idForHash(article.contentHash);
    if (!existing) {
        report.problems.append({ file.path, tr("could not be checked against the library: %1").arg(existing.error()) });
        return;
    }
    seenHashes.insert(article.contentHash);
    if (existing.value().has_value()) {
        ++report.duplicates;
        report.duplicatePaths.append(file.path);
        return;
    }
    // New text: a new story, or a new revision of one the library has (same URL, or same
    // dateline place and title).
    const Result<std::optional<qint64>> previous = revisions.previousVersion(article);
    if (!previous) {
        seenHashes.remove(article.contentHash);
        report.problems.append({ file.path, tr("could not be checked against the library: %1").arg(previous.error()) });
        return;
    }
    if (previous.value().has_value()) {
        const qint64 id = *previous.value();
        // An older text of that story coming in again is no news: it would flip the story back.
        const Result<bool> old = revisions.hadText(id, article.contentHash);
        if (!old) {
            seenHashes.remove(article.contentHash);
            report.problems.append({ file.path, tr("could not be checked against the library: %1").arg(old.error()) });
            return;
        }
        if (old.value()) {
            ++report.duplicates;
            report.duplicatePaths.append(file.path);
            return;
        }
        const Result<ReanchorReport> revised = revisions.replaceText(id, article);
        if (!revised) {
            seenHashes.remove(article.contentHash);
            report.problems.append({ file.path, tr("could not be stored: %1").arg(revised.error()) });
            return;
        }
        batchUpdated.append(id);
        batchPaths.append(file.path);
        return;
    }
    const Result<qint64> id = store.insert(article);
    if (!id) {
        seenHashes.remove(article.contentHash);
        report.problems.append({ file.path, tr("could not be stored: %1").arg(id.error()) });
        return;
    }
    batchIds.append(id.value());
    batchPaths.append(file.path);
}

} // namespace Dateline
