// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"
#include "domain/quote.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QTextCharFormat>

class QSettings;

namespace Dateline
{

/**
 * The reader's colour theme: a KSyntaxHighlighting theme chosen by name in the settings, or, by
 * default, the repository's light or dark default theme following the system's scheme.
 *
 * Every colour of a highlight comes from the resolved theme (ARCHITECTURE.md): an actor kind maps
 * to a default text style (a state to DataType, a person to Function, ...) whose text colour paints
 * it, and a quotation is tinted with the theme's String colour over its background and underlined
 * in its speaker's colour. The news grammar itself uses String, Constant, DecVal, SpecialString and
 * Others, so the actor styles are chosen among the others and both layers stay distinguishable.
 */
class ReaderTheme : public QObject
{
    Q_OBJECT

public:
    explicit ReaderTheme(QObject *parent = nullptr);
    ~ReaderTheme() override;

    /// The QSettings key holding the chosen theme's name (absent or empty: follow the system).
    [[nodiscard]] static QString settingsKey();
    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The chosen theme's name; empty when the reader follows the system's light or dark scheme.
    [[nodiscard]] QString themeName() const { return m_themeName; }
    /// Chooses a theme by name (empty: follow the system); emits changed() when it differs.
    void setThemeName(const QString &name);
    [[nodiscard]] bool followsSystem() const { return m_themeName.isEmpty(); }

    /// Every theme the repository knows, sorted by their translated names.
    [[nodiscard]] static QList<KSyntaxHighlighting::Theme> availableThemes();
    /// The theme to paint with: the chosen one, or the default for a light or dark palette.
    [[nodiscard]] KSyntaxHighlighting::Theme resolve(bool darkPalette) const;
    /// Whether a theme's background is dark (its editor background darker than its text).
    [[nodiscard]] static bool isDarkTheme(const KSyntaxHighlighting::Theme &theme);

    [[nodiscard]] static QColor actorColor(const KSyntaxHighlighting::Theme &theme, Actor::Kind kind);
    [[nodiscard]] static QTextCharFormat actorFormat(
        const KSyntaxHighlighting::Theme &theme, Actor::Kind kind, AnnotationState state);
    /// A quotation: a tint over the whole span, underlined in the speaker's colour when known.
    [[nodiscard]] static QTextCharFormat quoteFormat(
        const KSyntaxHighlighting::Theme &theme, Quote::Type type, const Actor &speaker, AnnotationState state);
    /// `base` with the theme's editor background, text and selection colours.
    [[nodiscard]] static QPalette palette(const KSyntaxHighlighting::Theme &theme, QPalette base);

Q_SIGNALS:
    void changed();

private:
    QString m_themeName;
};

} // namespace Dateline
