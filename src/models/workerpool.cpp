// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
constexpr int BackgroundNice = 10;
} // namespace

QThreadPool *WorkerPool::instance()
{
    // As many threads as the global pool: the work is CPU-bound. Deleted at exit, after it has
    // waited for any work still running.
    static QThreadPool pool;
    return &pool;
}

void WorkerPool::lowerThisThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux applies a nice value to the one thread named: raising it needs no privilege.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), BackgroundNice);
#endif
}
