// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

namespace Dateline
{

/**
 * Which way a story reads. The detected language decides when it is a right-to-left one; when
 * the language is unknown or wrong, the first strong character of the text decides, as the
 * Unicode bidirectional algorithm does for a paragraph.
 */
class TextDirection
{
public:
    /// ar, fa, he, ur and the other languages written in Arabic or Hebrew script.
    [[nodiscard]] static bool isRightToLeftLanguage(const QString &languageCode);
    [[nodiscard]] static Qt::LayoutDirection forStory(const QString &languageCode, const QString &text);
};

} // namespace Dateline
