// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

// How often and how patiently a failed request is tried again.
// Only what can succeed on retry is retried: 429, 5xx, timeouts, dropped connections.
struct RetryPolicy
{
    int maxAttempts = 4;        // the first try included
    int baseDelayMs = 500;      // doubled on each retry
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a longer Retry-After is not waited for: the error is shown

    // Delay before attempt `nextAttempt` (2 for the first retry), or -1 for "give up".
    // `jitter` in [0, 1) spreads clients that failed together.
    int delayBeforeAttempt(int nextAttempt, const ApiError &error, double jitter) const;
};
