// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/claimthreads.h"

#include <QAbstractTableModel>

namespace Dateline
{

/**
 * The time line of one thread: its claims earliest first (as ClaimThreads::thread() orders them),
 * each with its outlet, story date, its relations to the rest of the thread read from its own
 * end ("same claim as #1 (Reuters); contradicted by #4 (TASS)") and its figure conflicts
 * ("137 vs 145").
 *
 * The model holds a ClaimThread handed in by the view, so that it is tested without a library.
 */
class ThreadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, OutletColumn, DateColumn, RelationColumn, ConflictColumn, ColumnCount };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        StatusRole, ///< the stored status name
        InConflictRole, ///< bool: the claim states a figure another "same" claim contradicts
        PublishedRole, ///< QDate
    };

    explicit ThreadModel(QObject *parent = nullptr);
    ~ThreadModel() override;

    void setThread(ClaimThread thread);
    [[nodiscard]] const ClaimThread &thread() const { return m_thread; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOfClaim(qint64 claimId) const;
    /// "same claim as #1 (Reuters); contradicted by #4 (TASS)" for the claim at `row`.
    [[nodiscard]] QString relationText(int row) const;
    /// "137 vs 145" for the claim at `row`; empty when it is in no conflict.
    [[nodiscard]] QString conflictText(int row) const;
    /// "#3 (Reuters)": how the time line names a claim.
    [[nodiscard]] QString claimLabel(qint64 claimId) const;

private:
    ClaimThread m_thread;
};

} // namespace Dateline
