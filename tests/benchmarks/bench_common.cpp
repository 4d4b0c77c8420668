// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_common.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Dateline::Bench
{

qint64 envSize(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).trimmed().toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

void print(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void heading(const QString &title)
{
    print(QString());
    print(u"== "_s + title + u" =="_s);
}

Stats summarize(QList<double> millis)
{
    Stats stats;
    stats.runs = int(millis.size());
    if (millis.isEmpty()) {
        return stats;
    }
    std::sort(millis.begin(), millis.end());
    const auto at = [&millis](double fraction) {
        // Nearest rank: the smallest value with at least `fraction` of the runs at or below it.
        const auto rank = qsizetype(std::ceil(fraction * double(millis.size())));
        return millis.at(std::clamp<qsizetype>(rank - 1, 0, millis.size() - 1));
    };
    stats.minMs = millis.first();
    stats.medianMs = millis.size() % 2 == 1 ? millis.at(millis.size() / 2)
                                            : (millis.at(millis.size() / 2 - 1) + millis.at(millis.size() / 2)) / 2.0;
    stats.p95Ms = at(0.95);
    double sum = 0;
    for (const double value : std::as_const(millis)) {
        sum += value;
    }
    stats.meanMs = sum / double(millis.size());
    return stats;
}

QString ms(double millis)
{
    const int decimals = millis < 10 ? 3 : (millis < 1000 ? 1 : 0);
    return QString::number(millis, 'f', decimals) + u" ms"_s;
}

QString count(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

QString statsText(const Stats &stats)
{
    return u"median %1  p95 %2  min %3  (%4 runs)"_s.arg(ms(stats.medianMs), ms(stats.p95Ms), ms(stats.minMs))
        .arg(stats.runs);
}

QString ratio(double dateline, double bare)
{
    if (bare <= 0) {
        return u"n/a"_s;
    }
    return QString::number(dateline / bare, 'f', 2) + u"x"_s;
}

qint64 peakRssBytes()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
    return qint64(usage.ru_maxrss) * 1024; // Linux reports kilobytes
}

qint64 currentRssBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2) {
        return -1;
    }
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

QString cacheDir()
{
    QString dir = qEnvironmentVariable("DATELINE_BENCH_CACHE");
    if (dir.isEmpty()) {
        dir = u"/tmp/dateline-bench"_s;
    }
    QDir().mkpath(dir);
    return dir;
}

void printEnvironment()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    QString cpu;
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    print(u"machine: %1, %2 cores, %3; SQLite %4; Qt %5"_s.arg(cpu)
              .arg(QThread::idealThreadCount())
              .arg(QSysInfo::prettyProductName(), QString::fromLatin1(sqlite3_libversion()),
                  QString::fromLatin1(qVersion())));
}

int runTest(QObject *test, int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    printEnvironment();
    return QTest::qExec(test, argc, argv);
}

} // namespace Dateline::Bench
