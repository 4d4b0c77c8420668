// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include "datelineparser.h"
#include "languagedata.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The publication date stands in the dateline or the first sentences; a date further down is
/// usually an event the story talks about ("pada Bulan Maret 2024"), so it is not taken.
constexpr qsizetype searchLength = 400;
/// A match may start before searchLength and end after it.
constexpr qsizetype searchSlack = 60;
/// How far back a weekday may move a date without a year ("Friday, May 2").
constexpr int weekdayYears = 12;

/**
 * Month and weekday names of every language in resources/languages, as regular expressions.
 * Names are matched in any language whatever the story's language: they hardly collide
 * ("Mei", "mai" and "May" are all May), and an Indonesian story may quote an English date.
 */
struct Vocabulary {
    QHash<QString, int> months; ///< lower-case name -> 1..12
    QHash<QString, int> weekdays; ///< lower-case name -> 1..7
    QHash<QString, int> englishMonths;
    QRegularExpression iso;
    QRegularExpression numeric;
    QRegularExpression numericWithoutYear;
    QRegularExpression dayMonthYear;
    QRegularExpression monthDayYear;
    QRegularExpression withoutYear;
    QRegularExpression datelineDate;
    QRegularExpression usStyle;
};

QString alternation(const QList<QString> &names)
{
    QList<QString> sorted = names;
    // Longest first, so that "Juni" is tried before "Jun".
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    QStringList escaped;
    for (const QString &name : std::as_const(sorted)) {
        escaped.append(QRegularExpression::escape(name).replace(u"\\ "_s, u"\\s+"_s));
    }
    return escaped.join(u'|');
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

Vocabulary buildVocabulary()
{
    Vocabulary v;
    for (const LanguageDateNames &language : LanguageData::dateNames()) {
        for (qsizetype m = 0; m < language.months.size(); ++m) {
            for (const QString &name : language.months.at(m)) {
                v.months.insert(name.toLower(), int(m + 1));
                if (language.code == u"en") {
                    v.englishMonths.insert(name.toLower(), int(m + 1));
                }
            }
        }
        for (qsizetype d = 0; d < language.weekdays.size(); ++d) {
            for (const QString &name : language.weekdays.at(d)) {
                v.weekdays.insert(name.toLower(), int(d + 1));
            }
        }
    }
    const QString months = u"(?:"_s + alternation(v.months.keys()) + u")"_s;
    const QString weekdays = u"(?:"_s + alternation(v.weekdays.keys()) + u")"_s;
    const QString english = u"(?:"_s + alternation(v.englishMonths.keys()) + u")"_s;
    // An optional weekday before a date: "Jumat (2/5/2025)", "Friday, May 2, 2025".
    const QString weekday = u"(?<!\\p{L})(?<wd>"_s + weekdays + u")(?!\\p{L})\\.?"_s;
    const QString optionalWeekday = u"(?:"_s + weekday + u"\\s*[,(]?\\s*)?"_s;
    const QString month = u"(?<!\\p{L})(?<mon>"_s + months + u")(?!\\p{L})\\.?"_s;
    const QString ordinal = u"(?:st|nd|rd|th|er)?"_s;

    v.iso = compile(optionalWeekday + u"(?<![\\d.\\-/])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d])"_s);
    v.numeric = compile(optionalWeekday +
        u"(?<![\\d./\\-])(?<a>\\d{1,4})(?<s>[/.\\-])(?<b>\\d{1,2})\\k<s>(?<c>\\d{2,4})"
        u"(?![\\d]|[./\\-]\\d)"_s);
    v.numericWithoutYear = compile(weekday + u"\\s*[,(]?\\s*(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/])"_s);
    v.dayMonthYear = compile(optionalWeekday + u"(?<!\\d)(?<d>\\d{1,2})"_s + ordinal + u"\\.?\\s+"_s + month +
        u",?\\s+(?<y>\\d{4})(?!\\d)"_s);
    v.monthDayYear =
        compile(optionalWeekday + month + u"\\s+(?<d>\\d{1,2})"_s + ordinal + u"(?!\\d),?\\s+(?<y>\\d{4})(?!\\d)"_s);
    v.withoutYear = compile(weekday + u",?\\s+(?:"_s + month + u"\\s+(?<d>\\d{1,2})"_s + ordinal +
        u"|(?<d2>\\d{1,2})"_s + ordinal + u"\\.?\\s+(?<mon2>"_s + months + u")(?!\\p{L})\\.?)(?!\\d)"_s);
    v.datelineDate = compile(u"^(?:"_s + month + u"\\s+(?<d>\\d{1,2})"_s + ordinal + u"|(?<d2>\\d{1,2})"_s + ordinal +
        u"\\.?\\s+(?<mon2>"_s + months + u")(?!\\p{L})\\.?)(?:,?\\s+(?<y>\\d{4}))?$"_s);
    v.usStyle = compile(u"(?<!\\p{L})"_s + english + u"\\.?\\s+\\d{1,2}(?!\\d)"_s);
    return v;
}

const Vocabulary &vocabulary()
{
    static const Vocabulary v = buildVocabulary();
    return v;
}

/// Digits of any script ("٢٠٢٥" as well as "2025").
int number(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        const int d = c.digitValue();
        if (d < 0) {
            return -1;
        }
        value = value * 10 + d;
    }
    return value;
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2100;
}

