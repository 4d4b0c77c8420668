// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Dateline
{

qsizetype codePointOffset(const QString &text, qsizetype utf16)
{
    const qsizetype end = std::clamp<qsizetype>(utf16, 0, text.size());
    qsizetype count = 0;
    qsizetype i = 0;
    while (i < end) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair) {
            if (i + 1 >= end) {
                break; // `utf16` points into the middle of this pair: it belongs to the pair's start
            }
            i += 2;
        } else {
            ++i;
        }
        ++count;
    }
    return count;
}

} // namespace Dateline
