// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

class QPalette;
class QTextDocument;

namespace Dateline
{

/**
 * Colours a story on screen with Dateline's news-text grammar (resources/syntax/news-text.xml):
 * quotations (nested ones apart), the dateline, dates, figures, URLs, @handles and #hashtags.
 * It is the same definition QuotationFinder runs headless for the analysis, so what the reader
 * sees marked as a quotation is what the analysis took for one.
 *
 * Parented to the QTextDocument it highlights (STYLE 21): it lives and dies with the document.
 * As with any QSyntaxHighlighter, the document is highlighted on the next turn of the event loop
 * after construction (before the first paint), then block by block as the text changes.
 * Every colour comes from a KSyntaxHighlighting theme: the one for the application palette at
 * first, then whichever the reader chooses (setTheme(), a light or dark default, or a named one);
 * changing the theme re-highlights the document. The definition comes from the GUI thread's
 * shared Repository (NewsTextGrammar::threadRepository()), so making one per story is cheap.
 */
class NewsHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    /// Highlights `document` with the theme that suits the application's palette.
    explicit NewsHighlighter(QTextDocument *document);
    NewsHighlighter(QTextDocument *document, const KSyntaxHighlighting::Theme &theme);
    ~NewsHighlighter() override;

    /// The repository's default light or dark theme.
    void useDefaultTheme(KSyntaxHighlighting::Repository::DefaultTheme which);
    /// A theme by its (untranslated) name, e.g. "Breeze Dark"; false, and nothing changes, if unknown.
    bool useNamedTheme(const QString &name);
    /// The theme KSyntaxHighlighting picks for a palette (dark for a dark window colour).
    void useThemeForPalette(const QPalette &palette);

    /// Re-highlights the whole document when the theme really changes.
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
};

} // namespace Dateline
