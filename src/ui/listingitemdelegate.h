// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a listing's cells as QStyledItemDelegate does, with the style's panel, selection and
// focus frame and the palette's colours, but keeps each cell's laid-out text (elided to the
// column's width) between paints. QStyledItemDelegate lays out and shapes every cell's text on
// every paint, twice (once to measure it): two thirds of painting a screen of rows, which a
// table that loads, scrolls or filters repaints many times a second. Cells it does not handle
// the same way (an icon, a check box, several lines, right-to-left) are left to
// QStyledItemDelegate.
class ListingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ListingItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Line
    {
        QStaticText text; // elided to the width
        int height = 0;   // of the whole text's line, which places it (a fallback font may be taller)
    };
    const Line &laidOut(const QStyleOptionViewItem &option, int width) const;

    // Screens of cells at a few column widths.
    mutable QCache<QString, Line> m_lines{4096};
};
