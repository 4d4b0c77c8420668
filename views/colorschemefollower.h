// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

namespace Dateline
{

/**
 * Keeps the application's palette in step with the system's light or dark colour scheme
 * (QStyleHints::colorScheme()).
 *
 * Most desktops' platform themes switch the palette themselves; this only steps in when the
 * scheme says dark and the palette is still light (a bare X11 or Wayland session with Fusion),
 * and then derives the dark palette from the light one by mirroring each colour's lightness, so
 * that no colour is written into the code. Widgets that paint with palette roles, the reader
 * among them, follow through the ApplicationPaletteChange event.
 */
class ColorSchemeFollower : public QObject
{
    Q_OBJECT

public:
    explicit ColorSchemeFollower(QObject *parent = nullptr);
    ~ColorSchemeFollower() override;

    /// Brings the application palette in line with `scheme` (called on every scheme change).
    void apply(Qt::ColorScheme scheme);

    [[nodiscard]] static bool isDark(const QPalette &palette);
    /// The palette with every colour's lightness mirrored (hue and saturation kept).
    [[nodiscard]] static QPalette darkVariant(const QPalette &light);

private:
    bool m_derived = false; ///< whether the current application palette is our dark variant
};

} // namespace Dateline
