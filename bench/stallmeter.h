// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

// The longest time between two turns of the GUI thread's event loop, from a 1 ms timer.
class StallMeter
{
public:
    StallMeter();
    void start();
    // The longest stall since start(), in milliseconds.
    double stop();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};
