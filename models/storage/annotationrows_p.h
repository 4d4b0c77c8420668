// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"
#include "domain/quote.h"

#include <QSqlQuery>
#include <QString>

namespace Dateline::AnnotationRows
{

/// Reading annotation rows, shared by AnnotationStore (one story) and ActorReport (the library).

[[nodiscard]] AnnotationOrigin originFromName(const QString &name);

/// The columns of a quotation row with its speaker (table alias q, speaker alias s), read by readQuote().
[[nodiscard]] QString quoteColumns();

/// How many columns of quoteColumns() come before the speaker's.
constexpr int QuoteColumnCount = 11;

[[nodiscard]] Quote readQuote(const QSqlQuery &query);

} // namespace Dateline::AnnotationRows
