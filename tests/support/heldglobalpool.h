// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>

// Every thread of QThreadPool::globalInstance() kept busy for this object's lifetime. Qt 6.4's
// raster engine paints tall fills there and waits for them; Roster's own work runs on WorkerPool,
// so that it never stands between a paint and those threads. Work that still finishes while
// this is held did not use Qt's pool.
class HeldGlobalPool
{
public:
    HeldGlobalPool();
    ~HeldGlobalPool();
    HeldGlobalPool(const HeldGlobalPool &) = delete;
    HeldGlobalPool &operator=(const HeldGlobalPool &) = delete;

private:
    int m_threads = 0;
    QSemaphore m_release;
};
