// SPDX-License-Identifier: GPL-3.0-or-later
// bench_library [--migrate] STORIES: writes the cached benchmark library of STORIES stories, or
// brings it to this build's schema (see bench_library.h). The benchmarks run it when the cache lacks the size they
// need; run it by hand to build a library ahead of time.
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
    QStringList arguments = app.arguments().mid(1);
    const bool migrate = arguments.removeAll(u"--migrate"_s) > 0;
    bool ok = false;
    const qint64 stories = arguments.value(0).toLongLong(&ok);
    if (!ok || stories <= 0 || arguments.size() != 1) {
        Dateline::Bench::print(u"usage: bench_library [--migrate] STORIES"_s);
        return 2;
    }
    const auto source = Dateline::Bench::StorySource::load();
    Dateline::Bench::print(u"stories: "_s + source.description());
    const QString path = Dateline::Bench::cachedLibraryPath(stories, source);
    if (migrate) {
        if (const auto migrated = Dateline::Bench::migrateLibrary(path, stories, source); !migrated) {
            Dateline::Bench::print(u"bench_library: "_s + migrated.error());
            return 1;
        }
        Dateline::Bench::print(u"library: migrated "_s + path);
        return 0;
    }
    if (const auto built = Dateline::Bench::buildLibrary(path, stories, source); !built) {
        Dateline::Bench::print(u"bench_library: "_s + built.error());
        return 1;
    }
    Dateline::Bench::print(u"library: built "_s + path);
    return 0;
}
