// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/library.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Dateline
{

/**
 * What every headless command shares: the streams it writes to (UTF-8, results on stdout, messages
 * on stderr), the library it was pointed at, and the parsing of its own arguments with the options
 * every command accepts (--help, --library).
 *
 * Exit codes are the same for every command: 0 success, 1 the work failed (in part), 2 bad usage
 * or a library that cannot be opened, 130 interrupted.
 */
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::CommandContext)

public:
    static constexpr int ExitSuccess = 0;
    static constexpr int ExitFailure = 1;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitInterrupted = 130;

    enum class Create { IfMissing, Never };

    /// `libraryPath` is what --library named before the command; empty for the default library.
    explicit CommandContext(QString libraryPath);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }

    /// Writes "dateline: message" on stderr.
    void error(const QString &message);
    /// Writes the message and a pointer to the command's help; returns ExitUsage.
    int usageError(const QString &message, const QString &command);

    /**
     * Adds --help and --library to `parser` and parses `arguments` (the first is the command's
     * name). Returns the exit code when the command has nothing more to do: its help was shown
     * (0) or the arguments were wrong (2); nothing when it should go on.
     * `usage` is the command's synopsis, as in "dateline import [options] PATH...".
     */
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

    /**
     * Reads a --limit style option: a whole number of at least `minimum`, `fallback` when the
     * option is not given. Nothing (after reporting a usage error) when the value is not such a
     * number.
     */
    std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback,
        int minimum, const QString &command);

    /**
     * Opens the library: the default one (created with the sample stories on first use) when no
     * --library was given; else the named file. A named file that does not exist is created empty
     * when `create` allows it (import) and refused otherwise, so that a mistyped path does not
     * leave a new file behind.
     */
    Result<std::unique_ptr<Library>> openLibrary(Create create);

    /// True when stdout / stderr is a terminal (tables are sized to it, progress is shown on it).
    [[nodiscard]] static bool stdoutIsTerminal();
    [[nodiscard]] static bool stderrIsTerminal();
    /// Columns of the terminal on stdout, 80 when it is not a terminal.
    [[nodiscard]] static int outputWidth();
    /// The width help text is wrapped to.
    [[nodiscard]] static int helpWidth();
    /// Columns of the terminal on stderr, 80 when it is not a terminal.
    [[nodiscard]] static int errorWidth();

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_libraryPath;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_libraryOption;
};

} // namespace Dateline
