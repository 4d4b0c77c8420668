// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanalysecontroller.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Dateline
{

ReanalyseController::ReanalyseController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

ReanalyseController::~ReanalyseController()
{
    cancelAndWait();
}

bool ReanalyseController::start(const QString &libraryPath, const QList<qint64> &articleIds)
{
    if (isRunning()) {
        return false;
    }
    m_reanalyzer = std::make_unique<Reanalyzer>(libraryPath, articleIds);
    m_report = {};
    // The signals come from the worker thread; the auto connection queues them here.
    connect(m_reanalyzer.get(), &Reanalyzer::progress, this, &ReanalyseController::onProgress);
    connect(m_reanalyzer.get(), &Reanalyzer::batchCommitted, this,
        [this](const QList<qint64> &ids) { Q_EMIT batchCommitted(ids); });

    Reanalyzer *reanalyzer = m_reanalyzer.get();
    m_thread = QThread::create([this, reanalyzer] { m_report = reanalyzer->run(); });
    m_thread->setObjectName(u"dateline-reanalyse"_s);
    connect(m_thread, &QThread::finished, this, &ReanalyseController::onThreadFinished);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"reanalyseProgress"_s);
    m_progress->setWindowTitle(tr("Analysing stories"));
    m_progress->setLabelText(tr("Reading the gazetteer…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ReanalyseController::cancel);

    m_thread->start();
    return true;
}

void ReanalyseController::cancel()
{
    if (m_reanalyzer) {
        m_reanalyzer->cancel();
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling after the current story; stories already analysed stay…"));
    }
}

void ReanalyseController::cancelAndWait()
{
    if (!m_thread) {
        return;
    }
    if (m_reanalyzer) {
        m_reanalyzer->cancel();
    }
    m_thread->wait();
    onThreadFinished();
}

void ReanalyseController::onProgress(int done, int total)
{
    const QPointer<QProgressDialog> dialog = m_progress;
    if (!dialog) {
        return;
    }
    if (!dialog->wasCanceled()) {
        dialog->setLabelText(tr("Analysing story %1 of %2").arg(done).arg(total));
    }
    dialog->setMaximum(total);
    // Last: a window-modal dialog processes events in setValue(), and the run may end there.
    dialog->setValue(done);
}

void ReanalyseController::onThreadFinished()
{
    if (!m_thread) {
        return; // cancelAndWait() handled the end already; this is the queued finished signal
    }
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_reanalyzer.reset();
    if (QProgressDialog *dialog = m_progress.data()) {
        m_progress.clear();
        dialog->close();
        dialog->deleteLater();
    }
    const ReanalysisReport report = m_report;
    Q_EMIT finished(report);
}

QString ReanalyseController::summaryText(const ReanalysisReport &report)
{
    if (!report.fatalError.isEmpty()) {
        return tr("The analysis could not write to the library: %1").arg(report.fatalError);
    }
    QString text = tr("Stories analysed: %n", nullptr, report.analysed);
    if (report.cancelled) {
        text = tr("%1 (cancelled; the stories analysed before that were kept)").arg(text);
    }
    return text;
}

} // namespace Dateline
