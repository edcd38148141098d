// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of how the window looks share: contrast, a dark palette, screenshots.

#include "testsupport.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QWidget>

#include <cmath>

// WCAG 2 contrast ratio: 4.5 or more is readable body text.
inline double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QString pair(const QColor &text, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3").arg(text.name(), background.name()).arg(contrast(text, background), 0, 'f', 2);
}

// A dark palette as Breeze Dark and similar desktop themes give.
inline QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x20, 0x23, 0x26);
    const QColor text(0xfc, 0xfc, 0xfc);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4b));
    dark.setColor(QPalette::Midlight, QColor(0x35, 0x39, 0x3e));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    dark.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x13));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x73, 0x78));
    return dark;
}

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    // Layouts settle on the next turn of the event loop, as they would before a screen update.
    QCoreApplication::sendPostedEvents();
    return widget->grab().save(testArtifactPath(name));
}
