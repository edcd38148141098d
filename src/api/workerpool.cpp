// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
constexpr int BackgroundNice = 10;
constexpr int MaxNice = 19;
#ifdef Q_OS_LINUX
// Longer than any slice Linux gives a thread by default: its base slice, under a millisecond, times
// one plus the log2 of the cores up to 8, so a few ms at most (1.4 ms on a 2-core Linux 6.18).
constexpr quint64 BackgroundSliceNs = 10'000'000;

// The kernel's struct sched_attr as of Linux 3.14 (its first size); glibc 2.36 declares neither
// the struct nor sched_setattr(), and <linux/sched/types.h> clashes with <sched.h>.
struct SchedAttr
{
    quint32 size;
    quint32 policy;
    quint64 flags;
    qint32 nice;
    quint32 priority;
    quint64 runtime;
    quint64 deadline;
    quint64 period;
};
#endif
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
    if (errno != 0)
        return;
    // A nice value alone is not enough since Linux 6.6: a running thread keeps the core until its
    // time slice ends, unless the thread woken asks for a shorter slice than it has. With both
    // cores on workers, the window's thread woken by a worker's result waited for the scheduler's
    // next tick: 3.0 to 4.7 ms of the keystroke's longest stalls at 100 000 rows were that wait.
    // A slice longer than the window thread's lets it in at once, whatever nice value the thread
    // already had (lowering that would take a privilege). Kernels before 6.12 take the nice value
    // and ignore the slice.
    SchedAttr attr{};
    attr.size = sizeof attr;
    attr.policy = SCHED_OTHER;
    attr.nice = std::max(own, target);
    attr.runtime = BackgroundSliceNs;
    if (syscall(SYS_sched_setattr, thread, &attr, 0) != 0 && own < target)
        setpriority(PRIO_PROCESS, thread, target);
#endif
}