int weekdayOf(const QRegularExpressionMatch &match)
{
    const QString name = match.captured(u"wd");
    return name.isEmpty() ? 0 : vocabulary().weekdays.value(name.toLower().simplified(), 0);
}

int monthOf(const QString &name)
{
    return vocabulary().months.value(name.toLower().simplified(), 0);
}

/// The year of a date written without one: the weekday's year, else the reference's (the year
/// before when that would put the date more than a month after the reference).
QDate withYear(int month, int day, int weekday, const QDate &reference)
{
    const int latest = reference.isValid() ? reference.year() : QDate::currentDate().year();
    if (weekday > 0) {
        for (int year = latest; year > latest - weekdayYears; --year) {
            const QDate date(year, month, day);
            if (date.isValid() && date.dayOfWeek() == weekday) {
                return date;
            }
        }
        return {};
    }
    if (!reference.isValid()) {
        return {};
    }
    QDate date(reference.year(), month, day);
    if (date.isValid() && date > reference.addDays(31)) {
        date = QDate(reference.year() - 1, month, day);
    }
    return date;
}

struct Rules {
    bool dayFirst = true;
    bool monthFirstWhenUsStyle = false;
    bool usStyle = false;
};

/// Numeric "a/b/year": the language's order first, the other one when the first is impossible
/// (13/5 can only be day first, 5/13 only month first) or when the weekday fits only the other.
QDate numericDate(int a, int b, int year, QChar separator, int weekday, const Rules &rules)
{
    const QDate dayFirst(year, b, a);
    const QDate monthFirst(year, a, b);
    bool preferDayFirst = rules.dayFirst;
    if (separator == u'.') {
        preferDayFirst = true; // 02.05.2025 is European everywhere
    } else if (rules.monthFirstWhenUsStyle && rules.usStyle) {
        preferDayFirst = false;
    }
    const QDate first = preferDayFirst ? dayFirst : monthFirst;
    const QDate second = preferDayFirst ? monthFirst : dayFirst;
    if (!first.isValid()) {
        return second;
    }
    if (weekday > 0 && first.dayOfWeek() != weekday && second.isValid() && second.dayOfWeek() == weekday) {
        return second;
    }
    return first;
}

struct Candidate {
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
};

} // namespace

