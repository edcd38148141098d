// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

// The threads that Roster's own background work runs on: ranking and filtering rows, formatting
// an export, building the organization's access, reading the store. They are kept apart from
// QThreadPool::globalInstance() because Qt 6.4's raster paint engine splits a tall fill (a scroll
// bar's groove, a header's lines) across the global pool and waits for it: a paint queued there
// behind a ranking of 100 000 names held the window for as long as the ranking ran.
class WorkerPool
{
public:
    static QThreadPool *instance();
};
