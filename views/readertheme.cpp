// SPDX-License-Identifier: GPL-3.0-or-later
#include "readertheme.h"

#include "analysis/newstextgrammar.h"

#include <KSyntaxHighlighting/Repository>

#include <QCollator>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Dateline
{

namespace
{
/// The default style whose colour paints an actor kind; none of them is used by the news grammar.
Theme::TextStyle styleForKind(Actor::Kind kind)
{
    // Chosen so that the six kinds differ in Breeze Light and Breeze Dark alike, none is Normal's
    // colour, and none is String's (quotations), DecVal's (figures) or Constant's (dates).
    switch (kind) {
    case Actor::Kind::State:
        return Theme::DataType;
    case Actor::Kind::Person:
        return Theme::Function;
    case Actor::Kind::Organisation:
        return Theme::Extension;
    case Actor::Kind::ArmedGroup:
        return Theme::Import;
    case Actor::Kind::NewsAgency:
    case Actor::Kind::Outlet:
        return Theme::Operator;
    case Actor::Kind::City:
        return Theme::Documentation;
    case Actor::Kind::Other:
        break;
    }
    return Theme::CommentVar;
}

QColor mix(const QColor &over, const QColor &under, qreal amount)
{
    const auto channel = [amount](int a, int b) { return int(a * amount + b * (1.0 - amount)); };
    return QColor(
        channel(over.red(), under.red()), channel(over.green(), under.green()), channel(over.blue(), under.blue()));
}

QColor themeColor(QRgb rgb)
{
    return rgb == 0 ? QColor() : QColor::fromRgba(rgb);
}
} // namespace

ReaderTheme::ReaderTheme(QObject *parent)
    : QObject(parent)
{
}

ReaderTheme::~ReaderTheme() = default;

QString ReaderTheme::settingsKey()
{
    return u"reader/theme"_s;
}

void ReaderTheme::load(const QSettings &settings)
{
    setThemeName(settings.value(settingsKey()).toString());
}

void ReaderTheme::save(QSettings &settings) const
{
    settings.setValue(settingsKey(), m_themeName);
}

void ReaderTheme::setThemeName(const QString &name)
{
    // A theme that is no longer installed falls back to following the system.
    const QString known =
        name.isEmpty() || !NewsTextGrammar::threadRepository().theme(name).isValid() ? QString() : name;
    if (known == m_themeName) {
        return;
    }
    m_themeName = known;
    Q_EMIT changed();
}

QList<Theme> ReaderTheme::availableThemes()
{
    QList<Theme> themes = NewsTextGrammar::threadRepository().themes();
    QCollator collator;
    std::sort(themes.begin(), themes.end(), [&collator](const Theme &a, const Theme &b) {
        return collator.compare(a.translatedName(), b.translatedName()) < 0;
    });
    return themes;
}

Theme ReaderTheme::resolve(bool darkPalette) const
{
    KSyntaxHighlighting::Repository &repository = NewsTextGrammar::threadRepository();
    if (!m_themeName.isEmpty()) {
        const Theme chosen = repository.theme(m_themeName);
        if (chosen.isValid()) {
            return chosen;
        }
    }
    return repository.defaultTheme(
        darkPalette ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

bool ReaderTheme::isDarkTheme(const Theme &theme)
{
    const QColor background = themeColor(theme.editorColor(Theme::BackgroundColor));
    const QColor text = themeColor(theme.textColor(Theme::Normal));
    return background.isValid() && text.isValid() && background.lightness() < text.lightness();
}

QColor ReaderTheme::actorColor(const Theme &theme, Actor::Kind kind)
{
    const QColor color = themeColor(theme.textColor(styleForKind(kind)));
    return color.isValid() ? color : themeColor(theme.textColor(Theme::Normal));
}

QTextCharFormat ReaderTheme::actorFormat(const Theme &theme, Actor::Kind kind, AnnotationState state)
{
    QTextCharFormat format;
    format.setForeground(actorColor(theme, kind));
    // No change of weight or size: an extra selection is painted over the laid-out text, and a
    // wider face would overlap its neighbours. The state shows in the card and the dock instead.
    Q_UNUSED(state)
    return format;
}

QTextCharFormat ReaderTheme::quoteFormat(
    const Theme &theme, Quote::Type type, const Actor &speaker, AnnotationState state)
{
    QTextCharFormat format;
    const QColor background = themeColor(theme.editorColor(Theme::BackgroundColor));
    const QColor string = themeColor(theme.textColor(Theme::String));
    if (background.isValid() && string.isValid() && type != Quote::Type::Indirect) {
        // A light tint: the words stay readable in the grammar's own quotation colour.
        format.setBackground(mix(string, background, state == AnnotationState::Confirmed ? 0.22 : 0.14));
    }
    const bool hasSpeaker = speaker.id != 0 || !speaker.name.isEmpty();
    format.setUnderlineStyle(
        type == Quote::Type::Indirect ? QTextCharFormat::DotLine : QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(
        hasSpeaker ? actorColor(theme, speaker.kind) : themeColor(theme.editorColor(Theme::SpellChecking)));
    return format;
}

QPalette ReaderTheme::palette(const Theme &theme, QPalette base)
{
    const QColor background = themeColor(theme.editorColor(Theme::BackgroundColor));
    const QColor text = themeColor(theme.textColor(Theme::Normal));
    const QColor selection = themeColor(theme.editorColor(Theme::TextSelection));
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        if (background.isValid()) {
            base.setColor(group, QPalette::Base, background);
            base.setColor(group, QPalette::Window, background);
        }
        if (text.isValid()) {
            base.setColor(group, QPalette::Text, text);
            base.setColor(group, QPalette::WindowText, text);
            base.setColor(group, QPalette::PlaceholderText, mix(text, background.isValid() ? background : text, 0.6));
        }
        if (selection.isValid()) {
            base.setColor(group, QPalette::Highlight, selection);
            base.setColor(group, QPalette::HighlightedText, text);
        }
    }
    return base;
}

} // namespace Dateline
