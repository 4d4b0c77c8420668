// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorschemefollower.h"

#include <QApplication>
#include <QStyleHints>

#include <algorithm>

namespace Dateline
{

ColorSchemeFollower::ColorSchemeFollower(QObject *parent)
    : QObject(parent)
{
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &ColorSchemeFollower::apply);
    apply(QGuiApplication::styleHints()->colorScheme());
}

ColorSchemeFollower::~ColorSchemeFollower() = default;

void ColorSchemeFollower::apply(Qt::ColorScheme scheme)
{
    if (m_derived) {
        // Back to the platform theme's own palette first; it may already match the new scheme.
        QApplication::setPalette(QPalette());
        m_derived = false;
    }
    const QPalette current = QApplication::palette();
    if (scheme == Qt::ColorScheme::Dark && !isDark(current)) {
        QApplication::setPalette(darkVariant(current));
        m_derived = true;
    }
}

bool ColorSchemeFollower::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette ColorSchemeFollower::darkVariant(const QPalette &light)
{
    QPalette dark = light;
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto colorGroup = QPalette::ColorGroup(group);
            const auto colorRole = QPalette::ColorRole(role);
            const QColor color = light.color(colorGroup, colorRole);
            // Highlight and link colours are hues a person recognises: keep them, only
            // make sure highlighted text stays readable on them.
            if (colorRole == QPalette::Highlight || colorRole == QPalette::HighlightedText ||
                colorRole == QPalette::Link || colorRole == QPalette::LinkVisited) {
                continue;
            }
            // Mirrored into 30..235 rather than 0..255: pure black behind pure white glares.
            const QColor hsl = color.toHsl();
            const int lightness = 30 + (255 - hsl.lightness()) * 205 / 255;
            dark.setColor(
                colorGroup, colorRole, QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), lightness, hsl.alpha()));
        }
        // Links light enough to read on a dark base.
        const auto colorGroup = QPalette::ColorGroup(group);
        for (const auto role : { QPalette::Link, QPalette::LinkVisited }) {
            const QColor link = light.color(colorGroup, role).toHsl();
            dark.setColor(colorGroup, role,
                QColor::fromHsl(link.hslHue(), link.hslSaturation(), std::max(link.lightness(), 170), link.alpha()));
        }
    }
    return dark;
}

} // namespace Dateline
