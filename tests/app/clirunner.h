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

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Dateline::Test
{

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QByteArray terminal; ///< what a pseudo-terminal received (runOnTerminal)

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

    enum class Stream { Stdout, Stderr };

    /**
     * Runs `dateline ARGS...` with one of its output streams on a pseudo-terminal `columns` wide
     * (the other stays a pipe), as a person at a terminal would.
     */
    [[nodiscard]] CliResult runOnTerminal(const QStringList &arguments, Stream stream, int columns) const
    {
        CliResult result;
        int master = -1;
        int slave = -1;
        winsize size {};
        size.ws_col = static_cast<unsigned short>(columns);
        size.ws_row = 24;
        if (::openpty(&master, &slave, nullptr, nullptr, &size) != 0) {
            result.err = "openpty failed";
            return result;
        }
        ::fcntl(master, F_SETFD, FD_CLOEXEC);
        ::fcntl(slave, F_SETFD, FD_CLOEXEC); // dup2 below gives the child a copy without the flag
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        const int target = stream == Stream::Stdout ? STDOUT_FILENO : STDERR_FILENO;

        QProcess process;
        prepare(process);
        process.setChildProcessModifier([slave, target] { ::dup2(slave, target); });
        process.start(QStringLiteral(DATELINE_BINARY), arguments);
        const bool started = process.waitForStarted(10000);
        ::close(slave);
        const auto drain = [&] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0) {
                result.terminal.append(buffer, n);
            }
        };
        if (started) {
            process.closeWriteChannel();
            // Read while it runs: a full terminal buffer would block the program.
            for (int waited = 0; !process.waitForFinished(20) && waited < 60000; waited += 20) {
                drain();
            }
            drain();
            result.crashed = process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit;
            result.exitCode = process.exitCode();
        }
        ::close(master);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /**
     * The lines a terminal shows after `bytes`: a carriage return moves back to the start of the
     * line and later characters overwrite earlier ones; escape sequences are kept as they are.
     */
    [[nodiscard]] static QStringList screen(const QByteArray &bytes)
    {
        QStringList lines { QString() };
        qsizetype column = 0;
        for (const QChar c : QString::fromUtf8(bytes)) {
            QString &line = lines.last();
            if (c == u'\r') {
                column = 0;
            } else if (c == u'\n') {
                lines.append(QString());
                column = 0;
            } else {
                if (column < line.size()) {
                    line[column] = c;
                } else {
                    line.append(c);
                }
                ++column;
            }
        }
        if (lines.last().isEmpty()) {
            lines.removeLast();
        }
        return lines;
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
