// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Dateline
{

/**
 * The claims of one story for the annotation dock, in text order: the claimed words, claimant,
 * status, tags and number of links. Orphans (claims that lost their place when the story
 * changed) are listed too, flagged by AnchoredRole, so that the reader can find them.
 * A story has tens of claims: flat, read whole by setArticle() and reload().
 */
class ArticleClaimsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ClaimantColumn, StatusColumn, TagsColumn, LinksColumn, ColumnCount };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        StartRole, ///< qlonglong: UTF-16 offset into the story
        EndRole,
        ClaimantIdRole, ///< 0 when nobody is named
        StatusRole, ///< QString: the stored name, "mostly_true"
        TagIdsRole, ///< QList<qint64> as QVariantList, in order
        ColourRole, ///< QString: the first tag's colour, empty when it has none (the view picks one)
        AnchoredRole, ///< bool
        NoteRole, ///< QString: Markdown
    };

    explicit ArticleClaimsModel(QSqlDatabase db, QObject *parent = nullptr);
    ~ArticleClaimsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const;
    void reload();

    [[nodiscard]] const QList<Claim> &claims() const;
    [[nodiscard]] Claim claimAt(int row) const;
    /// The row of this claim, -1 when it is not in the story.
    [[nodiscard]] int rowOfClaim(qint64 claimId) const;
    [[nodiscard]] QString lastError() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
