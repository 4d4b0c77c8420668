// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include "codepoints.h"
#include "texttable.h"

#include <QTextStream>

namespace Dateline
{

ProgressLine::ProgressLine(QTextStream &stream, bool enabled, int width)
    : m_stream(stream)
    , m_width(width)
    , m_enabled(enabled)
{
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString &text, bool force)
{
    if (!m_enabled || (!force && m_sinceLast.isValid() && m_sinceLast.elapsed() < 50)) {
        return;
    }
    m_sinceLast.start();
    // One column short of the width: a line that fills the terminal exactly wraps on some of them.
    const QString line = TextTable::elided(text, m_width - 1);
    const qsizetype length = codePointLength(line);
    // Spaces over the rest of a longer previous line, rather than an escape sequence that a
    // dumb terminal would print.
    m_stream << u'\r' << line << QString(std::max<qsizetype>(0, m_shownLength - length), u' ');
    m_stream.flush();
    m_shownLength = length;
}

void ProgressLine::clear()
{
    if (!m_enabled || m_shownLength == 0) {
        return;
    }
    m_stream << u'\r' << QString(m_shownLength, u' ') << u'\r';
    m_stream.flush();
    m_shownLength = 0;
}

} // namespace Dateline
