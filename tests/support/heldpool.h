// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QSemaphore>

class QThreadPool;

// Every thread of a pool kept busy for this object's lifetime, or until letGo(). Held, Qt's
// global pool shows that work finishing meanwhile did not use it (Qt 6.4's raster engine paints
// tall fills there and waits for them; Roster's own work runs on WorkerPool); held, WorkerPool
// makes the GUI thread's events come while a piece of work is queued.
class HeldPool
{
public:
    // The threads are let go after `atMostMs` even if this still stands, so that work which
    // waits for them (wrongly) ends and its test fails, instead of hanging.
    explicit HeldPool(QThreadPool *pool, int atMostMs = 20000);
    ~HeldPool();
    HeldPool(const HeldPool &) = delete;
    HeldPool &operator=(const HeldPool &) = delete;

    // Lets the threads go now; from any thread, once.
    void letGo();
    // False once a thread was let go because `atMostMs` passed.
    bool isHeld() const { return m_timedOut.loadAcquire() == 0; }

private:
    QThreadPool *m_pool = nullptr;
    int m_threads = 0;
    QSemaphore m_release;
    QAtomicInt m_letGo;
    QAtomicInt m_timedOut;
};
