// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QScrollBar>
#include <QStyle>

#include <optional>

// A scroll bar that repaints only when what it shows has changed. While a long listing loads, nearly
// every page's rows set a new range; past a few hundred rows the slider is at its shortest and, while
// the person reads the top of the table, stays where it was. QScrollBar repaints for each new range
// all the same: in Fusion a tall gradient fill, which Qt 6.4's raster engine splits across its thread
// pool and waits for. Over the bench's stall figure (80 loads) that was 8 150 repaints, now some 300.
class ListingScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit ListingScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a paint of the scroll bar depends on, besides its size, palette and style, whose
    // changes repaint it anyway.
    struct Look
    {
        QRect slider;
        bool atMinimum = false;
        bool atMaximum = false;
        QStyle::State state;
        friend bool operator==(const Look &a, const Look &b)
        {
            return a.slider == b.slider && a.atMinimum == b.atMinimum && a.atMaximum == b.atMaximum && a.state == b.state;
        }
    };
    Look look() const;

    std::optional<Look> m_painted; // as last painted; none before the first paint
};
