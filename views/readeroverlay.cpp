// SPDX-License-Identifier: GPL-3.0-or-later
#include "readeroverlay.h"

#include "readertheme.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Dateline
{

namespace
{
bool sameActor(const Actor &a, const Actor &b)
{
    if (a.id != 0 || b.id != 0) {
        return a.id == b.id;
    }
    return !a.key.isEmpty() ? a.key == b.key : a.name == b.name;
}
} // namespace

ReaderOverlay::ReaderOverlay() = default;
ReaderOverlay::~ReaderOverlay() = default;

void ReaderOverlay::setBlockOffsets(QList<qsizetype> offsets)
{
    m_blockOffsets = std::move(offsets);
}

void ReaderOverlay::setAnnotations(QList<Mention> mentions, QList<Quote> quotes)
{
    m_mentions = std::move(mentions);
    m_quotes = std::move(quotes);
}

void ReaderOverlay::setClaims(QList<Claim> claims)
{
    m_claims = std::move(claims);
}

void ReaderOverlay::clear()
{
    m_blockOffsets.clear();
    m_mentions.clear();
    m_quotes.clear();
    m_claims.clear();
}

int ReaderOverlay::documentPosition(const QTextDocument *document, qsizetype offset) const
{
    if (m_blockOffsets.isEmpty()) {
        return 0;
    }
    // The last block starting at or before the offset holds it (or the gap of blank lines before the next).
    const auto next = std::upper_bound(m_blockOffsets.cbegin(), m_blockOffsets.cend(), offset);
    const int number = int(std::max<qsizetype>(0, (next - m_blockOffsets.cbegin()) - 1));
    const QTextBlock block = document->findBlockByNumber(number);
    if (!block.isValid()) {
        return document->characterCount() - 1;
    }
    const qsizetype inside = std::clamp<qsizetype>(offset - m_blockOffsets.at(number), 0, block.length() - 1);
    return block.position() + int(inside);
}

qsizetype ReaderOverlay::articleOffset(const QTextDocument *document, int position) const
{
    const QTextBlock block = document->findBlock(position);
    if (!block.isValid() || block.blockNumber() >= m_blockOffsets.size()) {
        return -1;
    }
    return m_blockOffsets.at(block.blockNumber()) + (position - block.position());
}

const Mention *ReaderOverlay::mentionAt(qsizetype offset) const
{
    for (const Mention &mention : m_mentions) {
        if (mention.state != AnnotationState::Rejected && mention.start <= offset && offset < mention.end) {
            return &mention;
        }
    }
    return nullptr;
}

const Quote *ReaderOverlay::quoteAt(qsizetype offset) const
{
    // The innermost quotation wins: a partial quotation inside a longer one.
    const Quote *found = nullptr;
    for (const Quote &quote : m_quotes) {
        if (quote.state != AnnotationState::Rejected && quote.start <= offset && offset < quote.end &&
            (!found || quote.end - quote.start < found->end - found->start)) {
            found = &quote;
        }
    }
    return found;
}

const Claim *ReaderOverlay::claimAt(qsizetype offset) const
{
    const Claim *found = nullptr;
    for (const Claim &claim : m_claims) {
        const TextAnchor &anchor = claim.anchor;
        if (claim.anchored && anchor.start <= offset && offset < anchor.end &&
            (!found || anchor.end - anchor.start < found->anchor.end - found->anchor.start)) {
            found = &claim;
        }
    }
    return found;
}

QColor ReaderOverlay::claimColor(const KSyntaxHighlighting::Theme &theme, const Claim &claim)
{
    if (!claim.tags.isEmpty()) {
        const QColor tagColour(claim.tags.first().colour);
        if (tagColour.isValid()) {
            return tagColour;
        }
    }
    // The theme's bookmark mark: every KSyntaxHighlighting theme sets it, light and dark alike,
    // and the news grammar and the actor styles use none of the editor colours.
    const QRgb mark = theme.editorColor(KSyntaxHighlighting::Theme::MarkBookmark);
    if (mark != 0) {
        return QColor::fromRgba(mark);
    }
    return QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Warning));
}

QTextCharFormat ReaderOverlay::claimFormat(const KSyntaxHighlighting::Theme &theme, const Claim &claim)
{
    QTextCharFormat format;
    const QColor colour = claimColor(theme, claim);
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    if (colour.isValid() && background.isValid()) {
        const auto mix = [](int over, int under) { return int(over * 0.28 + under * 0.72); };
        format.setBackground(QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
            mix(colour.blue(), background.blue())));
    }
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(colour);
    format.setProperty(QTextFormat::UserProperty, claim.id);
    return format;
}

QStringList ReaderOverlay::formsOf(const Actor &actor) const
{
    QStringList forms;
    for (const Mention &mention : m_mentions) {
        if (mention.state != AnnotationState::Rejected && sameActor(mention.actor, actor) &&
            !forms.contains(mention.text)) {
            forms << mention.text;
        }
    }
    return forms;
}

QList<QTextEdit::ExtraSelection> ReaderOverlay::selections(
    QTextDocument *document, const KSyntaxHighlighting::Theme &theme) const
{
    QList<QTextEdit::ExtraSelection> result;
    result.reserve(m_quotes.size() + m_claims.size() + m_mentions.size());
    const auto span = [this, document](qsizetype start, qsizetype end) {
        QTextCursor cursor(document);
        cursor.setPosition(documentPosition(document, start));
        cursor.setPosition(documentPosition(document, end), QTextCursor::KeepAnchor);
        return cursor;
    };
    for (const Quote &quote : m_quotes) {
        if (quote.state == AnnotationState::Rejected || quote.end <= quote.start) {
            continue;
        }
        result.append(
            { span(quote.start, quote.end), ReaderTheme::quoteFormat(theme, quote.type, quote.speaker, quote.state) });
    }
    // Longer claims first, so that a claim inside another one is painted over it and shows.
    QList<const Claim *> claims;
    for (const Claim &claim : m_claims) {
        if (claim.anchored && claim.anchor.end > claim.anchor.start) {
            claims << &claim;
        }
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim *a, const Claim *b) {
        return a->anchor.end - a->anchor.start > b->anchor.end - b->anchor.start;
    });
    for (const Claim *claim : std::as_const(claims)) {
        result.append({ span(claim->anchor.start, claim->anchor.end), claimFormat(theme, *claim) });
    }
    for (const Mention &mention : m_mentions) {
        if (mention.state == AnnotationState::Rejected || mention.end <= mention.start) {
            continue;
        }
        result.append(
            { span(mention.start, mention.end), ReaderTheme::actorFormat(theme, mention.actor.kind, mention.state) });
    }
    return result;
}

} // namespace Dateline
