// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "annotationtext.h"
#include "claimmargin.h"
#include "colorschemefollower.h"
#include "newshighlighter.h"
#include "readertheme.h"
#include "textdirection.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyleHints>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
// A line of about 70 characters reads best; the pane centres a column of that width.
constexpr int ReadableColumnCharacters = 72;
constexpr int MinimumSideMargin = 24;
constexpr int LineHeightPercent = 145;
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reader"_s);
    // The header and the text share one background, the palette's base colour.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setObjectName(u"readerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setForegroundRole(QPalette::Text);

    m_meta = new QLabel(this);
    m_meta->setObjectName(u"readerMeta"_s);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_header = new QWidget(this);
    m_headerLayout = new QVBoxLayout(m_header);
    m_headerLayout->setSpacing(6);
    m_headerLayout->addWidget(m_title);
    m_headerLayout->addWidget(m_meta);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"readerText"_s);
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->document()->setUndoRedoEnabled(false);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);

    const auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);

    // Over the text's empty side margin, not in the layout: the column is centred in the pane.
    m_margin = new ClaimMargin(m_text, this);
    m_margin->raise();
    connect(m_margin, &ClaimMargin::claimClicked, this, &ReaderView::claimActivated);

    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] { restyle(); });
    restyle();
    clear();
}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(const Article &article)
{
    m_article = article;
    m_overlay.setAnnotations({}, {});
    m_overlay.setClaims({});
    render();
}

void ReaderView::clear()
{
    m_article.reset();
    m_overlay.setAnnotations({}, {});
    m_overlay.setClaims({});
    render();
}

void ReaderView::setReaderTheme(ReaderTheme *theme)
{
    if (m_theme == theme) {
        return;
    }
    if (m_theme) {
        disconnect(m_theme, nullptr, this, nullptr);
    }
    m_theme = theme;
    if (m_theme) {
        connect(m_theme, &ReaderTheme::changed, this, &ReaderView::restyle);
        if (!m_highlighter) {
            m_highlighter = new NewsHighlighter(m_text->document());
        }
    } else if (m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    restyle();
}

void ReaderView::setAnnotations(QList<Mention> mentions, QList<Quote> quotes)
{
    m_overlay.setAnnotations(std::move(mentions), std::move(quotes));
    layOverlay();
}

void ReaderView::setClaims(QList<Claim> claims)
{
    m_overlay.setClaims(std::move(claims));
    layOverlay();
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

std::pair<qsizetype, qsizetype> ReaderView::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_article || !cursor.hasSelection()) {
        return { -1, -1 };
    }
    const qsizetype start = m_overlay.articleOffset(m_text->document(), cursor.selectionStart());
    const qsizetype end = m_overlay.articleOffset(m_text->document(), cursor.selectionEnd());
    if (start < 0 || end <= start) {
        return { -1, -1 };
    }
    // Spaces at either end of a sloppy selection are not part of the claim.
    qsizetype trimmedStart = start;
    qsizetype trimmedEnd = std::min<qsizetype>(end, m_article->text.size());
    while (trimmedStart < trimmedEnd && m_article->text.at(trimmedStart).isSpace()) {
        ++trimmedStart;
    }
    while (trimmedEnd > trimmedStart && m_article->text.at(trimmedEnd - 1).isSpace()) {
        --trimmedEnd;
    }
    return trimmedEnd > trimmedStart ? std::pair { trimmedStart, trimmedEnd } : std::pair<qsizetype, qsizetype> { -1, -1 };
}

QString ReaderView::claimCard(const Claim &claim)
{
    QStringList tags;
    for (const Tag &tag : claim.tags) {
        tags << tag.name.toHtmlEscaped();
    }
    QString card = u"<p><b>%1</b> · %2</p>"_s.arg(
        claim.claimant.name.isEmpty() ? tr("Claim") : tr("Claimed by %1").arg(claim.claimant.name.toHtmlEscaped()),
        ClaimNames::statusLabel(claim.status).toHtmlEscaped());
    if (!tags.isEmpty()) {
        card += u"<p>%1</p>"_s.arg(tr("Tags: %1").arg(tags.join(u", "_s)));
    }
    if (claim.linkCount > 0) {
        card += u"<p>%1</p>"_s.arg(tr("%n link(s) to other claims", nullptr, claim.linkCount));
    }
    return card;
}

void ReaderView::showContextMenu(const QPoint &pos)
{
    const auto menu = m_text->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->popup(m_text->mapToGlobal(pos));
}

int ReaderView::documentPosition(qsizetype offset) const
{
    return m_overlay.documentPosition(m_text->document(), offset);
}

