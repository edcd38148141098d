// SPDX-License-Identifier: GPL-3.0-or-later
#include "runinturns.h"

#include <QElapsedTimer>
#include <QTimer>

void runInTurns(const QObject *context, std::function<bool()> step, qint64 turnNs)
{
    QTimer::singleShot(0, context, [context, step = std::move(step), turnNs]() mutable {
        QElapsedTimer turn;
        turn.start();
        while (turn.nsecsElapsed() < turnNs) {
            if (!step())
                return;
        }
        runInTurns(context, std::move(step), turnNs);
    });
}
