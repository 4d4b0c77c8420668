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
 * English ("May 2, 2025", "2 May 2025", "Friday, May 2"), ISO ("2025-05-02"), dotted
 * ("02.05.2025"), Russian, French, Malay and Arabic month names (resources/languages/<code>.json).
 *
 * The earliest date in the first 400 characters wins (the dateline and the opening sentence: a
 * date further down is usually an event the story reports); when there is none, the earliest date
 * written with its weekday in the first 1,200 ("Rabu (22/10/2025)" in an Indonesian story's
 * second paragraph).
 * Impossible dates (31/2/2025) are skipped. Numeric dates are day first, as in most languages;
 * a language file may say "MDY". English ("monthFirstWhenUsStyle") reads an ambiguous numeric
 * date (both numbers <= 12) month first only when the story writes its other dates US style
 * (a month name before the day, "May 2"); a date that fits only one order (13/5, 5/13) is read
 * that way, and a weekday written before it that fits only one order decides. Dotted dates are
 * always day first. A date without a year counts only after a weekday ("Jumat (2/5)", "Friday,
 * May 2": the latest year, up to `reference`'s or this one, in which that day is that weekday)
 * or in the dateline ("MOSCOW, May 2 (Reuters)": `reference`'s year, the year before when that
 * would put the date over a month after `reference`; without a reference, no date).
 */
class DateParser
{
public:
    [[nodiscard]] static std::optional<FoundDate> findPublished(
        const QString &text, const QString &language, const QDate &reference = {});
};

} // namespace Dateline
