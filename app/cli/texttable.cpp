// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include "codepoints.h"

#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace Dateline
{

namespace
{

constexpr int gap = 2;
constexpr int narrowestLastColumn = 12;

QString padded(const QString &text, int width, TextTable::Align align)
{
    const qsizetype fill = std::max<qsizetype>(0, width - codePointLength(text));
    const QString spaces(fill, u' ');
    return align == TextTable::Align::Right ? spaces + text : text + spaces;
}

} // namespace

TextTable::TextTable(QStringList headers, QList<Align> alignments)
    : m_headers(std::move(headers))
    , m_alignments(std::move(alignments))
    , m_maximumWidths(m_headers.size(), 0)
{
    m_alignments.resize(m_headers.size(), Align::Left);
}

void TextTable::setMaximumWidth(int column, int width)
{
    m_maximumWidths[column] = width;
}

void TextTable::addRow(QStringList cells, QString detail)
{
    cells.resize(m_headers.size());
    m_rows.append({ std::move(cells), std::move(detail) });
}

QString TextTable::elided(const QString &text, int width)
{
    if (codePointLength(text) <= width) {
        return text;
    }
    if (width <= 1) {
        return QString(width, u'…');
    }
    // Cut at a code point, never between the halves of a surrogate pair.
    QString cut;
    int taken = 0;
    for (qsizetype i = 0; i < text.size() && taken < width - 1; ++i, ++taken) {
        cut.append(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            cut.append(text.at(++i));
        }
    }
    return cut.trimmed() + u'…';
}

QString TextTable::wrapped(const QString &text, int width)
{
    // A line like "  --library PATH  Use the library..." is a term and its description: the
    // description's continuation lines line up under its start, as in Qt's own option list.
    static const QRegularExpression hangingPrefix(QStringLiteral("^ *\\S(?:\\S| (?! ))*  +(?=\\S)"));
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        if (codePointLength(paragraph) <= width) {
            lines.append(paragraph); // as written, its spaces for alignment included
            continue;
        }
        const QRegularExpressionMatch hanging = hangingPrefix.match(paragraph);
        qsizetype prefixSize = hanging.hasMatch() ? hanging.capturedLength() : 0;
        if (!hanging.hasMatch()) {
            while (prefixSize < paragraph.size() && paragraph.at(prefixSize) == u' ') {
                ++prefixSize;
            }
        }
        const QString indent(codePointLength(paragraph.left(prefixSize)), u' ');
        QString line = paragraph.left(prefixSize);
        bool lineHasWords = false;
        for (const QString &word : paragraph.mid(prefixSize).split(u' ', Qt::SkipEmptyParts)) {
            if (lineHasWords && codePointLength(line) + 1 + codePointLength(word) > width) {
                lines.append(line);
                line = indent;
                lineHasWords = false;
            }
            if (lineHasWords) {
                line += u' ';
            }
            line += word;
            lineHasWords = true;
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

void TextTable::write(QTextStream &out, int width) const
{
    const qsizetype columns = m_headers.size();
    QList<int> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        qsizetype widest = codePointLength(m_headers.at(c));
        for (const Row &row : m_rows) {
            widest = std::max(widest, codePointLength(row.cells.at(c)));
        }
        widths[c] = int(m_maximumWidths.at(c) > 0 ? std::min<qsizetype>(widest, m_maximumWidths.at(c)) : widest);
    }
    int used = 0;
    for (qsizetype c = 0; c + 1 < columns; ++c) {
        used += widths.at(c) + gap;
    }
    const int lastWidth = std::max(narrowestLastColumn, width - used);

    writeCells(out, m_headers, widths, lastWidth);
    for (const Row &row : m_rows) {
        writeCells(out, row.cells, widths, lastWidth);
        if (!row.detail.isEmpty()) {
            out << QString(4, u' ') << row.detail << u'\n';
        }
    }
}

void TextTable::writeCells(QTextStream &out, const QStringList &cells, const QList<int> &widths, int lastWidth) const
{
    QString line;
    const qsizetype last = cells.size() - 1;
    for (qsizetype c = 0; c < last; ++c) {
        line += padded(elided(cells.at(c), widths.at(c)), widths.at(c), m_alignments.at(c)) + QString(gap, u' ');
    }
    line += elided(cells.at(last), lastWidth);
    // No trailing blanks: a cell padded for alignment at the end of a line helps nobody.
    while (line.endsWith(u' ')) {
        line.chop(1);
    }
    out << line << u'\n';
}

} // namespace Dateline
