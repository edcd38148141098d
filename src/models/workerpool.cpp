// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QThreadPool>

QThreadPool *WorkerPool::instance()
{
    // As many threads as the global pool: the work is CPU-bound. Deleted at exit, after it has
    // waited for any work still running.
    static QThreadPool pool;
    return &pool;
}
