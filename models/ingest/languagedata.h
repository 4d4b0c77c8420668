// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dateline
{

/// The date vocabulary of one language, read from resources/languages/<code>.json.
struct LanguageDateNames {
    QString code; ///< ISO 639-1
    QList<QStringList> months; ///< 12 entries, January first; each the names and abbreviations
    QList<QStringList> weekdays; ///< 7 entries, Monday first (as QDate::dayOfWeek)
    bool dayFirst = true; ///< "dateOrder": "DMY" (or "MDY") for numeric dates
    /// "monthFirstWhenUsStyle": an ambiguous numeric date is month first when the story writes
    /// its other dates US style ("May 2"); English only.
    bool monthFirstWhenUsStyle = false;
};

/**
 * Per-language data shipped as resources (":/dateline/languages/<code>.json"), so that a new
 * language is a new file, not new code. Read once, on first use, and never changed afterwards,
 * which makes it safe to share between the import thread and the window.
 */
class LanguageData
{
public:
    /// Every language with a file, sorted by code.
    [[nodiscard]] static const QList<LanguageDateNames> &dateNames();
    /// The language with this code, or nullptr.
    [[nodiscard]] static const LanguageDateNames *dateNames(const QString &code);
};

} // namespace Dateline
