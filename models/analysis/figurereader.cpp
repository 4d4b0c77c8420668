// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurereader.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// Words that multiply the number before them, as a power of ten.
int scaleExponent(const QString &word)
{
    static const std::array<std::pair<QStringView, int>, 14> scales { {
        { u"ribu", 3 },
        { u"rb", 3 },
        { u"thousand", 3 },
        { u"juta", 6 },
        { u"jt", 6 },
        { u"million", 6 },
        { u"millions", 6 },
        { u"mln", 6 },
        { u"miliar", 9 },
        { u"milyar", 9 },
        { u"billion", 9 },
        { u"bn", 9 },
        { u"triliun", 12 },
        { u"trillion", 12 },
    } };
    for (const auto &[name, exponent] : scales) {
        if (word.compare(name, Qt::CaseInsensitive) == 0) {
            return exponent;
        }
    }
    return 0;
}

bool isMonth(const QString &word)
{
    // "May" and "Mar" are also words ("137 may have died"): only capitalised, as in a date.
    static const QSet<QString> months = {
        u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s, u"july"_s, u"august"_s,
        u"september"_s, u"october"_s, u"november"_s, u"december"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s,
        u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s, u"januari"_s,
        u"februari"_s, u"maret"_s, u"mei"_s, u"juni"_s, u"juli"_s, u"agustus"_s, u"oktober"_s, u"desember"_s,
        u"agu"_s, u"agt"_s, u"okt"_s, u"des"_s,
    };
    return !word.isEmpty() && word.at(0).isUpper() && months.contains(word.toLower());
}

/// Words after which a year is a year ("tahun 2024", "in 2024", "sejak 2014").
bool introducesYear(const QString &word)
{
    static const QSet<QString> words = { u"tahun"_s, u"thn"_s, u"in"_s, u"since"_s, u"sejak"_s, u"year"_s,
        u"pada"_s, u"until"_s, u"hingga"_s, u"sampai"_s, u"by"_s, u"of"_s };
    return words.contains(word.toLower());
}

/// Words after which a number is a time of day ("pukul 14.30").
bool introducesTime(const QString &word)
{
    static const QSet<QString> words = { u"pukul"_s, u"jam"_s, u"pkl"_s };
    return words.contains(word.toLower());
}

bool isTimeZone(const QString &word)
{
    static const QSet<QString> words = { u"wib"_s, u"wita"_s, u"wit"_s, u"gmt"_s, u"utc"_s, u"am"_s, u"pm"_s,
        u"a.m"_s, u"p.m"_s, u"msk"_s };
    return words.contains(word.toLower());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// The word (letters or digits) ending before `pos`, skipping spaces and light punctuation;
/// `pos` moves to its start.
QString wordBefore(const QString &text, qsizetype &pos)
{
    qsizetype end = pos;
    while (end > 0 && !isWordChar(text.at(end - 1))) {
        const QChar c = text.at(end - 1);
        if (!c.isSpace() && c != u',' && c != u'(' && c != u')') {
            pos = end;
            return {};
        }
        --end;
    }
    qsizetype start = end;
    while (start > 0 && isWordChar(text.at(start - 1))) {
        --start;
    }
    pos = start;
    return text.mid(start, end - start);
}

/// The word starting after `pos` (spaces skipped).
QString wordAfter(const QString &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start < text.size() && text.at(start).isSpace()) {
        ++start;
    }
    qsizetype end = start;
    while (end < text.size() && (isWordChar(text.at(end)) || (text.at(end) == u'.' && end > start && end + 1 < text.size() && text.at(end + 1).isLetter()))) {
        ++end;
    }
    return text.mid(start, end - start);
}

QString stripLeadingZeros(QString digits)
{
    qsizetype zeros = 0;
    while (zeros + 1 < digits.size() && digits.at(zeros) == u'0') {
        ++zeros;
    }
    return digits.mid(zeros);
}

/// "2" "5" 6 -> "2500000"; "1" "25" 1 -> "12.5".
QString scaled(const QString &whole, QString fraction, int exponent)
{
    QString digits = whole;
    if (fraction.size() <= exponent) {
        digits += fraction + QString(exponent - fraction.size(), u'0');
        return stripLeadingZeros(digits);
    }
    digits += fraction.left(exponent);
    fraction = fraction.mid(exponent);
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    digits = stripLeadingZeros(digits);
    return fraction.isEmpty() ? digits : digits + u'.' + fraction;
}

