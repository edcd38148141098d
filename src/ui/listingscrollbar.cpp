// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingscrollbar.h"

#include <QStyleOptionSlider>

ListingScrollBar::ListingScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

ListingScrollBar::Look ListingScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    Look look;
    look.slider = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    look.atMinimum = option.sliderValue == option.minimum;
    look.atMaximum = option.sliderValue == option.maximum;
    look.state = option.state;
    return look;
}

void ListingScrollBar::sliderChange(SliderChange change)
{
    // A new value always repaints (the slider moved, or it is being dragged); a new range or
    // page step only when the slider or the arrows look different for it.
    if (change != SliderValueChange && change != SliderOrientationChange && m_painted && look() == *m_painted)
        return;
    QScrollBar::sliderChange(change);
}

void ListingScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    QScrollBar::paintEvent(event);
}
