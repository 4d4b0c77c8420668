// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyparser.h"

#include "datelineparser.h"
#include "dateparser.h"
#include "languagedetector.h"

#include <QCryptographicHash>
#include <QFont>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

constexpr qsizetype maximumHeadlineLength = 160;
constexpr qsizetype shortTitleLength = 120;

/// Spaces and tabs; U+00A0 and other Unicode spaces count at the end of a line.
bool isTrailingSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || (c.isSpace() && c != u'\n');
}

/**
 * Line endings to LF, trailing white space off each line, runs of blank lines down to one (a
 * paragraph break), no blank lines at either end. Everything inside a line is kept as it was,
 * no-break spaces included: they carry meaning (French « guillemets », "Rp 5 juta") and every
 * character kept is one an annotation can point at.
 */
QString canonical(QStringView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype pendingBlankLines = 0;
    qsizetype i = 0;
    bool atStart = true;
    if (!text.isEmpty() && text.front() == u'\uFEFF') {
        i = 1;
    }
    while (i <= text.size()) {
        qsizetype end = i;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r' && text.at(end) != u'\u2028' &&
            text.at(end) != u'\u2029') {
            ++end;
        }
        qsizetype trimmedEnd = end;
        while (trimmedEnd > i && isTrailingSpace(text.at(trimmedEnd - 1))) {
            --trimmedEnd;
        }
        if (trimmedEnd == i) {
            ++pendingBlankLines;
        } else {
            if (!atStart) {
                result.append(pendingBlankLines > 0 ? u"\n\n"_s : u"\n"_s);
            }
            result.append(text.sliced(i, trimmedEnd - i));
            pendingBlankLines = 0;
            atStart = false;
        }
        if (end >= text.size()) {
            break;
        }
        i = end + 1;
        if (text.at(end) == u'\r' && i < text.size() && text.at(i) == u'\n') {
            ++i;
        }
    }
    return result;
}

QString markdownToPlainText(const QString &markdown)
{
    QTextDocument document;
    // Without a GUI application the default font has no size, and the Markdown importer would
    // warn ("QFont::setPixelSize: Pixel size <= 0"); a size of our own keeps it quiet.
    QFont font = document.defaultFont();
    font.setPointSize(12);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText();
}

/// "# Heading" at the top of a Markdown story, without its marks; the rest in `body`.
QString takeMarkdownHeading(QString *body)
{
    const QString text = *body;
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace()) {
        ++begin;
    }
    if (!QStringView(text).sliced(begin).startsWith(u"# "_s)) {
        return {};
    }
    qsizetype end = text.indexOf(u'\n', begin);
    if (end < 0) {
        end = text.size();
    }
    QString heading = text.mid(begin + 2, end - begin - 2).trimmed();
    while (heading.endsWith(u'#')) {
        heading.chop(1); // closing marks: "# Title #"
    }
    *body = text.mid(end);
    return heading.trimmed();
}

/// A first line reads as a headline when it is short, does not end like a sentence and is not
/// the dateline's paragraph.
bool isHeadline(const QString &line, QStringView rest)
{
    if (rest.trimmed().isEmpty() || line.size() > maximumHeadlineLength || line.size() < 2) {
        return false;
    }
    const QChar last = line.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':') {
        // Some outlets end headlines with a period; the dateline paragraph after it gives it away.
        if (last != u'.' || !DatelineParser::parse(rest.toString()).has_value()) {
            return false;
        }
    }
    if (DatelineParser::parse(line).has_value()) {
        return false;
    }
    // "Friday, May 2, 2025" on a line of its own is the date, not the headline.
    if (std::none_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); })) {
        return true;
    }
    const std::optional<FoundDate> date = DateParser::findPublished(line, QString());
    return !date || date->length * 2 < line.size();
}

