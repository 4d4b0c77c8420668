// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/revisionstore.h"

#include <QDialog>
#include <QList>

class QAction;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace Dateline
{

class MainWindow;
class ReaderTheme;

/// One run of a word diff: text both revisions share, or text only the older or the newer has.
struct DiffRun {
    enum class Kind { Common, Deleted, Inserted };
    Kind kind = Kind::Common;
    QString text;

    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};

/**
 * "Compare Revisions": two texts of the current story side by side in time, as one text with the
 * words the newer one deleted struck out and the words it inserted marked, both in colours of the
 * reader's theme (its "saved lines" and "error mark" editor colours), never literals. The person
 * picks the older and the newer revision; the diff is word by word (dtl, Myers' algorithm), so
 * that a changed figure shows as one word, not a line.
 *
 * The dialog reads every revision's text when it opens and keeps no connection to the library.
 */
class RevisionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionDiffDialog(const RevisionStore &store, qint64 articleId, ReaderTheme *theme, QWidget *parent = nullptr);
    ~RevisionDiffDialog() override;

    /// Adds "Compare Revisions…" to the window (and its View menu), which opens the dialog for the
    /// story in the reader.
    static QAction *installAction(MainWindow *window);

    /// The word diff from `older` to `newer`: runs in text order, adjacent runs of one kind merged.
    [[nodiscard]] static QList<DiffRun> wordDiff(const QString &older, const QString &newer);

    /// Chooses the revisions to compare by their index in revisions() (oldest first).
    void compare(int olderIndex, int newerIndex);
    [[nodiscard]] const QList<Revision> &revisions() const { return m_revisions; }
    [[nodiscard]] const QList<DiffRun> &runs() const { return m_runs; }
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    void showDiff();
    [[nodiscard]] QString revisionLabel(const Revision &revision) const;

    ReaderTheme *m_theme = nullptr;
    QList<Revision> m_revisions;
    QStringList m_texts; ///< one per revision
    QList<DiffRun> m_runs;
    QString m_error;
    QComboBox *m_older = nullptr;
    QComboBox *m_newer = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Dateline
