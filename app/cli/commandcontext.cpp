// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "librarysetup.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Dateline
{

namespace
{

int columnsOf(int fd)
{
    winsize size {};
    if (::isatty(fd) && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return 80;
}

} // namespace

CommandContext::CommandContext(QString libraryPath)
    : m_out(stdout)
    , m_err(stderr)
    , m_libraryPath(std::move(libraryPath))
    , m_helpOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help and exit."))
          , m_libraryOption(QStringLiteral("library"), tr("Use the library file PATH instead of the default library."),
                QStringLiteral("PATH"))
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CommandContext::~CommandContext()
{
    m_out.flush();
    m_err.flush();
}

void CommandContext::error(const QString &message)
{
    m_out.flush(); // keep what was already written before the message when both go to one place
    m_err << QStringLiteral("dateline: ") << message << u'\n';
    m_err.flush();
}

int CommandContext::usageError(const QString &message, const QString &command)
{
    error(message);
    m_err << tr("Run “dateline %1 --help” for its usage.").arg(command) << u'\n';
    m_err.flush();
    return ExitUsage;
}

std::optional<int> CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(m_helpOption);
    parser.addOption(m_libraryOption);
    const QString command = arguments.value(0).section(u' ', -1);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), command);
    }
    if (parser.isSet(m_helpOption)) {
        parser.setApplicationDescription(TextTable::wrapped(parser.applicationDescription(), helpWidth()));
        // Qt's usage line names the executable's full path; ours names the command as typed.
        QString help = parser.helpText();
        const qsizetype lineEnd = help.indexOf(u'\n');
        help.replace(0, lineEnd, tr("Usage: %1").arg(usage));
        m_out << help;
        m_out.flush();
        return ExitSuccess;
    }
    if (parser.isSet(m_libraryOption)) {
        m_libraryPath = parser.value(m_libraryOption);
        if (m_libraryPath.isEmpty()) {
            return usageError(tr("--library needs the path of a library file."), command);
        }
    }
    return std::nullopt;
}

std::optional<int> CommandContext::intOption(const QCommandLineParser &parser, const QCommandLineOption &option,
    int fallback, int minimum, const QString &command)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        usageError(tr("--%1 needs a whole number of at least %2, not “%3”.")
                       .arg(option.names().constLast())
                       .arg(minimum)
                       .arg(parser.value(option)),
            command);
        return std::nullopt;
    }
    return value;
}

Result<std::unique_ptr<Library>> CommandContext::openLibrary(Create create)
{
    using LibraryResult = Result<std::unique_ptr<Library>>;
    if (m_libraryPath.isEmpty()) {
        QString note;
        auto library = LibrarySetup::open(QString(), &note);
        if (!note.isEmpty()) {
            m_err << note << u'\n';
            m_err.flush();
        }
        return library;
    }
    const QFileInfo info(m_libraryPath);
    const QString shown = QDir::toNativeSeparators(m_libraryPath);
    if (info.isDir()) {
        return LibraryResult::failure(tr("%1 is a folder, not a library file.").arg(shown));
    }
    if (!info.exists()) {
        if (create == Create::Never) {
            return LibraryResult::failure(
                tr("There is no library at %1 (“dateline --library %1 import PATH...” creates one).").arg(shown));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return LibraryResult::failure(
                tr("Cannot create the folder %1 for the library.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        return Library::open(info.absoluteFilePath(), Library::OpenMode::OpenOrCreate);
    }
    return Library::open(info.absoluteFilePath(), Library::OpenMode::OpenExisting);
}

bool CommandContext::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO);
}

bool CommandContext::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO);
}

int CommandContext::outputWidth()
{
    return columnsOf(STDOUT_FILENO);
}

int CommandContext::helpWidth()
{
    // One column short of the terminal (a full line wraps early on some), and never so wide that
    // a paragraph becomes hard to read.
    return std::min(outputWidth() - 1, 100);
}

int CommandContext::errorWidth()
{
    return columnsOf(STDERR_FILENO);
}

} // namespace Dateline
