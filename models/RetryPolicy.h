// SPDX-License-Identifier: MIT
#pragma once

class QRandomGenerator;

// How hard one logical API request tries before it gives up. Small delays in tests, the
// defaults in the app.
struct RetryPolicy {
    int maxAttempts = 3; // for idempotent GETs, including the first
    int baseDelayMs = 500; // full-jitter exponential: delay = rand(0, min(cap, base*2^n))
    int maxDelayMs = 20000;
    int transferTimeoutMs = 30000; // QNetworkRequest::setTransferTimeout: silence limit
    int overallDeadlineMs = 120000; // whole attempt, catches servers that trickle bytes
    int maxRateLimitWaitSeconds = 60; // a 429 asking longer than this is surfaced, not slept
    int maxRateLimitWaits = 5; // 429 waits per logical request (429s don't use up maxAttempts)

    // The delay before retry number `retry` (1-based), jittered with `rng`: uniformly drawn
    // from [0, min(maxDelayMs, baseDelayMs * 2^(retry - 1))]. Full jitter spreads the retries of
    // many clients that failed at the same moment.
    int backoffDelayMs(int retry, QRandomGenerator& rng) const;

    friend bool operator==(const RetryPolicy&, const RetryPolicy&) = default;
};
