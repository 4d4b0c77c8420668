// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analyzecommand.h"
#include "claimcommand.h"
#include "claimscommand.h"
#include "codepoints.h"
#include "commandcontext.h"
#include "importcommand.h"
#include "linkcommand.h"
#include "listcommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statscommand.h"
#include "texttable.h"
#include "threadcommand.h"

#include <QLatin1StringView>

#include <algorithm>
#include <iterator>

namespace Dateline
{

namespace
{

struct Command {
    QLatin1StringView name;
    QString (*description)();
    int (*run)(CommandContext &, const QStringList &);
};

const Command commands[] = {
    { QLatin1StringView("import"), &ImportCommand::description, &ImportCommand::run },
    { QLatin1StringView("list"), &ListCommand::description, &ListCommand::run },
    { QLatin1StringView("show"), &ShowCommand::description, &ShowCommand::run },
    { QLatin1StringView("search"), &SearchCommand::description, &SearchCommand::run },
    { QLatin1StringView("stats"), &StatsCommand::description, &StatsCommand::run },
    { QLatin1StringView("analyze"), &AnalyzeCommand::description, &AnalyzeCommand::run },
    { QLatin1StringView("claims"), &ClaimsCommand::description, &ClaimsCommand::run },
    { QLatin1StringView("claim"), &ClaimCommand::description, &ClaimCommand::run },
    { QLatin1StringView("link"), &LinkCommand::description, &LinkCommand::run },
    { QLatin1StringView("thread"), &ThreadCommand::description, &ThreadCommand::run },
};

const Command *findCommand(QStringView name)
{
    const auto found = std::find_if(
        std::cbegin(commands), std::cend(commands), [&](const Command &command) { return command.name == name; });
    return found == std::cend(commands) ? nullptr : found;
}

bool isHelp(QStringView argument)
{
    return argument == u"-h" || argument == u"--help" || argument == u"-help" || argument == u"--help-all";
}

bool isVersion(QStringView argument)
{
    return argument == u"-v" || argument == u"--version" || argument == u"-version";
}

/// Qt's own application options that take a value (QGuiApplication and QApplication), with
/// either one or two dashes: their value is not a command.
bool isQtOptionWithValue(QStringView argument)
{
    static constexpr QLatin1StringView options[] = {
        QLatin1StringView("platform"),
        QLatin1StringView("platformpluginpath"),
        QLatin1StringView("platformtheme"),
        QLatin1StringView("plugin"),
        QLatin1StringView("qwindowgeometry"),
        QLatin1StringView("qwindowicon"),
        QLatin1StringView("qwindowtitle"),
        QLatin1StringView("geometry"),
        QLatin1StringView("title"),
        QLatin1StringView("display"),
        QLatin1StringView("name"),
        QLatin1StringView("session"),
        QLatin1StringView("style"),
        QLatin1StringView("stylesheet"),
    };
    QStringView name = argument;
    while (name.startsWith(u'-')) {
        name = name.mid(1);
    }
    return !name.contains(u'=') && std::find(std::cbegin(options), std::cend(options), name) != std::cend(options);
}

} // namespace

bool CommandLine::wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == u"--library" || isQtOptionWithValue(argument)) {
            ++i; // skip the value
        } else if (isHelp(argument) || isVersion(argument)) {
            return true;
        } else if (argument == u"--") {
            return i + 1 < argc;
        } else if (!argument.startsWith(u'-')) {
            return true;
        }
    }
    return false;
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: dateline [--library PATH] COMMAND [ARGUMENTS...]\n"
                      "       dateline [--library PATH]    (opens the window)\n"
                      "\n"
                      "Dateline reads and annotates geopolitical news. Without a command it opens its window; "
                      "with one it works in the terminal.\n"
                      "\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const Command &command : commands) {
        width = std::max(width, command.name.size());
    }
    for (const Command &command : commands) {
        text += QStringLiteral("  ") + command.name + QString(width - command.name.size() + 2, u' ') +
            command.description() + u'\n';
    }
    text += u'\n' +
        tr("Options:\n"
           "  --library PATH  Use the library file PATH instead of the default library\n"
           "                  (before or after the command, also as --library=PATH).\n"
           "  -h, --help      Show this help and exit.\n"
           "  -v, --version   Show the version and exit.\n"
           "\n"
           "Run “dateline COMMAND --help” for a command's own options.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    QString libraryPath;
    bool help = false;
    qsizetype commandIndex = -1;
    {
        CommandContext context { QString() }; // for the messages of the options before the command
        const auto usageError = [&](const QString &message) {
            context.error(message);
            context.err() << tr("Run “dateline --help” for the commands and options.") << u'\n';
            return CommandContext::ExitUsage;
        };
        for (qsizetype i = 1; i < arguments.size() && commandIndex < 0; ++i) {
            const QString &argument = arguments.at(i);
            if (argument == u"--library") {
                if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                    return usageError(tr("--library needs the path of a library file."));
                }
                libraryPath = arguments.at(++i);
            } else if (argument.startsWith(u"--library=")) {
                libraryPath = argument.mid(10);
                if (libraryPath.isEmpty()) {
                    return usageError(tr("--library needs the path of a library file."));
                }
            } else if (isHelp(argument)) {
                help = true;
            } else if (isVersion(argument)) {
                context.out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                              << u'\n';
                return CommandContext::ExitSuccess;
            } else if (argument == u"--") {
                commandIndex = i + 1 < arguments.size() ? i + 1 : -1;
                break;
            } else if (isQtOptionWithValue(argument)) {
                ++i; // meant for a window (-platform offscreen): a command has none, so it is ignored
            } else if (argument.startsWith(u'-')) {
                return usageError(tr("Unknown option “%1” before the command.").arg(argument));
            } else {
                commandIndex = i;
            }
        }
        if (commandIndex < 0) {
            if (help) {
                context.out() << TextTable::wrapped(helpText(), CommandContext::helpWidth());
                return CommandContext::ExitSuccess;
            }
            return usageError(tr("No command given."));
        }
        if (!findCommand(arguments.at(commandIndex))) {
            return usageError(tr("“%1” is not a command.").arg(arguments.at(commandIndex)));
        }
    }

    const Command *command = findCommand(arguments.at(commandIndex));
    // The command's parser sees "dateline NAME" as its program and everything after the name.
    QStringList commandArguments { QStringLiteral("dateline ") + command->name };
    commandArguments += arguments.mid(commandIndex + 1);
    if (help) {
        commandArguments.append(QStringLiteral("--help")); // "dateline --help import" reads as "import --help"
    }
    CommandContext context(libraryPath);
    return command->run(context, commandArguments);
}

} // namespace Dateline
