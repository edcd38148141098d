// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmatrixdelegate.h"

#include "accesscolors.h"

#include "access/accessmatrixmodel.h"

#include <QPainter>
#include <QPainterPath>

void AccessMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const quint8 cell = quint8(index.data(AccessMatrixModel::CellRole).toInt());
    const QPalette &palette = option.palette;
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    painter->save();
    const QColor fill = AccessColors::forCell(cell, palette);
    if (fill.isValid())
        painter->fillRect(r, fill);
    if ((cell & AccessMatrix::ViaGroup) && (cell & AccessMatrix::DirectMask)) {
        // Direct and through a group: the group's mark in the corner.
        QPainterPath corner;
        const int size = std::max(4, r.height() / 2);
        corner.moveTo(r.topRight());
        corner.lineTo(r.topRight() + QPoint(-size, 0));
        corner.lineTo(r.topRight() + QPoint(0, size));
        corner.closeSubpath();
        painter->fillPath(corner, palette.color(QPalette::Text));
    } else if (cell & AccessMatrix::ViaGroup) {
        painter->setPen(QPen(palette.color(QPalette::Text), 1));
        const QPoint c = r.center();
        painter->setBrush(palette.color(QPalette::Text));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawEllipse(c, 2, 2);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize AccessMatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = option.fontMetrics.height() + 4;
    return {side, side};
}
