// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelineparser.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// A dateline sits in the first line, well before this many characters.
constexpr qsizetype maximumHeadLength = 100;
constexpr qsizetype maximumPlaceLength = 40;
constexpr qsizetype maximumOutletLength = 50;

/// Words that open a story in capitals followed by a dash without being a place.
bool isLabel(const QString &upper)
{
    static const QStringList labels {
        u"BREAKING"_s,
        u"UPDATE"_s,
        u"UPDATED"_s,
        u"EXCLUSIVE"_s,
        u"ANALYSIS"_s,
        u"OPINION"_s,
        u"EDITORIAL"_s,
        u"WATCH"_s,
        u"LIVE"_s,
        u"VIDEO"_s,
        u"FOTO"_s,
        u"PHOTO"_s,
        u"PHOTOS"_s,
        u"NEWS"_s,
        u"BERITA"_s,
        u"CORRECTION"_s,
        u"URGENT"_s,
        u"FLASH"_s,
        u"REVIEW"_s,
        u"INTERVIEW"_s,
        u"WAWANCARA"_s,
        u"OPINI"_s,
        u"TAJUK"_s,
        u"KOLOM"_s,
        u"UPDATE:"_s,
        u"NOTE"_s,
        u"EDITOR'S NOTE"_s,
    };
    return labels.contains(upper);
}

/// Lower-case joining words inside place names ("Rio de Janeiro", "Dar es Salaam").
bool isConnector(const QString &lower)
{
    static const QStringList connectors {
        u"de"_s,
        u"del"_s,
        u"della"_s,
        u"di"_s,
        u"da"_s,
        u"do"_s,
        u"dos"_s,
        u"das"_s,
        u"du"_s,
        u"des"_s,
        u"la"_s,
        u"le"_s,
        u"les"_s,
        u"al"_s,
        u"el"_s,
        u"es"_s,
        u"au"_s,
        u"aux"_s,
        u"of"_s,
        u"on"_s,
        u"upon"_s,
        u"sur"_s,
        u"am"_s,
        u"an"_s,
        u"der"_s,
        u"den"_s,
        u"van"_s,
        u"von"_s,
        u"bin"_s,
        u"y"_s,
    };
    return connectors.contains(lower);
}

bool isPlaceChar(QChar c)
{
    return c.isLetter() || c.isMark() || c == u'.' || c == u'\'' || c == u'\u2019' || c == u'-';
}

enum class PlaceCase { Invalid, Upper, Title };

/// "NEW YORK" is Upper, "Jakarta" and "Rio de Janeiro" are Title; anything with digits, too many
/// words or a lower-case first word is not a place.
PlaceCase placeCase(const QString &place)
{
    if (place.isEmpty() || place.size() > maximumPlaceLength) {
        return PlaceCase::Invalid;
    }
    const QStringList words = place.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4) {
        return PlaceCase::Invalid;
    }
    qsizetype letters = 0;
    bool anyLower = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.at(0).isLetter()) {
            return PlaceCase::Invalid;
        }
        for (const QChar c : word) {
            if (!isPlaceChar(c)) {
                return PlaceCase::Invalid;
            }
            if (c.isLetter()) {
                ++letters;
                anyLower = anyLower || c.isLower();
            }
        }
        if (word.at(0).isLower() && (i == 0 || !isConnector(word))) {
            return PlaceCase::Invalid;
        }
    }
    if (letters < 2) {
        return PlaceCase::Invalid;
    }
    if (!anyLower) {
        return isLabel(place) ? PlaceCase::Invalid : PlaceCase::Upper;
    }
    return PlaceCase::Title;
}

/// "NEW YORK" -> "New York", "RIO DE JANEIRO" -> "Rio de Janeiro", "ST. PETERSBURG" -> "St. Petersburg".
QString toTitleCase(const QString &upper)
{
    QString result = upper.toLower();
    bool wordStart = true;
    qsizetype wordBegin = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        if (c == u' ' || c == u'-') {
            wordStart = true;
            continue;
        }
        if (c == u'\'' || c == u'\u2019') {
            // "N'DJAMENA" -> "N'Djamena", "O'HARE" -> "O'Hare"; "people's" stays.
            wordStart = i - wordBegin == 1;
            continue;
        }
        if (wordStart) {
            wordBegin = i;
            qsizetype end = i;
            while (end < result.size() && result.at(end) != u' ' && result.at(end) != u'-') {
                ++end;
            }
            const bool connector = i > 0 && isConnector(result.mid(i, end - i));
            if (!connector) {
                result[i] = c.toUpper();
            }
            wordStart = false;
        }
    }
    return result;
}

bool isOutlet(const QString &outlet)
{
    if (outlet.isEmpty() || outlet.size() > maximumOutletLength || !outlet.at(0).isLetterOrNumber()) {
        return false;
    }
    bool letter = false;
    for (const QChar c : outlet) {
        if (c == u'/' || c == u'(' || c == u')' || c == u',' || c == u';' || c == u':') {
            return false;
        }
        letter = letter || c.isLetter();
    }
    return letter && outlet.split(u' ', Qt::SkipEmptyParts).size() <= 5;
}