std::optional<FoundDate> DateParser::findPublished(const QString &text, const QString &language, const QDate &reference)
{
    const Vocabulary &v = vocabulary();
    const QStringView head = QStringView(text).first(qMin(text.size(), searchLength + searchSlack));

    Rules rules;
    if (const LanguageDateNames *names = LanguageData::dateNames(language)) {
        rules.dayFirst = names->dayFirst;
        rules.monthFirstWhenUsStyle = names->monthFirstWhenUsStyle;
    }
    if (rules.monthFirstWhenUsStyle) {
        rules.usStyle = v.usStyle.matchView(QStringView(text).first(qMin(text.size(), qsizetype(4000)))).hasMatch();
    }

    std::optional<Candidate> best;
    auto consider = [&](const QDate &date, qsizetype start, qsizetype length) {
        if (!date.isValid() || !plausibleYear(date.year()) || start >= searchLength) {
            return;
        }
        if (!best || start < best->start || (start == best->start && length > best->length)) {
            best = Candidate { date, start, length };
        }
    };
    auto each = [&](const QRegularExpression &re, auto &&read) {
        auto it = re.globalMatchView(head);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            consider(read(match), match.capturedStart(), match.capturedLength());
        }
    };

    each(v.iso, [&](const QRegularExpressionMatch &m) {
        return QDate(number(m.capturedView(u"y")), number(m.capturedView(u"m")), number(m.capturedView(u"d")));
    });
    each(v.numeric, [&](const QRegularExpressionMatch &m) -> QDate {
        const QStringView a = m.capturedView(u"a");
        const QStringView c = m.capturedView(u"c");
        const QChar separator = m.capturedView(u"s").at(0);
        if (a.size() == 4) {
            return QDate(number(a), number(m.capturedView(u"b")), number(c)); // 2025/05/02
        }
        if (a.size() == 3 || c.size() == 3) {
            return {};
        }
        const int year = c.size() == 2 ? 2000 + number(c) : number(c);
        return numericDate(number(a), number(m.capturedView(u"b")), year, separator, weekdayOf(m), rules);
    });
    each(v.numericWithoutYear, [&](const QRegularExpressionMatch &m) -> QDate {
        // "Jumat (2/5)": the weekday tells the year.
        const int weekday = weekdayOf(m);
        const int a = number(m.capturedView(u"a"));
        const int b = number(m.capturedView(u"b"));
        const QDate dayFirst = withYear(b, a, weekday, reference);
        const QDate monthFirst = withYear(a, b, weekday, reference);
        const bool preferDayFirst = rules.dayFirst && !(rules.monthFirstWhenUsStyle && rules.usStyle);
        const QDate first = preferDayFirst ? dayFirst : monthFirst;
        return first.isValid() ? first : (preferDayFirst ? monthFirst : dayFirst);
    });
    each(v.dayMonthYear, [&](const QRegularExpressionMatch &m) {
        return QDate(number(m.capturedView(u"y")), monthOf(m.captured(u"mon")), number(m.capturedView(u"d")));
    });
    each(v.monthDayYear, [&](const QRegularExpressionMatch &m) {
        return QDate(number(m.capturedView(u"y")), monthOf(m.captured(u"mon")), number(m.capturedView(u"d")));
    });
    each(v.withoutYear, [&](const QRegularExpressionMatch &m) {
        const bool monthFirst = m.hasCaptured(u"mon");
        const int month = monthOf(m.captured(monthFirst ? u"mon" : u"mon2"));
        const int day = number(m.capturedView(monthFirst ? u"d" : u"d2"));
        return month > 0 ? withYear(month, day, weekdayOf(m), reference) : QDate();
    });

    // "MOSCOW, May 2 (Reuters) -": a date in the dateline counts even without a weekday.
    if (const std::optional<DatelineInfo> dateline = DatelineParser::parse(text);
        dateline && !dateline->dateText.isEmpty()) {
        const QRegularExpressionMatch m = v.datelineDate.match(dateline->dateText);
        if (m.hasMatch()) {
            const bool monthFirst = m.hasCaptured(u"mon");
            const int month = monthOf(m.captured(monthFirst ? u"mon" : u"mon2"));
            const int day = number(m.capturedView(monthFirst ? u"d" : u"d2"));
            const QDate date = m.hasCaptured(u"y") ? QDate(number(m.capturedView(u"y")), month, day)
                                                   : withYear(month, day, 0, reference);
            const qsizetype start = text.indexOf(dateline->dateText);
            consider(date, start, dateline->dateText.size());
        }
    }

    if (!best) {
        return std::nullopt;
    }
    return FoundDate { best->date, best->start, best->length };
}

} // namespace Dateline
