// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>

int RetryPolicy::delayBeforeAttempt(int nextAttempt, const ApiError &error, double jitter) const
{
    if (!error.isRetryable() || nextAttempt > maxAttempts)
        return -1;
    if (error.retryAfterSeconds() >= 0) {
        const qint64 asked = qint64(error.retryAfterSeconds()) * 1000;
        return asked > maxRetryAfterMs ? -1 : int(asked);
    }
    const int exponent = std::min(nextAttempt - 2, 16);
    const int backoff = std::min(maxDelayMs, baseDelayMs << exponent);
    // "Equal jitter": half the backoff fixed, half random.
    return backoff / 2 + int(backoff / 2 * std::clamp(jitter, 0.0, 1.0));
}
