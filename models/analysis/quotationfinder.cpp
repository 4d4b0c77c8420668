// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotationfinder.h"

#include "analysis/newstextgrammar.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QStringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// What an itemData of news-text.xml means to the finder; the grammar's names are the contract.
enum class Role { Plain, Open, Close, Continue, Dateline, Date, Number, Url, Handle, Hashtag };

Role roleForFormatName(const QString &name)
{
    static const QHash<QString, Role> roles = {
        { u"Quotation Open"_s, Role::Open },
        { u"Nested Quotation Open"_s, Role::Open },
        { u"Quotation Close"_s, Role::Close },
        { u"Nested Quotation Close"_s, Role::Close },
        { u"Quotation Continue"_s, Role::Continue },
        { u"Dateline"_s, Role::Dateline },
        { u"Date"_s, Role::Date },
        { u"Number"_s, Role::Number },
        { u"URL"_s, Role::Url },
        { u"Handle"_s, Role::Handle },
        { u"Hashtag"_s, Role::Hashtag },
    };
    return roles.value(name, Role::Plain);
}

NewsSpan::Kind kindForRole(Role role)
{
    switch (role) {
    case Role::Dateline:
        return NewsSpan::Kind::Dateline;
    case Role::Date:
        return NewsSpan::Kind::Date;
    case Role::Number:
        return NewsSpan::Kind::Number;
    case Role::Url:
        return NewsSpan::Kind::Url;
    case Role::Handle:
        return NewsSpan::Kind::Handle;
    case Role::Hashtag:
        return NewsSpan::Kind::Hashtag;
    default:
        return NewsSpan::Kind::Quotation;
    }
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

/// A quotation whose opening mark has been seen and whose closing mark has not (yet).
struct OpenQuotation {
    qsizetype markStart = 0;
    qsizetype innerStart = 0;
    int depth = 0;
};

} // namespace

/*
 * The finder is a headless highlighter: it feeds the text to the grammar one paragraph (line) at
 * a time, carrying the KSyntaxHighlighting::State across lines, and reads the formats the grammar
 * applies. Opening and closing marks drive a stack of open quotations, so nesting depth comes
 * from the stack rather than from the format. The highlighter merges neighbouring characters of
 * one format into one applyFormat() call ("«“" at a nested opening), so a mark segment is read
 * one mark at a time: every mark the grammar knows is one UTF-16 unit, except the typewriter
 * doubles '' and `` (markLength()).
 *
 * A quotation still open at the end of a paragraph is held back: the grammar ends nested ones
 * with their paragraph, and lets a top-level one continue only when the next non-blank paragraph
 * opens with the mark again ("Quotation Continue"). If it does, the held quotation is resumed and
 * becomes one span over all its paragraphs; if not, it ends with its paragraph, unclosed.
 */
