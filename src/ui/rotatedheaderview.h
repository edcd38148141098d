// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

// A horizontal header whose titles run upwards, so hundreds of narrow columns (the access
// matrix's projects) each show their name.
class RotatedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit RotatedHeaderView(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sizeHint() const override;
};
