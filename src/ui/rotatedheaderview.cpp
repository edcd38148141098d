// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatedheaderview.h"

#include <QPainter>

namespace {
constexpr int MaxTitleChars = 24;
}

RotatedHeaderView::RotatedHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionResizeMode(QHeaderView::Fixed);
    setHighlightSections(true);
}

void RotatedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    const QString title = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    painter->save();
    // The header's clip does not survive the rotation in the raster engine (nothing is drawn);
    // the text is elided to the section's height, so it stays inside the section without it.
    painter->setClipping(false);
    painter->translate(rect.left() + (rect.width() + fontMetrics().ascent() - fontMetrics().descent()) / 2,
                       rect.bottom() - 4);
    painter->rotate(-90);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(0, 0, fontMetrics().elidedText(title, Qt::ElideRight, rect.height() - 8));
    painter->restore();
}

QSize RotatedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(fontMetrics().averageCharWidth() * MaxTitleChars + 8);
    return size;
}