class QuotationFinder::Private : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    Private() { setDefinition(NewsTextGrammar::definition()); }

    QList<NewsSpan> run(const QString &text, bool quotationsOnly)
    {
        m_spans.clear();
        m_open.clear();
        m_held.clear();
        m_quotationsOnly = quotationsOnly;
        if (!definition().isValid()) {
            return {};
        }

        KSyntaxHighlighting::State state;
        const QStringView all(text);
        qsizetype lineStart = 0;
        while (lineStart <= all.size()) {
            qsizetype lineEnd = all.indexOf(u'\n', lineStart);
            const qsizetype next = lineEnd < 0 ? all.size() + 1 : lineEnd + 1;
            if (lineEnd < 0) {
                lineEnd = all.size();
            }
            qsizetype contentEnd = lineEnd;
            if (contentEnd > lineStart && all.at(contentEnd - 1) == u'\r') {
                --contentEnd;
            }
            const QStringView line = all.mid(lineStart, contentEnd - lineStart);
            m_text = all;
            m_lineStart = lineStart;
            m_decidePending = !m_held.isEmpty() && !isBlank(line);
            state = highlightLine(line, state);
            if (m_decidePending) { // a non-blank paragraph that never reached a decision
                finishHeld();
            }
            endParagraph(contentEnd);
            lineStart = next;
        }
        finishHeld();

        std::stable_sort(m_spans.begin(), m_spans.end(), [](const NewsSpan &a, const NewsSpan &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        return std::move(m_spans);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const Role role = roleFor(format);
        const qsizetype begin = m_lineStart + offset;
        const qsizetype end = begin + length;

        if (m_decidePending) {
            if (role == Role::Continue) {
                resumeHeld();
                m_decidePending = false;
                return;
            }
            if (!isBlank(m_text.sliced(begin, length))) {
                finishHeld();
                m_decidePending = false;
            }
        }

        switch (role) {
        case Role::Plain:
        case Role::Continue:
            return;
        case Role::Open:
            for (qsizetype i = begin; i < end; i += markLength(i, end)) {
                m_open.append({ i, i + markLength(i, end), int(m_open.size()) });
            }
            return;
        case Role::Close:
            for (qsizetype i = begin; i < end && !m_open.isEmpty(); i += markLength(i, end)) {
                const OpenQuotation quotation = m_open.takeLast();
                addQuotation(quotation, i, i + markLength(i, end));
            }
            return;
        default:
            if (!m_quotationsOnly) {
                m_spans.append({ kindForRole(role), begin, end, begin, end, 0 });
            }
            return;
        }
    }

private:
    Role roleFor(const KSyntaxHighlighting::Format &format)
    {
        // Format ids are stable for the lifetime of the Repository; looking a name up once per
        // format keeps string comparisons out of the per-segment path.
        const int id = format.id();
        if (id == m_lastFormatId) {
            return m_lastRole;
        }
        auto it = m_roles.constFind(id);
        if (it == m_roles.cend()) {
            it = m_roles.insert(id, roleForFormatName(format.name()));
        }
        m_lastFormatId = id;
        m_lastRole = *it;
        return m_lastRole;
    }

    /// The length of the mark at `at` in a mark segment that ends at `end`: 2 for '' and `` (no
    /// single ' or ` is a mark in the grammar, so a pair is always one mark), else 1.
    [[nodiscard]] qsizetype markLength(qsizetype at, qsizetype end) const
    {
        const QChar c = m_text.at(at);
        return (c == u'\'' || c == u'`') && at + 1 < end && m_text.at(at + 1) == c ? 2 : 1;
    }

    /// A quotation from its opening mark to [closeStart, closeEnd): the closing mark, or an empty
    /// range at the end of its paragraph when it was never closed.
    void addQuotation(const OpenQuotation &quotation, qsizetype closeStart, qsizetype closeEnd)
    {
        qsizetype innerStart = quotation.innerStart;
        qsizetype innerEnd = closeStart;
        // French and Russian typography set the marks apart with (no-break) spaces: « ainsi ».
        while (innerStart < innerEnd && m_text.at(innerStart).isSpace()) {
            ++innerStart;
        }
        while (innerEnd > innerStart && m_text.at(innerEnd - 1).isSpace()) {
            --innerEnd;
        }
        m_spans.append({ NewsSpan::Kind::Quotation, quotation.markStart, closeEnd, innerStart, innerEnd,
            quotation.depth, closeEnd > closeStart });
    }

    void endParagraph(qsizetype paragraphEnd)
    {
        qsizetype end = paragraphEnd;
        while (end > m_lineStart && m_text.at(end - 1).isSpace()) {
            --end;
        }
        // Nested quotations end with their paragraph (the grammar pops them at the line end).
        while (m_open.size() > 1) {
            addQuotation(m_open.takeLast(), end, end);
        }
        if (!m_open.isEmpty()) {
            m_held.append({ m_open.takeLast(), end });
        }
    }

    void resumeHeld()
    {
        // Only the outermost quotation can continue; anything else held ends where it stopped.
        const Held outer = m_held.takeFirst();
        finishHeld();
        m_open.append(outer.quotation);
    }

    void finishHeld()
    {
        for (const Held &held : std::as_const(m_held)) {
            addQuotation(held.quotation, held.paragraphEnd, held.paragraphEnd);
        }
        m_held.clear();
    }

    struct Held {
        OpenQuotation quotation;
        qsizetype paragraphEnd = 0;
    };

    QList<NewsSpan> m_spans;
    QList<OpenQuotation> m_open;
    QList<Held> m_held;
    QHash<int, Role> m_roles;
    int m_lastFormatId = -1;
    Role m_lastRole = Role::Plain;
    QStringView m_text;
    qsizetype m_lineStart = 0;
    bool m_decidePending = false;
    bool m_quotationsOnly = false;
};

QuotationFinder::QuotationFinder()
    : d(std::make_unique<Private>())
{
}

QuotationFinder::~QuotationFinder() = default;

QList<NewsSpan> QuotationFinder::spans(const QString &text)
{
    return d->run(text, false);
}

QList<NewsSpan> QuotationFinder::quotations(const QString &text)
{
    return d->run(text, true);
}

} // namespace Dateline
