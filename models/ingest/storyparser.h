// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QDate>
#include <QString>

namespace Dateline
{

/**
 * Decoded story text to an Article: canonical text (line endings and spaces normalised, Markdown
 * reduced to plain text), title (the first line when it reads as a headline, else the first
 * sentence, shortened), dateline place and outlet, publication date, language and content hash.
 */
class StoryParser
{
public:
    enum class Format { PlainText, Markdown };

    [[nodiscard]] static Article parse(const QString &text, Format format, const QString &sourcePath = {});
    /// As above; `reference` gives the year of a date written without one ("MOSCOW, May 2 (Reuters)"),
    /// for instance the file's modification date.
    [[nodiscard]] static Article parse(
        const QString &text, Format format, const QString &sourcePath, const QDate &reference);
    /// SHA-256 over the canonical text with white space folded, so re-saved copies match.
    [[nodiscard]] static QByteArray contentHash(const QString &canonicalText);
};

} // namespace Dateline
