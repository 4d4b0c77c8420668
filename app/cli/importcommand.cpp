// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandcontext.h"
#include "ingest/importer.h"
#include "progressline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace Dateline
{

namespace
{

std::atomic_bool interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free, "the interrupt flag is set from a signal handler");

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
    // A second Ctrl+C ends the process at once; SQLite's journal keeps the file consistent.
    std::signal(SIGINT, SIG_DFL);
}

/// Catches Ctrl+C while it lives; the import polls the flag after each file.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    void (*m_previous)(int) = SIG_DFL;
};

} // namespace

QString ImportCommand::description()
{
    return tr("Import story files (.txt, .md) and folders of them.");
}

int ImportCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("Prints one line for each file that could not be imported and a summary last. Stories already in "
           "the library are counted, not imported again; a changed story with the URL, or the dateline place "
           "and title, of one in the library becomes its new revision (\"updated\"). Ctrl+C stops after the "
           "current batch and keeps what was imported.\n"
           "Exit status: 0 when every file was imported or already there, 1 when some failed, 2 on bad "
           "usage or a library that cannot be opened, 130 when interrupted."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("A story file, or a folder: every story file in it."), QStringLiteral("PATH..."));
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline import [options] PATH..."))) {
        return *exit;
    }
    const QStringList given = parser.positionalArguments();
    if (given.isEmpty()) {
        return context.usageError(tr("import needs at least one file or folder."), QStringLiteral("import"));
    }

    // From here on Ctrl+C asks the import to stop at the next file instead of killing the process.
    const InterruptGuard guard;
    QString libraryPath;
    {
        // Opened here for its checks and migrations (and the samples of a new default library);
        // the importer then opens its own connection.
        auto library = context.openLibrary(CommandContext::Create::IfMissing);
        if (!library) {
            context.error(library.error());
            return CommandContext::ExitUsage;
        }
        libraryPath = library.value()->path();
    }

    QStringList paths;
    for (const QString &path : given) {
        paths.append(QFileInfo(path).absoluteFilePath());
    }
    Importer importer(libraryPath, paths);
    ProgressLine progress(context.err(), CommandContext::stderrIsTerminal(), CommandContext::errorWidth());
    // Direct: run() reports from the thread that calls it, and there is no event loop here.
    QObject::connect(
        &importer, &Importer::progress, &importer,
        [&](int done, int total, const QString &path) {
            if (interrupted.load()) {
                importer.cancel();
            }
            progress.show(
                tr("Importing %1/%2: %3").arg(done).arg(total).arg(QFileInfo(path).fileName()), done == total);
        },
        Qt::DirectConnection);

    if (interrupted.load()) {
        importer.cancel(); // Ctrl+C while the library was being opened
    }
    const ImportReport report = importer.run();
    progress.clear();

    if (!report.fatalError.isEmpty()) {
        context.error(report.fatalError);
        return CommandContext::ExitUsage;
    }
    for (const ImportProblem &problem : std::as_const(report.problems)) {
        context.err() << QDir::toNativeSeparators(problem.path) << QStringLiteral(": ") << problem.reason << u'\n';
    }
    context.err().flush();

    // Whole phrases per count rather than "%n story(s)": correct in English without a
    // translation file, and Indonesian does not inflect.
    QStringList parts {
        report.imported == 1 ? tr("Imported 1 story") : tr("Imported %1 stories").arg(report.imported),
    };
    if (report.updated > 0) {
        // Changed stories that became new revisions of stories in the library.
        parts.append(tr("%1 updated").arg(report.updated));
    }
    if (report.duplicates > 0) {
        parts.append(tr("%1 already in the library").arg(report.duplicates));
    }
    if (!report.problems.isEmpty()) {
        parts.append(tr("%1 failed").arg(report.problems.size()));
    }
    const QString summary = parts.join(QStringLiteral(", ")) + u'.';
    if (report.cancelled) {
        context.out() << tr("Import interrupted; the stories imported so far are kept.") << u'\n';
    }
    context.out() << summary << u'\n';
    context.out().flush();

    if (report.cancelled) {
        return CommandContext::ExitInterrupted;
    }
    return report.problems.isEmpty() ? CommandContext::ExitSuccess : CommandContext::ExitFailure;
}

} // namespace Dateline