void ReaderView::selectSpan(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(documentPosition(end));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    // The start last, so that a long quotation's beginning is the part in view.
    cursor.setPosition(documentPosition(start), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

qint64 ReaderView::articleId() const
{
    return m_article ? m_article->id : 0;
}

Qt::LayoutDirection ReaderView::storyDirection() const
{
    return m_direction;
}

QString ReaderView::languageName(const QString &code)
{
    if (code.isEmpty()) {
        return {};
    }
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

QString ReaderView::metaLine(const Article &article, const QLocale &locale)
{
    QStringList parts;
    if (!article.outletName.isEmpty()) {
        parts << article.outletName;
    }
    if (!article.place.isEmpty()) {
        parts << article.place;
    }
    if (article.published.isValid()) {
        parts << locale.toString(article.published, QLocale::LongFormat);
    }
    if (!article.language.isEmpty()) {
        parts << languageName(article.language);
    }
    // A middle dot reads as a separator in every script the interface is translated to.
    return parts.join(u"  ·  "_s);
}

void ReaderView::render()
{
    QTextDocument *document = m_text->document();
    document->clear();
    document->setDefaultFont(readingFont());

    if (!m_article) {
        m_direction = Qt::LeftToRight;
        m_title->setText(tr("No story selected"));
        m_meta->setText(tr("Choose a story in the list to read it here."));
    } else {
        m_direction = TextDirection::forStory(m_article->language, m_article->text);
        m_title->setText(m_article->title.isEmpty() ? tr("Untitled story") : m_article->title);
        m_meta->setText(metaLine(*m_article, locale()));
    }
    // The title is the story's; the meta line is in the interface's language and direction.
    m_title->setLayoutDirection(m_direction);
    m_text->setLayoutDirection(m_direction);

    QTextOption option = document->defaultTextOption();
    option.setTextDirection(m_direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);

    if (m_article) {
        const QFontMetricsF metrics(document->defaultFont());
        QTextBlockFormat paragraph;
        paragraph.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
        paragraph.setBottomMargin(metrics.height() * 0.75);
        paragraph.setLayoutDirection(m_direction);

        QTextCursor cursor(document);
        cursor.beginEditBlock();
        bool first = true;
        QList<qsizetype> blockOffsets;
        const QString &text = m_article->text;
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.size();
            }
            const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
            const QStringView trimmed = line.trimmed();
            if (!trimmed.isEmpty()) { // paragraphs are spaced by their margin, not by empty lines
                if (first) {
                    cursor.setBlockFormat(paragraph);
                    first = false;
                } else {
                    cursor.insertBlock(paragraph);
                }
                // Where the paragraph starts in the article: stored spans are article offsets.
                blockOffsets << lineStart + (trimmed.data() - line.data());
                cursor.insertText(trimmed.toString());
            }
            lineStart = lineEnd + 1;
        }
        cursor.endEditBlock();
        m_overlay.setBlockOffsets(std::move(blockOffsets));
    } else {
        m_overlay.setBlockOffsets({});
    }
    m_text->moveCursor(QTextCursor::Start);
    fitColumn();
    layOverlay();
}

void ReaderView::applyTheme()
{
    if (!m_theme) {
        m_activeTheme = {};
        return;
    }
    if (m_theme->followsSystem()) {
        if (m_themePalette) {
            // Back to the inherited palette before asking whether it is dark.
            m_themePalette = false;
            setPalette(QPalette());
        }
        m_activeTheme = m_theme->resolve(ColorSchemeFollower::isDark(palette()));
    } else {
        m_activeTheme = m_theme->resolve(false);
        const QPalette themed = ReaderTheme::palette(m_activeTheme, palette());
        m_themePalette = true;
        if (themed != palette()) {
            setPalette(themed);
        }
    }
    if (m_highlighter) {
        m_highlighter->setTheme(m_activeTheme);
    }
}

void ReaderView::layOverlay()
{
    layMargin();
    if (!m_theme || !m_article) {
        m_text->setExtraSelections({});
        return;
    }
    m_text->setExtraSelections(m_overlay.selections(m_text->document(), m_activeTheme));
}

void ReaderView::layMargin()
{
    QList<ClaimMargin::Marker> markers;
    if (m_article) {
        for (const Claim &claim : m_overlay.claims()) {
            if (!claim.anchored || claim.anchor.end <= claim.anchor.start) {
                continue;
            }
            ClaimMargin::Marker marker;
            marker.claimId = claim.id;
            marker.start = documentPosition(claim.anchor.start);
            marker.end = documentPosition(claim.anchor.end);
            // Without a theme the palette's highlight stands in for the theme's mark colour.
            marker.colour = m_theme ? ReaderOverlay::claimColor(m_activeTheme, claim) : palette().color(QPalette::Highlight);
            marker.toolTip = claimCard(claim);
            markers << marker;
        }
    }
    m_margin->setMarkers(std::move(markers));
}

void ReaderView::placeMargin(int side)
{
    // In the side margin before the text column: left for left-to-right stories, right otherwise.
    const int width = m_margin->sizeHint().width();
    const QRect viewport(m_text->viewport()->mapTo(this, QPoint(0, 0)), m_text->viewport()->size());
    const int gap = std::max(2, std::min(8, side - width));
    const int x = m_direction == Qt::RightToLeft ? viewport.right() - side + gap : viewport.left() + side - width - gap;
    m_margin->setLayoutDirection(m_direction);
    m_margin->setGeometry(x, viewport.top(), width, viewport.height());
    m_margin->raise();
}

qsizetype ReaderView::offsetAt(const QPoint &viewportPos) const
{
    const QPoint contentPos =
        viewportPos + QPoint(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
    const int position = m_text->document()->documentLayout()->hitTest(contentPos, Qt::ExactHit);
    return position < 0 ? -1 : m_overlay.articleOffset(m_text->document(), position);
}

bool ReaderView::showCard(const QPoint &viewportPos, const QPoint &globalPos)
{
    const qsizetype offset = offsetAt(viewportPos);
    if (offset < 0 || !m_theme) {
        return false;
    }
    // The hit position is a cursor position: the character under the pointer is at it or before it.
    const Mention *mention = m_overlay.mentionAt(offset);
    mention = mention ? mention : m_overlay.mentionAt(offset - 1);
    const Quote *quote = m_overlay.quoteAt(offset);
    quote = quote ? quote : m_overlay.quoteAt(offset - 1);
    QString card;
    if (mention) {
        card = AnnotationText::actorCard(
            mention->actor, m_overlay.formsOf(mention->actor), mention->state, mention->origin);
    }
    if (quote) {
        card += AnnotationText::quoteCard(*quote);
    }
    const Claim *claim = m_overlay.claimAt(offset);
    claim = claim ? claim : m_overlay.claimAt(offset - 1);
    if (claim) {
        card += claimCard(*claim);
    }
    if (card.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(globalPos, card, m_text->viewport());
    return true;
}

void ReaderView::activateAt(const QPoint &viewportPos)
{
    const qsizetype offset = offsetAt(viewportPos);
    if (offset < 0) {
        return;
    }
    if (const Mention *mention = m_overlay.mentionAt(offset)) {
        Q_EMIT mentionActivated(mention->id);
    } else if (const Claim *claim = m_overlay.claimAt(offset)) {
        Q_EMIT claimActivated(claim->id);
    } else if (const Quote *quote = m_overlay.quoteAt(offset)) {
        Q_EMIT quoteActivated(quote->id);
    }
}

QFont ReaderView::readingFont() const
{
    QFont font = this->font();
    // Serif faces shipped on most systems; Qt falls back per script (Arabic, Cyrillic) itself.
    font.setFamilies({ u"Noto Serif"_s, u"Noto Naskh Arabic"_s, u"DejaVu Serif"_s, u"Liberation Serif"_s, u"Georgia"_s,
        u"Times New Roman"_s });
    font.setStyleHint(QFont::Serif, QFont::PreferQuality);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.2);
    }
    return font;
}

void ReaderView::restyle()
{
    // Setting fonts and style sheets sends change events of their own; and the constructor's
    // first settings arrive before the children exist.
    if (m_restyling || !m_text) {
        return;
    }
    m_restyling = true;
    applyTheme();
    QFont titleFont = readingFont();
    if (titleFont.pointSizeF() > 0) {
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    }
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    // Links (none yet in plain stories) take the palette's link colour, never a fixed one.
    m_text->document()->setDefaultStyleSheet(u"a { color: %1; }"_s.arg(palette().color(QPalette::Link).name()));
    render();
    m_restyling = false;
}

void ReaderView::fitColumn()
{
    const int available = m_text->viewport()->width();
    const QFontMetrics metrics(readingFont());
    const int column = metrics.averageCharWidth() * ReadableColumnCharacters;
    const int side = std::max(MinimumSideMargin, (available - column) / 2);

    QTextFrame *root = m_text->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.leftMargin() != side || format.rightMargin() != side) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        format.setTopMargin(MinimumSideMargin / 2);
        format.setBottomMargin(MinimumSideMargin);
        root->setFrameFormat(format);
    }
    // The header lines up with the text column (the root frame's side margins replace the
    // document margin on those sides).
    m_headerLayout->setContentsMargins(side, MinimumSideMargin, side, 8);
    if (m_margin) {
        placeMargin(side);
    }
}

void ReaderView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
        restyle();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        switch (event->type()) {
        case QEvent::Resize:
            fitColumn();
            break;
        case QEvent::ToolTip: {
            const auto help = static_cast<QHelpEvent *>(event);
            if (showCard(help->pos(), help->globalPos())) {
                return true;
            }
            break;
        }
        case QEvent::MouseButtonPress:
            m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
            break;
        case QEvent::MouseButtonRelease: {
            const auto mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            // A click, not the end of a drag that selected text.
            if (mouse->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 4 &&
                !m_text->textCursor().hasSelection()) {
                activateAt(pos);
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Dateline
