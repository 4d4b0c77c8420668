// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"
#include "storyparser.h"
#include "textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dateline
{

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
        QDirIterator it(root, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
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

    const int total = int(files.size());
    const int batchSize = qMax(1, m_batchSize);
    std::optional<Transaction> transaction;
    QList<qint64> batchIds;
    QStringList batchPaths;
    QSet<QByteArray> seenHashes; // this run's stories, committed or not

    auto commit = [&]() -> bool {
        if (!transaction) {
            return true;
        }
        const Status status = transaction->commit();
        transaction.reset();
        if (!status) {
            report.fatalError = tr("Could not save the imported stories in the library: %1").arg(status.error());
            for (const QString &path : std::as_const(batchPaths)) {
                report.problems.append({ path, tr("was not saved: the library could not be written") });
            }
            batchIds.clear();
            batchPaths.clear();
            return false;
        }
        report.imported += int(batchIds.size());
        report.importedIds.append(batchIds);
        if (!batchIds.isEmpty()) {
            Q_EMIT batchCommitted(batchIds);
        }
        batchIds.clear();
        batchPaths.clear();
        return true;
    };

    int done = 0;
    int inBatch = 0;
    for (const QString &path : files) {
        if (m_cancelled.load()) {
            report.cancelled = true;
            break;
        }
        if (!transaction) {
            transaction.emplace(db);
            if (!transaction->status()) {
                report.fatalError = tr("Could not write to the library: %1").arg(transaction->status().error());
                transaction.reset();
                return report;
            }
        }

        importFile(path, store, seenHashes, report, batchIds, batchPaths);
        ++done;
        ++inBatch;
        Q_EMIT progress(done, total, path);

        if (inBatch >= batchSize) {
            inBatch = 0;
            if (!commit()) {
                return report;
            }
        }
    }
    // Cancelled or not, what was read so far is kept.
    commit();
    return report;
}

void Importer::importFile(const QString &path, ArticleStore &store, QSet<QByteArray> &seenHashes, ImportReport &report,
    QList<qint64> &batchIds, QStringList &batchPaths)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problems.append({ path, tr("cannot be read: %1").arg(file.errorString()) });
        return;
    }
    if (file.size() > maximumFileSize) {
        report.problems.append({ path,
            tr("is too large (%1 MB; Dateline reads stories of up to %2 MB)")
                .arg(file.size() / (1024 * 1024))
                .arg(maximumFileSize / (1024 * 1024)) });
        return;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size() && file.error() != QFileDevice::NoError) {
        report.problems.append({ path, tr("cannot be read: %1").arg(file.errorString()) });
        return;
    }
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded) {
        report.problems.append({ path, decoded.error() });
        return;
    }

    const QDate reference = QFileInfo(file).lastModified(QTimeZone::UTC).date();
    const Article article = StoryParser::parse(decoded.value().text,
        isMarkdown(path) ? StoryParser::Format::Markdown : StoryParser::Format::PlainText, path, reference);
    if (article.text.trimmed().isEmpty()) {
        report.problems.append({ path, tr("contains no text") });
        return;
    }

    if (seenHashes.contains(article.contentHash)) {
        ++report.duplicates;
        report.duplicatePaths.append(path);
        return;
    }
    const Result<std::optional<qint64>> existing = store.idForHash(article.contentHash);
    if (!existing) {
        report.problems.append({ path, tr("could not be checked against the library: %1").arg(existing.error()) });
        return;
    }
    if (existing.value().has_value()) {
        seenHashes.insert(article.contentHash);
        ++report.duplicates;
        report.duplicatePaths.append(path);
        return;
    }

    const Result<qint64> id = store.insert(article);
    if (!id) {
        report.problems.append({ path, tr("could not be stored: %1").arg(id.error()) });
        return;
    }
    seenHashes.insert(article.contentHash);
    batchIds.append(id.value());
    batchPaths.append(path);
}

} // namespace Dateline
