// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QThreadPool;

// The threads that Roster's own background work runs on: reading pages, ranking and filtering
// rows, formatting an export, building the organization's access, reading the store. They are
// kept apart from QThreadPool::globalInstance() because Qt 6.4's raster paint engine splits a
// tall fill (a scroll bar's groove, a header's lines) across the global pool and waits for it: a
// paint queued there behind a ranking of 100 000 names held the window for as long as the
// ranking ran.
class WorkerPool
{
public:
    static QThreadPool *instance();
    // The threads that read pages as they arrive (parse them, build their rows). They are apart
    // from instance() so that a page never waits behind a ranking of 100 000 names: the load
    // would stall for as long as the ranking ran.
    static QThreadPool *pageReaders();

    // The pool's counterparts of QtConcurrent::run(), QFuture::then(), QtConcurrent::map() and
    // blockingMap(): each piece of work first puts the thread it runs on below the GUI thread,
    // once a thread. On Linux that is a nice value 10 above the main thread's and a longer time
    // slice than the GUI thread's (QThread's priorities do not reach Linux's default scheduler,
    // and QThreadPool has no hook for a thread it starts). With every core on this work, the
    // window's thread woken by an event then takes a core at once: with two threads busy on two
    // cores, a 1 ms timer's longest wait went from 6.0 to 2.5 ms with the nice value; with the
    // slice too, while the window's thread worked in bursts of up to 3 ms, from 4.2 and 4.3 ms to
    // 0.5 and 0.9 ms. The GUI thread, which runs a piece of work it waits for when no worker has
    // taken it yet, is left as it is.
    template<typename Work>
    static auto run(Work &&work)
    {
        return runOn(instance(), std::forward<Work>(work));
    }
    template<typename Work>
    static auto readPage(Work &&work)
    {
        return runOn(pageReaders(), std::forward<Work>(work));
    }
    template<typename T, typename Work>
    static auto then(QFuture<T> future, Work &&work)
    {
        return future.then(instance(), [work = std::forward<Work>(work)](QFuture<T> done) mutable {
            lowerThisThread();
            return work(std::move(done));
        });
    }
    // The sequence must outlive the future: it is worked on in place.
    template<typename Sequence, typename Work>
    static QFuture<void> map(Sequence &sequence, Work work)
    {
        return QtConcurrent::map(instance(), sequence, lowered(std::move(work)));
    }
    template<typename Sequence, typename Work>
    static void blockingMap(Sequence &&sequence, Work work)
    {
        QtConcurrent::blockingMap(instance(), std::forward<Sequence>(sequence), lowered(std::move(work)));
    }

private:
    template<typename Work>
    static auto runOn(QThreadPool *pool, Work &&work)
    {
        return QtConcurrent::run(pool, [work = std::forward<Work>(work)]() mutable {
            lowerThisThread();
            return work();
        });
    }
    template<typename Work>
    static auto lowered(Work work)
    {
        return [work = std::move(work)](auto &item) {
            lowerThisThread();
            work(item);
        };
    }
    static void lowerThisThread();
};