bool endsWithAbbreviation(QStringView before)
{
    // "Dr." "Jl." "St." and initials ("J. Smith") end with a period without ending a sentence.
    qsizetype start = before.size();
    while (start > 0 && before.at(start - 1).isLetter()) {
        --start;
    }
    const QStringView word = before.sliced(start);
    static const QStringList abbreviations { u"Dr"_s, u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Jl"_s, u"St"_s, u"Prof"_s, u"No"_s,
        u"Gen"_s, u"Lt"_s, u"Col"_s, u"Sen"_s, u"Rep"_s, u"Gov"_s, u"Jr"_s, u"Sr"_s, u"vs"_s, u"H"_s, u"Hj"_s, u"Drs"_s,
        u"Ir"_s };
    return word.size() == 1 || abbreviations.contains(word.toString());
}

/// The first sentence of `text`, shortened at a word boundary to about 120 characters.
QString firstSentence(QStringView text)
{
    qsizetype end = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            end = i;
            break;
        }
        if ((c == u'.' || c == u'?' || c == u'!') && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            if (c == u'.' && endsWithAbbreviation(text.first(i))) {
                continue;
            }
            end = c == u'.' ? i : i + 1;
            break;
        }
    }
    QString sentence = text.first(end).trimmed().toString();
    while (!sentence.isEmpty() && (sentence.back() == u',' || sentence.back() == u';' || sentence.back() == u':')) {
        sentence.chop(1); // "Derelict Obama and Clinton;."
    }
    if (sentence.size() <= shortTitleLength) {
        return sentence;
    }
    qsizetype cut = shortTitleLength;
    while (cut > shortTitleLength / 2 && !sentence.at(cut).isSpace()) {
        --cut;
    }
    if (cut <= shortTitleLength / 2) {
        cut = shortTitleLength;
    }
    QString shortened = sentence.left(cut);
    while (!shortened.isEmpty() && (shortened.back().isSpace() || shortened.back().isPunct())) {
        shortened.chop(1);
    }
    return shortened + u'\u2026';
}

} // namespace

Article StoryParser::parse(const QString &text, Format format, const QString &sourcePath)
{
    return parse(text, format, sourcePath, QDate());
}

Article StoryParser::parse(const QString &text, Format format, const QString &sourcePath, const QDate &reference)
{
    Article article;
    article.sourcePath = sourcePath;
    article.fetched = QDateTime::currentDateTimeUtc();

    QString body = canonical(text);
    QString title;
    if (format == Format::Markdown) {
        title = takeMarkdownHeading(&body);
        body = canonical(markdownToPlainText(body));
    }
    if (title.isEmpty()) {
        const qsizetype firstBreak = body.indexOf(u'\n');
        const QString firstLine = firstBreak < 0 ? body : body.left(firstBreak);
        if (isHeadline(firstLine, firstBreak < 0 ? QStringView() : QStringView(body).sliced(firstBreak + 1))) {
            title = firstLine;
            if (title.endsWith(u'.') && !title.endsWith(u"..."_s)) {
                title.chop(1);
            }
            body = body.mid(firstBreak + 1);
            while (body.startsWith(u'\n')) {
                body.remove(0, 1);
            }
        }
    }
    article.text = body;

    const std::optional<DatelineInfo> dateline = DatelineParser::parse(body);
    if (dateline) {
        article.place = dateline->place;
        article.outletName = dateline->outlet;
    }
    if (title.isEmpty()) {
        title = firstSentence(QStringView(body).sliced(dateline ? qMin(dateline->length, body.size()) : 0));
    }
    article.title = title;

    article.language = LanguageDetector::detect(title.isEmpty() ? body : title + u"\n"_s + body);
    if (const std::optional<FoundDate> date = DateParser::findPublished(body, article.language, reference)) {
        article.published = date->date;
    }
    article.contentHash = contentHash(body);
    return article;
}

QByteArray StoryParser::contentHash(const QString &canonicalText)
{
    return QCryptographicHash::hash(canonicalText.simplified().toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Dateline
