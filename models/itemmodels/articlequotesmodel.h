// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/quote.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The quotations of one story for the annotation dock, in text order: the quoted words, speaker,
 * cue, relay chain ("via RIA Novosti, Reuters"), type and state. Rejected quotations are kept
 * (StateRole says so) so that the dock can show them struck out and undo can find them.
 * Flat; reload() after a change.
 */
class ArticleQuotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, SpeakerColumn, CueColumn, ChainColumn, TypeColumn, StateColumn, ColumnCount };
    enum Role {
        QuoteIdRole = Qt::UserRole + 1,
        StartRole, ///< qsizetype as qlonglong: UTF-16 offset of the quoted words
        EndRole,
        CueStartRole, ///< -1 without a cue
        CueEndRole,
        SpeakerIdRole, ///< 0 without a speaker
        SpeakerNameRole,
        ViaRole, ///< QStringList of relay names, nearest the speaker first
        TypeRole, ///< QString: "direct", "partial", "indirect"
        StateRole, ///< QString: "suggested", "confirmed", "rejected"
        OriginRole, ///< QString: "rule", "user"
    };

    explicit ArticleQuotesModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ArticleQuotesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const;
    void reload();

    [[nodiscard]] Quote quoteAt(int row) const;
    /// The row of this quotation, -1 when it is not in the story.
    [[nodiscard]] int rowOfQuote(qint64 quoteId) const;
    /// The first row whose quotation covers `offset`, -1 when none does.
    [[nodiscard]] int rowAtOffset(qsizetype offset) const;
    /// "via RIA Novosti, Reuters"; empty for a quotation heard first hand.
    [[nodiscard]] static QString chainText(const Quote &quote);
    [[nodiscard]] static QString typeLabel(Quote::Type type);
    [[nodiscard]] static QString stateLabel(AnnotationState state);
    [[nodiscard]] QString lastError() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
