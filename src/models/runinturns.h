// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

// Long work that need not be done at once (letting go of a big table) without holding the window:
// calls `step` from the event loop's next turn on, for about `turnNs` a turn, until it returns false
// (nothing left). Stops early if `context` (when given) is destroyed; runs on the calling thread.
void runInTurns(const QObject *context, std::function<bool()> step, qint64 turnNs = 1000000);