/// After "JAKARTA," an outlet is written without parentheses only in forms such as "KOMPAS.com" or
/// "CNN Indonesia": every word capitalised, and a domain or an acronym among them.
bool isCommaOutlet(const QString &text)
{
    if (!isOutlet(text)) {
        return false;
    }
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 4) {
        return false;
    }
    bool domainOrAcronym = false;
    for (const QString &word : words) {
        if (!word.at(0).isUpper() && !word.at(0).isDigit()) {
            return false;
        }
        if (word.contains(u'.') && !word.endsWith(u'.')) {
            domainOrAcronym = true;
        }
        qsizetype upper = 0;
        bool lower = false;
        for (const QChar c : word) {
            upper += c.isUpper() ? 1 : 0;
            lower = lower || c.isLower();
        }
        if (upper >= 2 && !lower && !word.contains(u'.')) { // "CNN", not "N.Y."
            domainOrAcronym = true;
        }
    }
    return domainOrAcronym;
}

/// "Ukraine", "Calif.", "Indonesia": the region some wires add after the place.
bool isRegion(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3) {
        return false;
    }
    for (const QString &word : words) {
        if (!word.at(0).isUpper()) {
            return false;
        }
        for (const QChar c : word) {
            if (!isPlaceChar(c)) {
                return false;
            }
        }
    }
    return true;
}

bool hasDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit()) {
            return true;
        }
    }
    return false;
}

/// Where the separating dash starts and ends in `line`, or {-1, -1}. A hyphen counts only with a
/// space (or the closing parenthesis) before it and a space after it, so "PORT-AU-PRINCE" and
/// "Rusia-Afghanistan" are not separators; em and en dashes need a space on one side.
std::pair<qsizetype, qsizetype> findSeparator(QStringView line)
{
    const qsizetype limit = qMin(line.size(), maximumHeadLength + 1);
    for (qsizetype i = 1; i < limit; ++i) {
        const QChar c = line.at(i);
        const QChar before = line.at(i - 1);
        const QChar after = i + 1 < line.size() ? line.at(i + 1) : QChar(u' ');
        if (c == u'\u2014' || c == u'\u2013' || c == u'\u2015') {
            if (before.isSpace() || before == u')' || after.isSpace()) {
                return { i, i + 1 };
            }
        } else if (c == u'-') {
            if (after == u'-') {
                const QChar afterPair = i + 2 < line.size() ? line.at(i + 2) : QChar(u' ');
                if (before.isSpace() || before == u')' || afterPair.isSpace()) {
                    return { i, i + 2 };
                }
                ++i;
            } else if ((before.isSpace() || before == u')') && after.isSpace()) {
                return { i, i + 1 };
            }
        }
    }
    return { -1, -1 };
}

} // namespace

std::optional<DatelineInfo> DatelineParser::parse(const QString &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace()) {
        ++begin;
    }
    qsizetype lineEnd = text.indexOf(u'\n', begin);
    if (lineEnd < 0) {
        lineEnd = text.size();
    }
    const QStringView line = QStringView(text).sliced(begin, lineEnd - begin);
    const auto [sepStart, sepEnd] = findSeparator(line);
    if (sepStart < 0) {
        return std::nullopt;
    }

    QString head = line.first(sepStart).trimmed().toString();
    DatelineInfo info;

    if (head.endsWith(u')')) {
        const qsizetype open = head.lastIndexOf(u'(');
        if (open <= 0) {
            return std::nullopt;
        }
        info.outlet = head.mid(open + 1, head.size() - open - 2).trimmed();
        if (!isOutlet(info.outlet) || !info.outlet.at(0).isLetter()) {
            return std::nullopt;
        }
        head = head.left(open).trimmed();
    }

    QString placePart = head;
    const qsizetype comma = head.indexOf(u',');
    if (comma >= 0) {
        placePart = head.left(comma).trimmed();
        const QString tail = head.mid(comma + 1).trimmed();
        if (tail.isEmpty()) {
            return std::nullopt;
        }
        // After the place: regions ("Mich.", "Ukraine"), then a date ("Sept. 26", "May 2, 2025")
        // or, without parentheses, the outlet ("KOMPAS.com").
        QStringList parts = tail.split(u',');
        for (QString &part : parts) {
            part = part.trimmed();
        }
        qsizetype regions = parts.size();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (hasDigit(parts.at(i))) {
                regions = i;
                break;
            }
        }
        if (regions < parts.size()) {
            const QString date = parts.mid(regions).join(u", "_s);
            if (date.size() > 30 || date.split(u' ', Qt::SkipEmptyParts).size() > 5) {
                return std::nullopt;
            }
            info.dateText = date;
        } else if (info.outlet.isEmpty() && isCommaOutlet(parts.constLast())) {
            info.outlet = parts.constLast();
            regions = parts.size() - 1;
        }
        for (qsizetype i = 0; i < regions; ++i) {
            if (!isRegion(parts.at(i))) {
                return std::nullopt;
            }
        }
    }

    // "BEIRUT/JERUSALEM (Reuters) -": the story was filed from the first place.
    const QStringList places = placePart.split(u'/');
    PlaceCase firstCase = PlaceCase::Invalid;
    for (qsizetype i = 0; i < places.size(); ++i) {
        const PlaceCase pc = placeCase(places.at(i).trimmed());
        if (pc == PlaceCase::Invalid) {
            return std::nullopt;
        }
        if (i == 0) {
            firstCase = pc;
        }
    }
    const QString place = places.constFirst().trimmed();
    if (firstCase == PlaceCase::Title && info.outlet.isEmpty()) {
        // "Indonesia - Malaysia ..." is a sentence; a place in title case needs its outlet.
        return std::nullopt;
    }
    info.place = firstCase == PlaceCase::Upper ? toTitleCase(place) : place;

    qsizetype end = begin + sepEnd;
    while (end < text.size() && text.at(end).isSpace()) {
        ++end;
    }
    if (end >= text.size()) {
        return std::nullopt; // a dateline introduces a story
    }
    info.length = end;
    return info;
}

} // namespace Dateline
