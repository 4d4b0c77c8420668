// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

/**
 * The headless side of the dateline executable: `dateline [--library PATH] COMMAND ARGS...`.
 *
 * main() asks wantsCommandLine() before it creates any application object, so that a command
 * never loads a window system; it then calls run() with a QCoreApplication that already has
 * Dateline's identity and translations.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::CommandLine)

public:
    /**
     * True when the arguments name a command (or a word that is not one, which run() reports) or
     * ask for --help or --version. Options alone (--library PATH, Qt's own -platform and such)
     * leave the window to open.
     */
    static bool wantsCommandLine(int argc, char **argv);
    /// Runs the command; returns the process's exit status (0 ok, 1 failed, 2 bad usage).
    static int run(const QStringList &arguments);

private:
    static QString helpText();
};

} // namespace Dateline
