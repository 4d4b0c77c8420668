// SPDX-License-Identifier: GPL-3.0-or-later
#include "newshighlighter.h"

#include "analysis/newstextgrammar.h"

#include <KSyntaxHighlighting/Definition>

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace Dateline
{

NewsHighlighter::NewsHighlighter(QTextDocument *document)
    : NewsHighlighter(document, NewsTextGrammar::threadRepository().themeForPalette(QGuiApplication::palette()))
{
}

NewsHighlighter::NewsHighlighter(QTextDocument *document, const KSyntaxHighlighting::Theme &theme)
    : KSyntaxHighlighting::SyntaxHighlighter(static_cast<QObject *>(document))
{
    // Theme and definition first, the document last: setDefinition() re-highlights at once when a
    // document is set, and setDocument() schedules a pass of its own for the next event-loop turn,
    // so attaching the document last highlights a long story once instead of twice.
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    setDefinition(NewsTextGrammar::definition());
    setDocument(document);
}

NewsHighlighter::~NewsHighlighter() = default;

void NewsHighlighter::useDefaultTheme(KSyntaxHighlighting::Repository::DefaultTheme which)
{
    setTheme(NewsTextGrammar::threadRepository().defaultTheme(which));
}

bool NewsHighlighter::useNamedTheme(const QString &name)
{
    const KSyntaxHighlighting::Theme theme = NewsTextGrammar::threadRepository().theme(name);
    if (!theme.isValid() || theme.name() != name) { // theme() falls back to a default for unknown names
        return false;
    }
    setTheme(theme);
    return true;
}

void NewsHighlighter::useThemeForPalette(const QPalette &palette)
{
    setTheme(NewsTextGrammar::threadRepository().themeForPalette(palette));
}

void NewsHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (theme.name() == this->theme().name() && theme.isValid() == this->theme().isValid()) {
        return;
    }
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    rehighlight();
}

} // namespace Dateline
