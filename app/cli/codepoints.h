// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dateline
{

/**
 * The number of Unicode code points in `text` before the UTF-16 offset `utf16`.
 *
 * Dateline keeps offsets in UTF-16 (QString's unit), but what it writes for other programs (JSON)
 * counts code points, which every language can index. An offset that falls between the two halves
 * of a surrogate pair counts as the start of that pair; offsets outside the text are clamped.
 */
[[nodiscard]] qsizetype codePointOffset(const QString &text, qsizetype utf16);

/// The number of code points in `text` (what a terminal shows as characters, wide ones aside).
[[nodiscard]] inline qsizetype codePointLength(const QString &text)
{
    return codePointOffset(text, text.size());
}

} // namespace Dateline
