// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/claimsearch.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * What the link dialog offers: the suggestions for a claim (ClaimSuggester) before anything is
 * typed, the search results (ClaimSearch) after. Flat, and never long (a few dozen rows: both
 * sources are limited), so it holds its rows instead of paging them. A failed search keeps the
 * rows it had and reports the message.
 */
class LinkCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, KindColumn, SpeakerColumn, OutletColumn, DateColumn, StoryColumn, SharedColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< QString: "claim" or "quote"
        IdRole, ///< claim or quote id, by kind
        ArticleIdRole,
        StartRole, ///< qlonglong: UTF-16 offset of the passage in its story
        EndRole,
        SpeakerIdRole, ///< claimant or speaker, 0 without
        ScoreRole, ///< double: suggestion score (higher is better) or bm25 (lower is better)
        SharedActorsRole, ///< QStringList (suggestions)
        SharedFiguresRole, ///< QStringList (suggestions)
        PublishedRole, ///< QDate, invalid when unknown
    };
    enum class Mode { Suggestions, Search };

    explicit LinkCandidatesModel(QSqlDatabase db, QObject *parent = nullptr);
    ~LinkCandidatesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The likeliest links for `claimId` (mode Suggestions).
    Status suggest(qint64 claimId, int limit = 20);
    /// What `typed` finds through `filter` (mode Search); the typed words are quoted, the last one
    /// a prefix (ArticleSearch::queryForTyping), so that typing never makes a syntax error.
    Status search(const QString &typed, const ClaimSearchFilter &filter, int limit = 50);
    /// Replaces the rows (tests, or a view that found them elsewhere).
    void setCandidates(const QList<LinkCandidate> &candidates, Mode mode);
    void clear();

    [[nodiscard]] Mode mode() const;
    [[nodiscard]] LinkCandidate candidateAt(int row) const;
    /// "Zamir Kabulov, 137": what a suggestion shares with the claim.
    [[nodiscard]] static QString sharedText(const LinkCandidate &candidate);
    [[nodiscard]] static QString kindLabel(LinkCandidate::Kind kind);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
