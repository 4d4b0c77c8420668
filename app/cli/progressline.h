// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace Dateline
{

/**
 * One line of progress on a terminal, rewritten in place with a carriage return and cleared at
 * the end. Disabled when the stream is not a terminal, so that logs and pipes stay clean.
 * Updates come at most every 50 ms: printing each of 100,000 files would slow the import down.
 */
class ProgressLine
{
public:
    ProgressLine(QTextStream &stream, bool enabled, int width);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)

    /// Shows `text`; `force` skips the rate limit (the last step).
    void show(const QString &text, bool force = false);
    /// Removes the line, leaving the cursor at the start of an empty line.
    void clear();

private:
    QTextStream &m_stream;
    QElapsedTimer m_sinceLast;
    int m_width = 80;
    qsizetype m_shownLength = 0;
    bool m_enabled = false;
};

} // namespace Dateline
