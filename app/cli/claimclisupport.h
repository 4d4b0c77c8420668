// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/result.h"
#include "storage/claimthreads.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Dateline
{

/**
 * What the claim commands (claims, claim, link, thread) share: claims, links and conflicts as
 * JSON with offsets in code points, tags as paths ("Casualties/Death toll"), actors found by name
 * or alias, and code point offsets from the command line turned into the stores' UTF-16 offsets.
 * Story texts and tag paths are read once per run.
 */
class ClaimCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimCliSupport)

public:
    explicit ClaimCliSupport(QSqlDatabase db);

    /// id, article, start, end (code points), text, anchored, claimant, status, tags, title,
    /// outlet, published, note, links, created.
    [[nodiscard]] QJsonObject claimJson(const Claim &claim);
    [[nodiscard]] static QJsonObject linkJson(const ClaimLink &link);
    /// {"claims": [ids], "values": [{"claim": id, "figures": [...]}]}
    [[nodiscard]] static QJsonObject conflictJson(const FigureConflict &conflict);

    /// The claim's tags as paths, in the claim's order.
    [[nodiscard]] QStringList tagPaths(const Claim &claim);
    /// A story's current text; empty when it cannot be read.
    [[nodiscard]] QString articleText(qint64 articleId);

    /// The actor whose name or one of whose aliases is `name` (case aside); nothing when none is.
    Result<std::optional<qint64>> findActor(const QString &name) const;
    /// findActor(), else a new actor of kind other with that name.
    Result<qint64> findOrCreateActor(const QString &name) const;

    /// The UTF-16 offset of the code point `codePoints` of `text`; -1 past the end.
    [[nodiscard]] static qsizetype utf16Offset(const QString &text, qsizetype codePoints);

private:
    QSqlDatabase m_db;
    QHash<qint64, QString> m_texts;
    QHash<qint64, QString> m_tagPaths;
};

} // namespace Dateline
