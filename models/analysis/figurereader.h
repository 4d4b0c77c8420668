// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Dateline
{

/**
 * The figures a passage states, as plain numbers: "137 orang", "1.200" (Indonesian thousands),
 * "1,200", "1 200", "3.5 million" -> "3500000", "2,5 juta" -> "2500000". Dates, times and years
 * standing alone as years (1900-2100 next to a month name or "tahun"/"in") are not figures of the
 * claim; a claim's figures are compared as sets to flag conflicts between "same claim" links.
 */
class FigureReader
{
public:
    /// The distinct figures of `text` in order of appearance, normalised ("137", "3500000", "2.5").
    [[nodiscard]] static QStringList figures(const QString &text);
};

} // namespace Dateline
