// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Dateline
{

class ArticleStore;
class RevisionStore;
struct PreparedFile;

struct ImportProblem {
    QString path;
    QString reason; ///< translated, for a person
};

struct ImportReport {
    int imported = 0;
    int duplicates = 0;
    /// Stories already in the library (same URL, or same dateline place and title) whose text
    /// changed: each such file gave its story a new revision (RevisionStore), not a second copy.
    int updated = 0;
    QList<qint64> importedIds;
    QList<qint64> updatedIds; ///< each revised story once
    QStringList duplicatePaths;
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString fatalError; ///< the library could not be opened or written: nothing more was tried
};

/**
 * Imports story files (plain text, Markdown) and folders of them into a library.
 *
 * run() works synchronously in the calling thread with a connection of its own, so that it can
 * serve a worker thread (the window) and a terminal (the command line) alike; files are read and
 * parsed on the global thread pool one batch ahead of the writing. It commits in batches, goes on
 * past a bad file and lists each with its reason, treats a story already in the library (or
 * earlier in the same run) as a duplicate, and when cancel() is called from any thread it stops
 * after the current file and commits what it has read, so that everything reported is kept.
 *
 * A story with new text but the URL, or the dateline place and title, of one the library has is
 * a new revision of that story: RevisionStore keeps the old text, re-anchors the story's claims,
 * quotations and mentions, and the analysis then replaces the story's suggestions (the reader's
 * decisions stay, re-anchored). A text the story had in an earlier revision is a duplicate.
 */
class Importer : public QObject
{
    Q_OBJECT

public:
    explicit Importer(QString libraryPath, QStringList paths, QObject *parent = nullptr);
    ~Importer() override;

    /// Files below `paths` that an import would read, folders expanded, sorted.
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths, QList<ImportProblem> *problems);
    /// Whether a file name looks like a story this importer reads (.txt, .text, .md, .markdown).
    [[nodiscard]] static bool isStoryFile(const QString &fileName);

    ImportReport run();
    void cancel() { m_cancelled.store(true); }
    void setBatchSize(int size) { m_batchSize = size; }
    /// Whether each story is analysed (actors and quotations stored as suggestions) as it is
    /// imported; on by default. The analysis runs on the thread pool with the parsing.
    void setAnalysisEnabled(bool enabled) { m_analyse = enabled; }

Q_SIGNALS:
    /// After each file; `total` is known from the start.
    void progress(int done, int total, const QString &path);
    /// After each committed batch, with the ids it added and the ids it revised.
    void batchCommitted(const QList<qint64> &ids);

private:
    /// Stores one prepared file inside the open batch: a problem or a duplicate goes into
    /// `report`, a stored story's id into `batchIds`, a revised one's into `batchUpdated`.
    void storeFile(const PreparedFile &file, ArticleStore &store, RevisionStore &revisions,
        QSet<QByteArray> &seenHashes, ImportReport &report, QList<qint64> &batchIds, QList<qint64> &batchUpdated,
        QStringList &batchPaths);

    QString m_libraryPath;
    QStringList m_paths;
    std::atomic_bool m_cancelled = false;
    int m_batchSize = 200;
    bool m_analyse = true;
};

} // namespace Dateline
