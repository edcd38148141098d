// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The colours of access kinds (owner, member, another role, through a group), chosen for the
// palette in use: soft tints on a light base, deep ones on a dark base, so the text of the
// palette stays readable on every one of them.
namespace AccessColors {

QColor owner(const QPalette &palette);
QColor member(const QPalette &palette);
QColor otherRole(const QPalette &palette);
QColor viaGroupOnly(const QPalette &palette);
// The colour for an AccessMatrix cell value; invalid for no access.
QColor forCell(quint8 cell, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace AccessColors
