// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Dateline
{

struct DecodedText {
    QString text;
    QString encoding; ///< the encoding it was read as ("UTF-8", "windows-1252", "KOI8-R", ...)
};

/**
 * Bytes of a story file to text, never mojibake silently.
 *
 * A byte-order mark decides first; then valid UTF-8 is UTF-8; else ICU's charset detector picks
 * among the legacy encodings a reader is likely to have (Windows-1252, ISO-8859-x, KOI8-R,
 * Windows-1251, Windows-1256) and the choice is decoded strictly. Binary data (NUL bytes in
 * a file without a UTF-16/32 BOM) and text no candidate decodes cleanly are failures with a reason.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::TextDecoder)

public:
    static Result<DecodedText> decode(const QByteArray &bytes);
};

} // namespace Dateline
