// SPDX-License-Identifier: GPL-3.0-or-later
// What every Dateline benchmark shares: sizes from the environment, timing and statistics,
// figures printed side by side, memory use, and a main() without Qt Test's five-minute watchdog.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTest>

namespace Dateline::Bench
{

/// An integer from the environment (DATELINE_BENCH_...), or `fallback` when unset or not a number.
[[nodiscard]] qint64 envSize(const char *name, qint64 fallback);

/// One line of the benchmark's report on stdout, flushed at once so that it interleaves with Qt Test.
void print(const QString &line);
/// A heading that separates the parts of a report.
void heading(const QString &title);

struct Stats {
    int runs = 0;
    double minMs = 0;
    double medianMs = 0;
    double p95Ms = 0;
    double meanMs = 0;
};

[[nodiscard]] Stats summarize(QList<double> millis);

/// Runs `f` `runs` times after `warmup` untimed calls and returns the milliseconds of each run.
template<typename F>
QList<double> timeRuns(int runs, int warmup, F &&f)
{
    for (int i = 0; i < warmup; ++i) {
        f();
    }
    QList<double> millis;
    millis.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        f();
        millis.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return millis;
}

/// Milliseconds of one call of `f`.
template<typename F>
double timeOnce(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// "0.412 ms" with three decimals below 10 ms, fewer above.
[[nodiscard]] QString ms(double millis);
/// "12,345" with thousands separated, for counts and rates.
[[nodiscard]] QString count(double value);
/// "median 0.41 ms  p95 0.52 ms" (runs in brackets).
[[nodiscard]] QString statsText(const Stats &stats);
/// Dateline's figure divided by the bare one, as "1.08x".
[[nodiscard]] QString ratio(double dateline, double bare);

/// Peak resident set size of this process in bytes (getrusage), and the current one (/proc).
[[nodiscard]] qint64 peakRssBytes();
[[nodiscard]] qint64 currentRssBytes();
[[nodiscard]] QString megabytes(qint64 bytes);

/// Where built libraries are kept between runs (/tmp/dateline-bench, or DATELINE_BENCH_CACHE).
[[nodiscard]] QString cacheDir();

/// What the machine and SQLite are, so that figures can be compared across runs.
void printEnvironment();

/// Runs a Qt Test object with Qt Test's per-function watchdog lifted: building a large library
/// takes longer than its default five minutes, and a benchmark is timed, not hung.
int runTest(QObject *test, int argc, char **argv);

} // namespace Dateline::Bench

#define DATELINE_BENCH_MAIN(TestObject)                                                                                \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {                                                    \
            qputenv("QTEST_FUNCTION_TIMEOUT", "86400000");                                                             \
        }                                                                                                              \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject test;                                                                                               \
        return Dateline::Bench::runTest(&test, argc, argv);                                                            \
    }
