// SPDX-License-Identifier: MIT
#include "DetailColours.h"

#include <cmath>

namespace {
// Spacing hues by the golden ratio keeps any number of speakers apart.
constexpr double goldenRatioConjugate = 0.618033988749895;

QColor readable(double hue, double saturation, const QPalette& palette)
{
    return QColor::fromHslF(float(hue), float(saturation),
                            DetailColours::isDark(palette) ? 0.72f : 0.36f);
}

QColor translucent(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}
} // namespace

bool DetailColours::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor DetailColours::speaker(int index, const QPalette& palette)
{
    // Start from the theme's link hue so the first speaker matches the accent colour.
    double hue = palette.color(QPalette::Link).hslHueF();
    if (hue < 0)
        hue = 0.6;
    return readable(std::fmod(hue + index * goldenRatioConjugate, 1.0), 0.65, palette);
}

QColor DetailColours::status(CallStatus status, const QPalette& palette)
{
    switch (status) {
    case CallStatus::Completed:
        return readable(120.0 / 360.0, 0.6, palette);
    case CallStatus::Initiated:
    case CallStatus::Ringing:
    case CallStatus::InProgress:
        return readable(32.0 / 360.0, 0.85, palette);
    case CallStatus::Failed:
    case CallStatus::NoAnswer:
    case CallStatus::Busy:
        return readable(0.0, 0.7, palette);
    case CallStatus::Cancelled:
    case CallStatus::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor DetailColours::termHighlight(const QPalette& palette)
{
    return translucent(palette.color(QPalette::Link), 70);
}

QColor DetailColours::findHighlight(const QPalette& palette)
{
    return translucent(palette.color(QPalette::Highlight), 110);
}
