// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include "analysis/languageprofile.h"
#include "datelineparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The publication date stands in the dateline or the first sentences; a date further down is
/// usually an event the story talks about ("pada Bulan Maret 2024"), so it is not taken...
constexpr qsizetype searchLength = 400;
/// ...unless a weekday marks it as the day of the news, as Indonesian outlets write it in the
/// second paragraph ("kata dia di Jakarta, Rabu (22/10/2025)").
constexpr qsizetype weekdaySearchLength = 1200;
/// A match may start before the search length and end after it.
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
    QRegularExpression weekdayBefore;
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

// Read once, never changed: safe to share between the import thread and the window.
const LanguageProfiles &languageProfiles()
{
    static const LanguageProfiles profiles;
    return profiles;
}

Vocabulary buildVocabulary()
{
    Vocabulary v;
    // Every shipped language's months at once: a story's language is a guess, its dates are not.
    const LanguageProfiles &profiles = languageProfiles();
    for (const QString &code : profiles.codes()) {
        const LanguageProfile &language = profiles.profile(code);
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
    const QString month = u"(?<!\\p{L})(?<mon>"_s + months + u")(?!\\p{L})\\.?"_s;
    const QString ordinal = u"(?:st|nd|rd|th|er)?"_s;

    // Weekdays are looked for just before a date ("Jumat (2/5/2025)", "Friday, May 2, 2025")
    // rather than inside every pattern: an alternation of every weekday name tried at every
    // position would cost more than the rest of the search.
    v.weekdayBefore = compile(u"(?<!\\p{L})(?<wd>"_s + weekdays + u")(?!\\p{L})\\.?\\s*[,(]?\\s*$"_s);
    v.iso = compile(u"(?<![\\d.\\-/])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d])"_s);
    v.numeric = compile(u"(?<![\\d./\\-])(?<a>\\d{1,4})(?<s>[/.\\-])(?<b>\\d{1,2})\\k<s>(?<c>\\d{2,4})"
                        u"(?![\\d]|[./\\-]\\d)"_s);
    v.numericWithoutYear = compile(u"(?<![\\d/.\\-])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/])"_s);
    v.dayMonthYear =
        compile(u"(?<!\\d)(?<d>\\d{1,2})"_s + ordinal + u"\\.?\\s+"_s + month + u",?\\s+(?<y>\\d{4})(?!\\d)"_s);
    v.monthDayYear = compile(month + u"\\s+(?<d>\\d{1,2})"_s + ordinal + u"(?!\\d),?\\s+(?<y>\\d{4})(?!\\d)"_s);
    v.withoutYear = compile(u"(?:"_s + month + u"\\s+(?<d>\\d{1,2})"_s + ordinal + u"|(?<!\\d)(?<d2>\\d{1,2})"_s +
        ordinal + u"\\.?\\s+(?<mon2>"_s + months + u")(?!\\p{L})\\.?)(?!\\d)"_s);
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

/// A weekday written just before `start` ("Jumat (", "Friday, "): its number (1-7) and where it
/// starts, or {0, start}.
std::pair<int, qsizetype> weekdayBefore(QStringView text, qsizetype start)
{
    constexpr qsizetype reach = 24;
    const qsizetype from = qMax<qsizetype>(0, start - reach);
    const QRegularExpressionMatch match = vocabulary().weekdayBefore.matchView(text.sliced(from, start - from));
    if (!match.hasMatch()) {
        return { 0, start };
    }
    const int weekday = vocabulary().weekdays.value(match.captured(u"wd").toLower().simplified(), 0);
    return weekday > 0 ? std::pair<int, qsizetype> { weekday, from + match.capturedStart() }
                       : std::pair<int, qsizetype> { 0, start };
}

int monthOf(const QString &name)
{
    return vocabulary().months.value(name.toLower().simplified(), 0);
}

/// The year of a date written without one. With a reference date (the file's), the latest such
/// date no more than a month after it, unless a weekday written with it fits an earlier one within
/// half a year ("Jumat (2/5)"); a weekday that fits none is the outlet's slip and does not move the
/// date a year back. Without a reference, the latest year up to this one in which the weekday fits.
QDate withYear(int month, int day, int weekday, const QDate &reference)
{
    if (reference.isValid()) {
        const QDate latestAllowed = reference.addDays(31);
        const QDate earliestForWeekday = reference.addDays(-183);
        QDate fallback;
        for (int year = reference.year() + 1; year >= reference.year() - 1; --year) {
            const QDate date(year, month, day);
            if (!date.isValid() || date > latestAllowed) {
                continue;
            }
            if (!fallback.isValid()) {
                fallback = date;
            }
            if (weekday > 0 && date.dayOfWeek() == weekday && date >= earliestForWeekday) {
                return date;
            }
        }
        return fallback;
    }
    if (weekday == 0) {
        return {};
    }
    const int latest = QDate::currentDate().year();
    for (int year = latest; year > latest - weekdayYears; --year) {
        const QDate date(year, month, day);
        if (date.isValid() && date.dayOfWeek() == weekday) {
            return date;
        }
    }
    return {};
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
    qsizetype limit = searchLength;
    bool weekdayOnly = false;
    QStringView head = QStringView(text).first(qMin(text.size(), limit + searchSlack));

    Rules rules;
    {
        const LanguageProfile &names = languageProfiles().profile(language);
        rules.dayFirst = names.dayFirst();
        rules.monthFirstWhenUsStyle = names.monthFirstWhenUsStyle;
    }
    if (rules.monthFirstWhenUsStyle) {
        rules.usStyle = v.usStyle.matchView(QStringView(text).first(qMin(text.size(), qsizetype(4000)))).hasMatch();
    }

    std::optional<Candidate> best;
    auto consider = [&](const QDate &date, qsizetype start, qsizetype length) {
        if (!date.isValid() || !plausibleYear(date.year()) || start >= limit) {
            return;
        }
        if (!best || start < best->start || (start == best->start && length > best->length)) {
            best = Candidate { date, start, length };
        }
    };
    // `read` gets the match and the weekday written before it (0 when none); `needsWeekday`
    // patterns (dates without a year) count only with one.
    auto each = [&](const QRegularExpression &re, bool needsWeekday, auto &&read) {
        auto it = re.globalMatchView(head);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedStart() >= limit) {
                break;
            }
            const auto [weekday, start] = weekdayBefore(head, match.capturedStart());
            if ((needsWeekday || weekdayOnly) && weekday == 0) {
                continue;
            }
            consider(read(match, weekday), start, match.capturedEnd() - start);
        }
    };

    auto searchPatterns = [&] {
        each(v.iso, false, [&](const QRegularExpressionMatch &m, int) {
            return QDate(number(m.capturedView(u"y")), number(m.capturedView(u"m")), number(m.capturedView(u"d")));
        });
        each(v.numeric, false, [&](const QRegularExpressionMatch &m, int weekday) -> QDate {
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
            return numericDate(number(a), number(m.capturedView(u"b")), year, separator, weekday, rules);
        });
        each(v.numericWithoutYear, true, [&](const QRegularExpressionMatch &m, int weekday) -> QDate {
            // "Jumat (2/5)": the weekday tells the year.
            const int a = number(m.capturedView(u"a"));
            const int b = number(m.capturedView(u"b"));
            const QDate dayFirst = withYear(b, a, weekday, reference);
            const QDate monthFirst = withYear(a, b, weekday, reference);
            const bool preferDayFirst = rules.dayFirst && !(rules.monthFirstWhenUsStyle && rules.usStyle);
            const QDate first = preferDayFirst ? dayFirst : monthFirst;
            return first.isValid() ? first : (preferDayFirst ? monthFirst : dayFirst);
        });
        each(v.dayMonthYear, false, [&](const QRegularExpressionMatch &m, int) {
            return QDate(number(m.capturedView(u"y")), monthOf(m.captured(u"mon")), number(m.capturedView(u"d")));
        });
        each(v.monthDayYear, false, [&](const QRegularExpressionMatch &m, int) {
            return QDate(number(m.capturedView(u"y")), monthOf(m.captured(u"mon")), number(m.capturedView(u"d")));
        });
        each(v.withoutYear, true, [&](const QRegularExpressionMatch &m, int weekday) {
            const bool monthFirst = m.hasCaptured(u"mon");
            const int month = monthOf(m.captured(monthFirst ? u"mon" : u"mon2"));
            const int day = number(m.capturedView(monthFirst ? u"d" : u"d2"));
            return month > 0 ? withYear(month, day, weekday, reference) : QDate();
        });
    };
    searchPatterns();

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
        limit = weekdaySearchLength;
        weekdayOnly = true;
        head = QStringView(text).first(qMin(text.size(), limit + searchSlack));
        searchPatterns();
    }
    if (!best) {
        return std::nullopt;
    }
    return FoundDate { best->date, best->start, best->length };
}

} // namespace Dateline
