// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

// Fixed one-minute windows of the API's request budget, for the X-RateLimit-* headers.
class SampleRateLimiter {
public:
    struct State {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetUnix = 0; // when the current window ends
    };

    explicit SampleRateLimiter(int perMinute);
    State take(const QDateTime& now); // counts one request

private:
    int m_limit;
    qint64 m_windowEnd = 0;
    int m_used = 0;
};
