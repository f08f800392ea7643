// SPDX-License-Identifier: MIT
#pragma once

// The retries one ApiClient may still spend, shared by all of its requests. Every retry takes
// one token; every successful request puts back a fraction of one, up to the capacity. When
// the server is down, a walk through hundreds of pages then stops retrying after a handful of
// failures instead of multiplying the load by maxAttempts (a "retry storm"). Rate-limit waits
// (429) do not use it: they follow the server's own pacing. GUI thread only.
class RetryBudget {
public:
    explicit RetryBudget(int capacity = 10, double refillPerSuccess = 0.2);

    // Starts over full with a new size.
    void reset(int capacity, double refillPerSuccess);
    // Takes one retry; false (and nothing taken) when less than one is left.
    bool tryWithdraw();
    void recordSuccess();
    double available() const { return m_available; }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    double m_refillPerSuccess;
    double m_available;
};
