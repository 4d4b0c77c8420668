// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dateline
{

/**
 * The language of a story's text, by Compact Language Detector 2.
 *
 * Returns an ISO 639-1 code ("id", "en", "ru", "ar"), or an empty string when the text is too
 * short or the detector is not sure. Malay and Indonesian are told apart by CLD2 itself.
 */
class LanguageDetector
{
public:
    [[nodiscard]] static QString detect(const QString &text);
};

} // namespace Dateline