/// The whole and fraction digits of a number as written: "1.200" and "1,200" are thousands,
/// "2,5" and "3.5" decimals; with both marks the last one is the decimal one ("1.234,5").
std::pair<QString, QString> splitNumber(const QString &written)
{
    QString number = written;
    number.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    const qsizetype lastDot = number.lastIndexOf(u'.');
    const qsizetype lastComma = number.lastIndexOf(u',');
    qsizetype decimal = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = std::max(lastDot, lastComma);
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? u'.' : u',';
        const qsizetype at = std::max(lastDot, lastComma);
        // One mark followed by anything but three digits is a decimal point.
        if (number.count(mark) == 1 && number.size() - at - 1 != 3) {
            decimal = at;
        }
    }
    QString whole = decimal >= 0 ? number.left(decimal) : number;
    QString fraction = decimal >= 0 ? number.mid(decimal + 1) : QString();
    whole.remove(u'.').remove(u',');
    return { whole, fraction };
}

} // namespace

QStringList FigureReader::figures(const QString &input)
{
    // Digits of any script read as ASCII ("١٣٧" is 137); one unit for one, so offsets stay.
    QString text = input;
    for (QChar &c : text) {
        if (c.isDigit() && c.unicode() > 0x7f && c.digitValue() >= 0) {
            c = QChar(u'0' + c.digitValue());
        }
    }
    // Digits with thousands marks or a decimal mark; a space groups thousands only before exactly
    // three digits ("1 200"), so that "137 139" in a list stays two numbers... mostly.
    static const QRegularExpression number(
        u"\\d+(?:(?:[.,]|[ \\x{00A0}\\x{202F}](?=\\d{3}(?!\\d)))\\d+)*"_s);
    QStringList result;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        const QString written = match.captured();

        // Part of a name or a code: "F-16", "COVID-19", "G20", "ke-3", "3rd".
        if (start > 0) {
            const QChar before = text.at(start - 1);
            if (before.isLetter() && !text.mid(std::max<qsizetype>(0, start - 2), 2).endsWith(u"Rp")) {
                continue;
            }
            if ((before == u'-' || before == u'/') && start > 1 && text.at(start - 2).isLetterOrNumber()) {
                continue;
            }
            if (before == u':' && start > 1 && text.at(start - 2).isDigit()) {
                continue; // the minutes of "14:30"
            }
        }
        if (end < text.size()) {
            const QChar after = text.at(end);
            if (after.isLetter()) {
                continue;
            }
            if ((after == u':' || after == u'/') && end + 1 < text.size() && text.at(end + 1).isDigit()) {
                continue; // "14:30", "2/3"
            }
            if (after == u'-' && end + 1 < text.size() && text.at(end + 1).isLetter()) {
                continue; // "3-year-old" reads as an age, "2-0" stays
            }
        }

        qsizetype back = start;
        const QString previous = wordBefore(text, back);
        qsizetype back2 = back;
        const QString beforePrevious = previous.isEmpty() ? QString() : wordBefore(text, back2);
        const QString next = wordAfter(text, end);

        // Times of day: "pukul 14.30", "10.00 WIB".
        static const QRegularExpression clock(u"^\\d{1,2}[.:]\\d{2}$"_s);
        if (clock.match(written).hasMatch() && (introducesTime(previous) || isTimeZone(next))) {
            continue;
        }
        bool plain = true;
        for (const QChar c : written) {
            plain = plain && c.isDigit();
        }
        const int value = plain && written.size() <= 4 ? written.toInt() : -1;
        // Days of a date: "22 Maret", "March 22".
        if (value >= 1 && value <= 31 && (isMonth(next) || isMonth(previous))) {
            continue;
        }
        // Years: "Maret 2024", "22 March 2024", "tahun 2024", "in 2024".
        if (written.size() == 4 && value >= 1900 && value <= 2100 &&
            (isMonth(previous) || isMonth(beforePrevious) || introducesYear(previous) || isMonth(next))) {
            continue;
        }

        auto [whole, fraction] = splitNumber(written);
        const QString figure = scaled(whole, fraction, scaleExponent(next));
        if (!figure.isEmpty() && !result.contains(figure)) {
            result.append(figure);
        }
    }
    return result;
}

} // namespace Dateline
