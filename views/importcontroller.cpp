// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Dateline
{

ImportController::ImportController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    cancelAndWait();
}

bool ImportController::start(const QString &libraryPath, const QStringList &paths)
{
    if (isRunning() || paths.isEmpty()) {
        return false;
    }
    m_importer = std::make_unique<Importer>(libraryPath, paths);
    m_report = {};
    if (m_batchSize > 0) {
        m_importer->setBatchSize(m_batchSize);
    }
    // The importer's signals come from the worker thread; the auto connection queues them here.
    connect(m_importer.get(), &Importer::progress, this, &ImportController::onProgress);
    connect(m_importer.get(), &Importer::batchCommitted, this, [this] { Q_EMIT batchCommitted(); });

    Importer *importer = m_importer.get();
    m_thread = QThread::create([this, importer] { m_report = importer->run(); });
    m_thread->setObjectName(u"dateline-import"_s);
    connect(m_thread, &QThread::finished, this, &ImportController::onThreadFinished);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Importing stories"));
    m_progress->setLabelText(tr("Looking for stories…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A quick import of a few files finishes before the dialog would flash up.
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    m_thread->start();
    return true;
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

void ImportController::cancel()
{
    if (m_importer) {
        m_importer->cancel();
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling after the current batch; stories already imported stay…"));
    }
}

void ImportController::cancelAndWait()
{
    if (!m_thread) {
        return;
    }
    if (m_importer) {
        m_importer->cancel();
    }
    m_thread->wait();
    // The person is leaving (closing the window, switching library): no summary to read.
    const bool showsSummary = m_showsSummary;
    m_showsSummary = false;
    onThreadFinished();
    m_showsSummary = showsSummary;
}

void ImportController::setBatchSize(int size)
{
    m_batchSize = size;
}

void ImportController::setShowsSummary(bool show)
{
    m_showsSummary = show;
}

void ImportController::onProgress(int done, int total, const QString &path)
{
    const QPointer<QProgressDialog> dialog = m_progress;
    if (!dialog) {
        return;
    }
    if (!dialog->wasCanceled()) {
        dialog->setLabelText(tr("Reading %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
    }
    dialog->setMaximum(total);
    // Last: a window-modal dialog processes events in setValue(), and the import may end there.
    dialog->setValue(done);
}

void ImportController::onThreadFinished()
{
    if (!m_thread) {
        return; // cancelAndWait() already handled the end; this is the queued finished signal
    }
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_importer.reset();
    if (QProgressDialog *dialog = m_progress.data()) {
        // Forget it first: progress signals still queued must not show it again.
        m_progress.clear();
        dialog->close();
        dialog->deleteLater();
    }
    const ImportReport report = m_report;
    Q_EMIT finished(report);
    if (m_showsSummary) {
        showSummary(report);
    }
}

QString ImportController::summaryText(const ImportReport &report)
{
    if (!report.fatalError.isEmpty()) {
        return tr("The import could not write to the library: %1").arg(report.fatalError);
    }
    // "Label: number" reads right for every count without plural forms in the source language.
    QStringList lines;
    if (report.imported == 0 && report.updated == 0 && report.duplicates > 0 && report.problems.isEmpty()) {
        lines << tr(
            "Nothing new: every story was already in the library (duplicates: %n).", nullptr, report.duplicates);
    } else {
        lines << tr("Stories imported: %n", nullptr, report.imported);
        if (report.updated > 0) {
            lines << tr("Stories updated, the old text kept as a revision: %n", nullptr, report.updated);
        }
        if (report.duplicates > 0) {
            lines << tr("Duplicates skipped, already in the library: %n", nullptr, report.duplicates);
        }
    }
    if (!report.problems.isEmpty()) {
        lines << tr("Files that could not be imported: %n", nullptr, int(report.problems.size()));
    }
    if (report.cancelled) {
        lines << tr("The import was cancelled; the stories imported before that were kept.");
    }
    return lines.join(u'\n');
}

QString ImportController::problemsText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems) {
        lines << tr("%1: %2").arg(QDir::toNativeSeparators(problem.path), problem.reason);
    }
    return lines.join(u'\n');
}

void ImportController::showSummary(const ImportReport &report)
{
    const auto box = new QMessageBox(m_window);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import finished"));
    const bool failed = !report.fatalError.isEmpty() || !report.problems.isEmpty();
    box->setIcon(failed ? QMessageBox::Warning : QMessageBox::Information);
    box->setText(summaryText(report));
    const QString problems = problemsText(report);
    if (!problems.isEmpty()) {
        box->setInformativeText(tr("Open the details for each file and its reason."));
        box->setDetailedText(problems);
    }
    box->setStandardButtons(QMessageBox::Ok);
    // Not exec(): the window stays usable and nothing waits on the person.
    box->open();
}

} // namespace Dateline
