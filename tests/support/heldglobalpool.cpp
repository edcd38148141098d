// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldglobalpool.h"

#include <QThreadPool>

HeldGlobalPool::HeldGlobalPool(int atMostMs)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    m_threads = pool->maxThreadCount();
    QSemaphore started;
    for (int i = 0; i < m_threads; ++i) {
        pool->start([this, &started, atMostMs] {
            started.release();
            if (!m_release.tryAcquire(1, atMostMs))
                m_letGo.ref();
        });
    }
    started.acquire(m_threads); // each task holds a thread of its own
}

HeldGlobalPool::~HeldGlobalPool()
{
    m_release.release(m_threads);
    QThreadPool::globalInstance()->waitForDone();
}
