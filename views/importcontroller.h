// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Dateline
{

/**
 * Runs an import for the window: the Importer works in a thread of its own (with its own
 * connection to the library file), a progress dialog shows how far it got and offers Cancel,
 * which stops after the current batch and keeps what was committed. At the end a summary says
 * how many stories came in, how many were already there, and which files failed and why.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    /// `window` parents the progress dialog and the summary.
    explicit ImportController(QWidget *window, QObject *parent = nullptr);
    /// Cancels a running import and waits for its thread.
    ~ImportController() override;

    /// Starts importing `paths` (files and folders) into the library at `libraryPath`;
    /// false when an import is already running.
    bool start(const QString &libraryPath, const QStringList &paths);
    [[nodiscard]] bool isRunning() const;
    /// Asks a running import to stop after its current batch.
    void cancel();
    /// Cancels and blocks until the worker has finished (before the library is closed);
    /// finished() is still emitted, without a summary.
    void cancelAndWait();

    /// Stories per committed batch (the Importer's default when not set).
    void setBatchSize(int size);
    /// Whether the summary is shown at the end (on by default).
    void setShowsSummary(bool show);
    /// The summary of the last import, for a person to read.
    [[nodiscard]] static QString summaryText(const ImportReport &report);
    /// The failed files, one line each with its reason; empty when none failed.
    [[nodiscard]] static QString problemsText(const ImportReport &report);

Q_SIGNALS:
    /// A batch is in the library: views may read it again.
    void batchCommitted();
    void finished(const Dateline::ImportReport &report);

private:
    void onProgress(int done, int total, const QString &path);
    void onThreadFinished();
    void showSummary(const ImportReport &report);

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    std::unique_ptr<Importer> m_importer;
    ImportReport m_report; ///< written by the worker, read after its thread finished
    QPointer<QProgressDialog> m_progress;
    int m_batchSize = 0;
    bool m_showsSummary = true;
};

} // namespace Dateline
