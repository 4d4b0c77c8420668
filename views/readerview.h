// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "readeroverlay.h"

#include <KSyntaxHighlighting/Theme>

#include <QPoint>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace Dateline
{

class ClaimMargin;
class NewsHighlighter;
class ReaderTheme;

/**
 * The reading pane: a header (title, then outlet, place, date and language) above the story's
 * text, set for reading: a serif face, generous line height, and a column no wider than a
 * comfortable line, centred in the pane.
 *
 * A right-to-left story (by its language, or by the first strong character of its text) is laid
 * out right-to-left, header included. Every colour comes from the palette, and the pane re-styles
 * itself when the palette or the system's colour scheme changes.
 *
 * With a ReaderTheme, the text is highlighted by the news grammar (NewsHighlighter) and the
 * story's actors and quotations are laid over it in the theme's colours (ReaderOverlay); a chosen
 * theme also gives the pane its background and text colours. Hovering an actor or a quotation
 * shows its card; clicking one emits mentionActivated() or quoteActivated().
 *
 * The story's claims are tinted in their first tag's colour (a theme colour for a claim without
 * one), with a marker for each in a margin beside the text (ClaimMargin); clicking a claim or its
 * marker emits claimActivated(). The text's context menu carries the actions the window gives
 * (setContextActions(), "Mark Claim" among them).
 */
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void showArticle(const Article &article);
    /// Shows the empty state (no story selected).
    void clear();

    /// Highlighting and annotation colours follow `theme` (not owned; nullptr: plain text).
    void setReaderTheme(ReaderTheme *theme);
    /// The actors and quotations of the story shown, in article offsets.
    void setAnnotations(QList<Mention> mentions, QList<Quote> quotes);
    /// The claims of the story shown (orphans are listed by the dock, not drawn).
    void setClaims(QList<Claim> claims);
    [[nodiscard]] const ReaderOverlay &overlay() const { return m_overlay; }
    [[nodiscard]] ClaimMargin *claimMargin() const { return m_margin; }
    /// Actions added below the text's own (Copy, Select All) in its context menu.
    void setContextActions(const QList<QAction *> &actions);
    /// The selected words as article offsets; {-1, -1} when nothing is selected.
    [[nodiscard]] std::pair<qsizetype, qsizetype> selectedSpan() const;
    /// The theme the pane paints with now (invalid without a ReaderTheme).
    [[nodiscard]] KSyntaxHighlighting::Theme activeTheme() const { return m_activeTheme; }
    /// Selects the article span [start, end) in the text and scrolls to it.
    void selectSpan(qsizetype start, qsizetype end);
    /// The document position of an article offset, for tests and the dock.
    [[nodiscard]] int documentPosition(qsizetype offset) const;

    /// The article shown, 0 when none.
    [[nodiscard]] qint64 articleId() const;
    /// The direction the current story is laid out in.
    [[nodiscard]] Qt::LayoutDirection storyDirection() const;

    /// "Arrahmah.id · Kabul · Friday, 2 May 2025 · Indonesian": the parts that are known.
    [[nodiscard]] static QString metaLine(const Article &article, const QLocale &locale);
    /// The hover card of a claim: claimant, status, tags, links (rich text).
    [[nodiscard]] static QString claimCard(const Claim &claim);
    /// The language's name for a person; the code itself when Qt does not know it.
    [[nodiscard]] static QString languageName(const QString &code);

Q_SIGNALS:
    /// The person clicked an actor's mention or a quotation in the text.
    void mentionActivated(qint64 mentionId);
    void quoteActivated(qint64 quoteId);
    /// The person clicked a claim in the text or its marker in the margin.
    void claimActivated(qint64 claimId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void restyle();
    void fitColumn();
    void applyTheme();
    void layOverlay();
    void layMargin();
    void placeMargin(int side);
    void showContextMenu(const QPoint &pos);
    bool showCard(const QPoint &viewportPos, const QPoint &globalPos);
    void activateAt(const QPoint &viewportPos);
    [[nodiscard]] qsizetype offsetAt(const QPoint &viewportPos) const;
    [[nodiscard]] QFont readingFont() const;

    QWidget *m_header = nullptr;
    QVBoxLayout *m_headerLayout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_text = nullptr;
    std::optional<Article> m_article;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    bool m_restyling = false;
    QPointer<ReaderTheme> m_theme;
    KSyntaxHighlighting::Theme m_activeTheme;
    NewsHighlighter *m_highlighter = nullptr; ///< parented to the document
    ReaderOverlay m_overlay;
    bool m_themePalette = false; ///< whether the pane wears a chosen theme's palette
    QPoint m_pressPos;
    ClaimMargin *m_margin = nullptr;
    QList<QAction *> m_contextActions;
};

} // namespace Dateline
