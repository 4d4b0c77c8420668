// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Dateline
{

/**
 * A plain-text table for a terminal: columns padded to their widest cell, the last column cut
 * with an ellipsis so that a row fits the width, and an optional indented line under a row
 * (a search snippet). Widths count code points.
 */
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList headers, QList<Align> alignments = {});

    /// Cells beyond this width are cut with an ellipsis (the last column always fits the row).
    void setMaximumWidth(int column, int width);
    void addRow(QStringList cells, QString detail = {});

    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    void write(QTextStream &out, int width) const;

    /// `text` cut to `width` code points, an ellipsis marking the cut.
    [[nodiscard]] static QString elided(const QString &text, int width);
    /// `text` with its lines broken between words so that none is wider than `width` (a longer
    /// word stays whole); its own line breaks are kept, and lines that fit are left as they are.
    [[nodiscard]] static QString wrapped(const QString &text, int width);

private:
    struct Row {
        QStringList cells;
        QString detail;
    };

    void writeCells(QTextStream &out, const QStringList &cells, const QList<int> &widths, int lastWidth) const;

    QStringList m_headers;
    QList<Align> m_alignments;
    QList<int> m_maximumWidths;
    QList<Row> m_rows;
};

} // namespace Dateline
