// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Dateline
{

/// What a story's opening dateline says: "KABUL (Arrahmah.id) —" is place Kabul, outlet Arrahmah.id.
struct DatelineInfo {
    QString place; ///< in title case ("Kabul", "Moscow", "Jakarta")
    QString outlet; ///< as written ("Arrahmah.id", "Reuters", "KOMPAS.com"); may be empty
    QString dateText; ///< a date inside the dateline ("May 2"), if any
    qsizetype length = 0; ///< UTF-16 length of the dateline, separator and the white space after it included
};

/**
 * Recognises the datelines of news wires and outlets at the start of a story:
 * "KABUL (Arrahmah.id) —", "MOSCOW, May 2 (Reuters) -", "JAKARTA, KOMPAS.com -",
 * "WASHINGTON (AP) —", "Jakarta (ANTARA) -", "PARIS, 3 mai (AFP) -".
 */
class DatelineParser
{
public:
    [[nodiscard]] static std::optional<DatelineInfo> parse(const QString &text);
};

} // namespace Dateline
