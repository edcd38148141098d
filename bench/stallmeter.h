// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

// The longest time between two turns of the GUI thread's event loop, from a 1 ms timer; and,
// beside it, the most CPU time the thread spent between two turns, which a machine busy with
// other work does not inflate (a stall there is the thread's own work, not waiting for a core).
class StallMeter
{
public:
    StallMeter();
    void start();
    // The longest stall since start(), in milliseconds.
    double stop();
    // The most CPU time between two turns up to stop(), in milliseconds.
    double longestCpuMs() const { return m_longestCpuNs / 1e6; }

private:
    static qint64 threadCpuNs();
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestCpuNs = 0;
};
