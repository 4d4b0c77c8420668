// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/reanalyzer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Dateline
{

/**
 * Runs "Re-analyse" (one story or the whole library) for the window, as ImportController runs an
 * import: the Reanalyzer works in a thread of its own with its own connection, a progress dialog
 * offers Cancel, which keeps the batches already written; the reader's decisions always stay.
 */
class ReanalyseController : public QObject
{
    Q_OBJECT

public:
    explicit ReanalyseController(QWidget *window, QObject *parent = nullptr);
    /// Cancels a running analysis and waits for its thread.
    ~ReanalyseController() override;

    /// `articleIds` empty: every story. False when one is running already.
    bool start(const QString &libraryPath, const QList<qint64> &articleIds);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    /// Cancels and blocks until the worker has finished (before the library closes).
    void cancelAndWait();

    [[nodiscard]] static QString summaryText(const ReanalysisReport &report);

Q_SIGNALS:
    /// A batch is written: the stories in it may be read again.
    void batchCommitted(const QList<qint64> &ids);
    void finished(const Dateline::ReanalysisReport &report);

private:
    void onProgress(int done, int total);
    void onThreadFinished();

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    std::unique_ptr<Reanalyzer> m_reanalyzer;
    ReanalysisReport m_report; ///< written by the worker, read after its thread finished
    QPointer<QProgressDialog> m_progress;
};

} // namespace Dateline
