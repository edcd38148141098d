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

QThreadPool *WorkerPool::pageReaders()
{
    // At least two, even on one core: a page asked for ahead can then be read while the one
    // before it still is, and listings that load side by side do not queue behind each other.
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(sized);
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
    // steps above the main thread's (whose id is the process's), not the thread's own: a thread
    // that another worker started took that worker's raised value.
    const id_t thread = id_t(syscall(SYS_gettid));
    errno = 0;
    const int target = std::min(MaxNice, getpriority(PRIO_PROCESS, id_t(getpid())) + BackgroundNice);
    const int own = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && own < target)
        setpriority(PRIO_PROCESS, thread, target);
#endif
}
