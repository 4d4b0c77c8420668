// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Dateline
{

/**
 * How an article row maps to SQL and back, shared by the store and the search so that both read
 * the same columns the same way. Dates are ISO 8601 text; an unknown date is NULL.
 */
class ArticleRow
{
public:
    /// Every summary column (no text, no html) of article `a` joined with outlet `o`, in the
    /// order readSummary() expects; `full` adds text and html.
    [[nodiscard]] static QString columns(bool full = false);
    /// The number of columns columns() selects.
    [[nodiscard]] static int columnCount(bool full = false) { return full ? 16 : 14; }
    [[nodiscard]] static Article read(const QSqlQuery &query, bool full = false);

    [[nodiscard]] static QVariant publishedValue(const QDate &date);
    [[nodiscard]] static QVariant fetchedValue(const QDateTime &fetched);
    /// Empty text as NULL, for optional columns.
    [[nodiscard]] static QVariant optionalText(const QString &text);
};

} // namespace Dateline
