// SPDX-License-Identifier: GPL-3.0-or-later
// Large libraries for the search, list and start-up benchmarks, built once and kept under the
// cache folder: a million stories take minutes to write, and the benchmarks only read them.
#pragma once

#include "bench_stories.h"

#include "domain/result.h"

#include <QString>

namespace Dateline::Bench
{

/// How a library is built: "bare" (the default) or "store" (DATELINE_BENCH_BUILD).
[[nodiscard]] QString buildMethod();

/// The cache file for a library of `stories` stories from `source`.
[[nodiscard]] QString cachedLibraryPath(qint64 stories, const StorySource &source);

/// The path of a ready library of `stories` stories: the cached one when its marker says it is
/// complete and of this schema; one migrated by Library::open when it was built under an earlier
/// schema version whose migration files are unchanged; else one built now. Building and migrating
/// run in the bench_library tool, a process of its own, so that they do not count in this
/// process's peak memory.
Result<QString> ensureLibrary(qint64 stories, const StorySource &source);

/// Brings the cached library at `path` to this build's schema through Library::open (its
/// migrations), drops the backup copy Library keeps, and updates the marker.
Status migrateLibrary(const QString &path, qint64 stories, const StorySource &source);

/// Writes a new library of `stories` stories at `path`: Library::open creates the schema, then the
/// rows go in bare (the columns and formats ArticleStore::insert writes, 50,000 to a transaction)
/// or, with DATELINE_BENCH_BUILD=store, through ArticleStore::insert, 10,000 to a transaction.
/// Each story is a base text parsed once by StoryParser, with its own counter line, content hash
/// and a publication date spread over twenty years. The result is read back through ArticleStore.
Status buildLibrary(const QString &path, qint64 stories, const StorySource &source);

} // namespace Dateline::Bench
