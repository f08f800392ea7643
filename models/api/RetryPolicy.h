// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QRandomGenerator;

// How hard one logical API request tries before it gives up. Small delays in tests, the
// defaults in the app.
struct RetryPolicy {
    int maxAttempts = 3; // for idempotent GETs, including the first
    int baseDelayMs = 500; // full-jitter exponential: delay = rand(0, min(cap, base*2^n))
    int maxDelayMs = 20000;
    int transferTimeoutMs = 30000; // inactivity: no byte for this long aborts the attempt
    int overallDeadlineMs = 120000; // per attempt, catches servers that trickle bytes
    int maxRedirects = 5; // same-origin API redirects followed per attempt
    int maxRateLimitWaitSeconds = 60; // a 429 asking longer than this is surfaced, not slept
    int maxRateLimitWaits = 5; // 429 waits per logical request (429s don't use up maxAttempts)
    // Client-wide: retries every request together may spend (see RetryBudget); each success
    // earns back budgetRefillPerSuccess. Keeps a paging run from turning into a retry storm.
    int retryBudget = 10;
    double budgetRefillPerSuccess = 0.2;
    // Bodies larger than this are aborted while they arrive, before any parsing (a page of the
    // largest per_page is a few MiB).
    qint64 maxResponseBytes = 32LL * 1024 * 1024;

    // The delay before retry number `retry` (1-based), jittered with `rng`: uniformly drawn
    // from [0, min(maxDelayMs, baseDelayMs * 2^(retry - 1))]. Full jitter spreads the retries of
    // many clients that failed at the same moment.
    int backoffDelayMs(int retry, QRandomGenerator& rng) const;

    friend bool operator==(const RetryPolicy&, const RetryPolicy&) = default;
};
