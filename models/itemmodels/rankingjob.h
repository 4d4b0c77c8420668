// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlesearch.h"
#include "storage/articlestore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <mutex>

namespace Dateline
{

struct RankingOutcome {
    quint64 generation = 0; ///< which search it answers; the model drops older ones
    QList<SearchHit> hits;
    QString error;
    bool cancelled = false;
};

/**
 * One bm25 ranking of a search, run in a worker thread on a connection of its own.
 *
 * cancel() may come from any thread at any time: before the query it stops the job from
 * starting, during it it interrupts SQLite (sqlite3_interrupt), after it marks the outcome as
 * cancelled. The connection is only touched under the mutex, so it is never interrupted after it
 * was closed.
 */
class RankingJob
{
public:
    RankingJob(QString libraryPath, QString ftsQuery, int limit, ArticleFilter filter, quint64 generation);
    Q_DISABLE_COPY_MOVE(RankingJob)

    RankingOutcome run();
    void cancel();

private:
    const QString m_libraryPath;
    const QString m_ftsQuery;
    const int m_limit;
    const ArticleFilter m_filter;
    const quint64 m_generation;
    std::mutex m_mutex;
    QSqlDatabase m_db; ///< the worker's connection while the query runs
    bool m_cancelled = false;
};

} // namespace Dateline
