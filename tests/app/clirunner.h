// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real dateline binary in a sandbox: its own home and data folders inside a temporary
// folder, so that no command-line test reads or writes the user's files or default library.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace Dateline::Test
{

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
};

class CliRunner
{
public:
    /// `sandbox` is the temporary folder that stands in for the home folder.
    explicit CliRunner(const QString &sandbox)
        : m_sandbox(sandbox)
    {
        QDir(sandbox).mkpath(QStringLiteral("home"));
        QDir(sandbox).mkpath(QStringLiteral("data"));
        QDir(sandbox).mkpath(QStringLiteral("config"));
        QDir(sandbox).mkpath(QStringLiteral("cache"));
    }

    [[nodiscard]] QString sandbox() const { return m_sandbox; }
    [[nodiscard]] QString libraryPath() const { return m_sandbox + QStringLiteral("/libraries/test.dateline"); }

    /// Gives `process` the sandbox's environment and working folder.
    void prepare(QProcess &process) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_sandbox + QStringLiteral("/home"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_sandbox + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_sandbox + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_sandbox + QStringLiteral("/cache"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_sandbox);
    }

    /// Runs `dateline ARGS...` and waits for it (60 s at most).
    [[nodiscard]] CliResult run(const QStringList &arguments) const
    {
        QProcess process;
        prepare(process);
        process.start(QStringLiteral(DATELINE_BINARY), arguments);
        CliResult result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            result.crashed = true;
        }
        result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /// Runs a command on this runner's library: `dateline --library LIB ARGS...`.
    [[nodiscard]] CliResult runOnLibrary(const QStringList &arguments) const
    {
        return run(QStringList { QStringLiteral("--library"), libraryPath() } + arguments);
    }

private:
    QString m_sandbox;
};

} // namespace Dateline::Test
