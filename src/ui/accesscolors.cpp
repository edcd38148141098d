// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscolors.h"

#include "access/accessmatrix.h"

namespace AccessColors {

namespace {
QColor tint(int hue, const QPalette &palette)
{
    // Light: pale and bright behind dark text; dark: deep and muted behind light text.
    return isDark(palette) ? QColor::fromHsv(hue, 150, 120) : QColor::fromHsv(hue, 80, 245);
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor owner(const QPalette &palette)
{
    return tint(215, palette);
}

QColor member(const QPalette &palette)
{
    return tint(135, palette);
}

QColor otherRole(const QPalette &palette)
{
    return tint(35, palette);
}

QColor viaGroupOnly(const QPalette &palette)
{
    return tint(280, palette);
}

QColor forCell(quint8 cell, const QPalette &palette)
{
    switch (cell & AccessMatrix::DirectMask) {
    case AccessMatrix::DirectOwner: return owner(palette);
    case AccessMatrix::DirectMember: return member(palette);
    case AccessMatrix::DirectOther: return otherRole(palette);
    default: break;
    }
    return (cell & AccessMatrix::ViaGroup) ? viaGroupOnly(palette) : QColor();
}

} // namespace AccessColors
