// SPDX-License-Identifier: GPL-3.0-or-later
// bench_library STORIES: writes the cached benchmark library of STORIES stories (see
// bench_library.h). The benchmarks run it when the cache lacks the size they need; run it by hand
// to build a library ahead of time.
#include "bench_common.h"
#include "bench_library.h"
#include "bench_stories.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bool ok = false;
    const qint64 stories = app.arguments().value(1).toLongLong(&ok);
    if (!ok || stories <= 0) {
        Dateline::Bench::print(u"usage: bench_library STORIES"_s);
        return 2;
    }
    const auto source = Dateline::Bench::StorySource::load();
    Dateline::Bench::print(u"stories: "_s + source.description());
    const QString path = Dateline::Bench::cachedLibraryPath(stories, source);
    if (const auto built = Dateline::Bench::buildLibrary(path, stories, source); !built) {
        Dateline::Bench::print(u"bench_library: "_s + built.error());
        return 1;
    }
    Dateline::Bench::print(u"library: built "_s + path);
    return 0;
}
