// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_lastNs);
        m_lastNs = now;
    });
}

void StallMeter::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_longestNs = 0;
    m_timer.start();
}

double StallMeter::stop()
{
    m_timer.stop();
    // The turn still running counts too.
    return std::max(m_longestNs, m_clock.nsecsElapsed() - m_lastNs) / 1e6;
}
