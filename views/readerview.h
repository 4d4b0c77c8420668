// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace Dateline
{

/**
 * The reading pane: a header (title, then outlet, place, date and language) above the story's
 * text, set for reading: a serif face, generous line height, and a column no wider than a
 * comfortable line, centred in the pane.
 *
 * A right-to-left story (by its language, or by the first strong character of its text) is laid
 * out right-to-left, header included. Every colour comes from the palette, and the pane re-styles
 * itself when the palette or the system's colour scheme changes.
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

    /// The article shown, 0 when none.
    [[nodiscard]] qint64 articleId() const;
    /// The direction the current story is laid out in.
    [[nodiscard]] Qt::LayoutDirection storyDirection() const;

    /// "Arrahmah.id · Kabul · Friday, 2 May 2025 · Indonesian": the parts that are known.
    [[nodiscard]] static QString metaLine(const Article &article, const QLocale &locale);
    /// The language's name for a person; the code itself when Qt does not know it.
    [[nodiscard]] static QString languageName(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void restyle();
    void fitColumn();
    [[nodiscard]] QFont readingFont() const;

    QWidget *m_header = nullptr;
    QVBoxLayout *m_headerLayout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_text = nullptr;
    std::optional<Article> m_article;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    bool m_restyling = false;
};

} // namespace Dateline
