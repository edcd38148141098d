// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
constexpr int BackgroundNice = 10;
constexpr int MaxNice = 19;
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
    // Linux applies a nice value to the one thread named; raising it needs no privilege. Ten
    // steps above the thread's own, which it took from the thread that started it.
    const id_t thread = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(MaxNice, nice + BackgroundNice));
#endif
}
