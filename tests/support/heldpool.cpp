// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldpool.h"

#include <QThreadPool>

HeldPool::HeldPool(QThreadPool *pool, int atMostMs)
    : m_pool(pool), m_threads(pool->maxThreadCount())
{
    QSemaphore started;
    for (int i = 0; i < m_threads; ++i) {
        pool->start([this, &started, atMostMs] {
            started.release();
            if (!m_release.tryAcquire(1, atMostMs))
                m_timedOut.ref();
        });
    }
    started.acquire(m_threads); // each task holds a thread of its own
}

HeldPool::~HeldPool()
{
    letGo();
    m_pool->waitForDone();
}

void HeldPool::letGo()
{
    if (m_letGo.testAndSetOrdered(0, 1))
        m_release.release(m_threads);
}
