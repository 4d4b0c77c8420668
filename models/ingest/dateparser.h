// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Dateline
{

struct FoundDate {
    QDate date;
    qsizetype start = 0; ///< UTF-16 offset of the text it was read from
    qsizetype length = 0;
};

/**
 * Finds a story's publication date in its text: Indonesian ("Jumat (2/5/2025)", "2 Mei 2025"),
 * English ("May 2, 2025", "2 May 2025", "Friday, May 2"), ISO ("2025-05-02"). Numeric dates take
 * their day/month order from the language (day first for "id", month first for "en-US" forms
 * only when unambiguous). `reference` fills a missing year (a dateline's "May 2").
 */
class DateParser
{
public:
    [[nodiscard]] static std::optional<FoundDate> findPublished(
        const QString &text, const QString &language, const QDate &reference = {});
};

} // namespace Dateline
