// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingjob.h"

#include "storage/library.h"

namespace Dateline
{

RankingJob::RankingJob(QString libraryPath, QString ftsQuery, int limit, ArticleFilter filter, quint64 generation)
    : m_libraryPath(std::move(libraryPath))
    , m_ftsQuery(std::move(ftsQuery))
    , m_limit(limit)
    , m_filter(std::move(filter))
    , m_generation(generation)
{
}

RankingOutcome RankingJob::run()
{
    RankingOutcome outcome;
    outcome.generation = m_generation;
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    auto library = Library::open(m_libraryPath, Library::OpenMode::OpenAgain);
    if (!library) {
        outcome.error = library.error();
        return outcome;
    }
    {
        const QSqlDatabase db = library.value()->database();
        {
            const std::lock_guard lock(m_mutex);
            outcome.cancelled = m_cancelled;
            if (!m_cancelled) {
                m_db = db;
            }
        }
        if (!outcome.cancelled) {
            auto hits = ArticleSearch(db).search(m_ftsQuery, m_limit, ArticleSearch::Order::Relevance, m_filter);
            {
                // Every copy of the connection must be gone before the Library closes it.
                const std::lock_guard lock(m_mutex);
                m_db = QSqlDatabase();
                outcome.cancelled = m_cancelled;
            }
            if (!outcome.cancelled) {
                if (hits) {
                    outcome.hits = std::move(hits).value();
                } else {
                    outcome.error = hits.error();
                }
            }
        }
    }
    return outcome;
}

void RankingJob::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_db.isValid()) {
        ArticleSearch::interrupt(m_db);
    }
}

} // namespace Dateline
