// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace Dateline
{

class ActorStore;
class AnnotationStore;
class Gazetteer;
struct Analysis;

struct ReanalysisReport {
    int analysed = 0;
    int mentions = 0; ///< suggested mentions stored
    int quotes = 0; ///< suggested quotations stored
    bool cancelled = false;
    QString fatalError; ///< the library could not be opened or written: nothing more was tried
};

/**
 * "Re-analyse": runs the Analyzer again over one story or the whole library, after the gazetteer
 * changed, and replaces the stories' suggested annotations while keeping every decision of the
 * reader (AnnotationStore::replaceSuggestions).
 *
 * Like the Importer, run() works synchronously in the calling thread with a connection of its
 * own (a worker thread of the window, or the command line); the gazetteer (shipped plus the
 * library's own) is built once per run; stories are analysed on the global thread pool one batch
 * ahead of the writing, and each batch is one transaction. cancel() from any thread stops after
 * the current story, keeping what was written.
 */
class Reanalyzer : public QObject
{
    Q_OBJECT

public:
    /// `articleIds` empty: every story of the library.
    explicit Reanalyzer(QString libraryPath, QList<qint64> articleIds = {}, QObject *parent = nullptr);
    ~Reanalyzer() override;

    ReanalysisReport run();
    void cancel() { m_cancelled.store(true); }
    void setBatchSize(int size) { m_batchSize = size; }

    /// The shipped gazetteer plus what the reader taught the library (own actors, aliases and
    /// rejected matches). Shared by the importer.
    static Result<Gazetteer> libraryGazetteer(const ActorStore &actors);
    /// Stores an analysis as the story's suggestions and its acronyms as offers, inside the caller's
    /// transaction. Shared by the importer. Acronyms that `gazetteer` (when given) knows already for
    /// their actor are not offered.
    static Status storeAnalysis(qint64 articleId, const QString &text, const Analysis &analysis, ActorStore &actors,
        AnnotationStore &annotations, const Gazetteer *gazetteer = nullptr);

Q_SIGNALS:
    /// After each story; `total` is known from the start.
    void progress(int done, int total);
    /// After each committed batch, with the stories it changed (the reader reloads the open one).
    void batchCommitted(const QList<qint64> &ids);

private:
    QString m_libraryPath;
    QList<qint64> m_articleIds;
    std::atomic_bool m_cancelled = false;
    int m_batchSize = 100;
};

} // namespace Dateline
