// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

#include <time.h>

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

qint64 StallMeter::threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = std::max(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    const qint64 cpu = threadCpuNs();
    m_longestCpuNs = std::max(m_longestCpuNs, cpu - m_lastCpuNs);
    m_lastCpuNs = cpu;
}

void StallMeter::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_longestNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_longestCpuNs = 0;
    m_timer.start();
}

double StallMeter::stop()
{
    // The turn still running counts too.
    tick();
    m_timer.stop();
    return m_longestNs / 1e6;
}
