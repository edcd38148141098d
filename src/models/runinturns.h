// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

// Long work that need not be done at once (letting go of a big table) without holding the window:
// calls `step` from the event loop's next turn on, until it returns false (nothing left). Stops
// early if `context` (when given) is destroyed; runs on the calling thread. All such work on a
// thread shares one budget of a quarter millisecond a turn, first come first served: a reload that
// frees a table's rows and its sorted names at once holds a turn no longer than either would.
void runInTurns(const QObject *context, std::function<bool()> step);
