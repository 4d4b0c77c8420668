// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/mention.h"
#include "domain/quote.h"

#include <KSyntaxHighlighting/Theme>

#include <QList>
#include <QStringList>
#include <QTextEdit>

class QTextDocument;

namespace Dateline
{

/**
 * The reader's layer of actors, quotations and claims over the story's text.
 *
 * The reader lays a story out as one paragraph per non-empty line, trimmed, so document positions
 * differ from the article's UTF-16 offsets, in which mentions and quotes are stored: the overlay
 * keeps the article offset at which each block starts and maps both ways.
 *
 * The layer is drawn as QTextEdit extra selections, painted over the highlighter's formats
 * without touching them: changing an annotation (a rejected mention, say) re-lays the selections
 * only, never re-highlights the document.
 */
class ReaderOverlay
{
public:
    ReaderOverlay();
    ~ReaderOverlay();

    /// The article offset of each block's first character, in block order.
    void setBlockOffsets(QList<qsizetype> offsets);
    void setAnnotations(QList<Mention> mentions, QList<Quote> quotes);
    /// The story's claims; orphans (not anchored) are kept but never drawn.
    void setClaims(QList<Claim> claims);
    void clear();

    [[nodiscard]] const QList<Mention> &mentions() const { return m_mentions; }
    [[nodiscard]] const QList<Quote> &quotes() const { return m_quotes; }
    [[nodiscard]] const QList<Claim> &claims() const { return m_claims; }

    /// The document position of an article offset (a position inside the block that holds it).
    [[nodiscard]] int documentPosition(const QTextDocument *document, qsizetype offset) const;
    /// The article offset of a document position.
    [[nodiscard]] qsizetype articleOffset(const QTextDocument *document, int position) const;

    /// The mention (not rejected) that covers the article offset; nullptr when none.
    [[nodiscard]] const Mention *mentionAt(qsizetype offset) const;
    [[nodiscard]] const Quote *quoteAt(qsizetype offset) const;
    /// The innermost anchored claim covering the offset; nullptr when none.
    [[nodiscard]] const Claim *claimAt(qsizetype offset) const;
    /// The forms this story uses for the actor ("Zamir Kabulov", "Kabulov"), in order of appearance.
    [[nodiscard]] QStringList formsOf(const Actor &actor) const;

    /// Quotations first, claims over them, actors on top, each coloured from `theme`.
    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections(
        QTextDocument *document, const KSyntaxHighlighting::Theme &theme) const;

    /// A claim's colour: its first tag's (the reader's own data), else the theme's bookmark mark.
    [[nodiscard]] static QColor claimColor(const KSyntaxHighlighting::Theme &theme, const Claim &claim);
    /// A claim in the text: a tint of its colour over the theme's background, underlined in it.
    [[nodiscard]] static QTextCharFormat claimFormat(const KSyntaxHighlighting::Theme &theme, const Claim &claim);

private:
    QList<qsizetype> m_blockOffsets;
    QList<Mention> m_mentions;
    QList<Quote> m_quotes;
    QList<Claim> m_claims;
};

} // namespace Dateline
