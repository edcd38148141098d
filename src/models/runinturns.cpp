// SPDX-License-Identifier: GPL-3.0-or-later
#include "runinturns.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace {

// A quarter of a millisecond: the event loop runs such a turn back to back with a page's rows
// and a paint, so its length adds to the longest stall. While a reload freed 100 000 rows (some
// 400 steps), that stall was 2.96 and 3.24 ms with half a millisecond a turn, 2.02 and 2.23 ms with
// a quarter, in alternating runs of the bench's figure 10.
constexpr qint64 TurnNs = 250000;

struct Work
{
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<bool()> step;
};

struct Turns
{
    std::deque<Work> queue;
    bool scheduled = false;
};

thread_local Turns t_turns;

void scheduleTurn();

void runTurn()
{
    Turns &turns = t_turns;
    turns.scheduled = false;
    QElapsedTimer turn;
    turn.start();
    while (!turns.queue.empty() && turn.nsecsElapsed() < TurnNs) {
        Work &work = turns.queue.front();
        if ((work.hasContext && !work.context) || !work.step())
            turns.queue.pop_front();
    }
    if (!turns.queue.empty())
        scheduleTurn();
}

void scheduleTurn()
{
    if (std::exchange(t_turns.scheduled, true))
        return;
    QTimer::singleShot(0, [] { runTurn(); });
}

} // namespace

void runInTurns(const QObject *context, std::function<bool()> step)
{
    // The context is only watched, never used: the pointer's constness is not its concern.
    t_turns.queue.push_back({QPointer<QObject>(const_cast<QObject *>(context)), context != nullptr, std::move(step)});
    scheduleTurn();
}
