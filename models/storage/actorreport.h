// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/quote.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dateline
{

/// A quotation with the story it stands in: a row of the actor page.
struct QuoteInArticle {
    Quote quote;
    QString articleTitle;
    qint64 outletId = 0;
    QString outlet;
    QDate published;
};

/// One outlet's name for an actor and how often it uses it: a cell of the framing table.
struct OutletName {
    qint64 outletId = 0; ///< 0: stories without an outlet
    QString outlet;
    QString text; ///< the form as written, the most frequent spelling of its case-folded form
    int count = 0;
};

/// Keyset cursor of quotesByActor(): after this (published, id).
struct QuoteCursor {
    QString published; ///< ISO date, empty for undated
    qint64 id = 0;
    bool atStart = true;
};

/**
 * Read-only reports on one actor across the whole library, for the actor page: the quotations it
 * is credited with and the names each outlet uses for it. Kept apart from AnnotationStore, which
 * reads and writes the annotations of one story at a time.
 */
class ActorReport
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ActorReport)

public:
    explicit ActorReport(QSqlDatabase db);
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

    /// Quotations spoken by an actor across the library (not rejected), newest story first, in
    /// keyset pages of `limit`; `next` is set to the cursor after the last row returned.
    Result<QList<QuoteInArticle>> quotesByActor(
        qint64 actorId, const QuoteCursor &after, int limit, QuoteCursor *next = nullptr) const;
    /// The framing table of an actor: per outlet, each form its stories use for the actor (mentions
    /// not rejected, case-folded forms counted together), by outlet name then count.
    Result<QList<OutletName>> namesByOutlet(qint64 actorId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Dateline
