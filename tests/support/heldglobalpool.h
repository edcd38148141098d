// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QSemaphore>

// Every thread of QThreadPool::globalInstance() kept busy for this object's lifetime. Qt 6.4's
// raster engine paints tall fills there and waits for them; Roster's own work runs on WorkerPool,
// so that it never stands between a paint and those threads. Work that still finishes while
// this is held did not use Qt's pool.
class HeldGlobalPool
{
public:
    // The threads are let go after `atMostMs` even if this still stands, so that work which
    // waits for them (wrongly) ends and its test fails, instead of hanging.
    explicit HeldGlobalPool(int atMostMs = 20000);
    ~HeldGlobalPool();
    HeldGlobalPool(const HeldGlobalPool &) = delete;
    HeldGlobalPool &operator=(const HeldGlobalPool &) = delete;

    // False once a thread was let go because `atMostMs` passed.
    bool isHeld() const { return m_letGo.loadAcquire() == 0; }

private:
    int m_threads = 0;
    QSemaphore m_release;
    QAtomicInt m_letGo;
};
