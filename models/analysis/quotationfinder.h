// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Dateline
{

/// A stretch of news text the grammar recognises.
struct NewsSpan {
    enum class Kind { Quotation, Dateline, Date, Number, Url, Handle, Hashtag };

    Kind kind = Kind::Quotation;
    qsizetype start = 0; ///< UTF-16, marks included for a quotation
    qsizetype end = 0;
    qsizetype innerStart = 0; ///< a quotation's words without its marks (== start/end otherwise)
    qsizetype innerEnd = 0;
    int depth = 0; ///< 0 for a top-level quotation, 1 for one nested in it, ...
    /// False for a quotation that runs to the end of its paragraph without a closing mark (and is
    /// not continued by the next one): often a stray mark in copied text rather than a quotation.
    bool closed = true;
};

/**
 * The spans of the news-text grammar (resources/syntax/news-text.xml), found headless through a
 * KSyntaxHighlighting::AbstractHighlighter: the same definition that colours the reader gives the
 * analysis its quotations. A quotation that runs over several paragraphs, each opening with the
 * mark repeated, is one span.
 *
 * Not thread-safe: make one per thread (construction is cheap after the first).
 */
class QuotationFinder
{
public:
    QuotationFinder();
    ~QuotationFinder();
    Q_DISABLE_COPY_MOVE(QuotationFinder)

    /// Every span, in text order.
    [[nodiscard]] QList<NewsSpan> spans(const QString &text);
    /// Quotations only, in text order.
    [[nodiscard]] QList<NewsSpan> quotations(const QString &text);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dateline
