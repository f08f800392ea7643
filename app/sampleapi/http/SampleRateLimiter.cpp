// SPDX-License-Identifier: MIT
#include "SampleRateLimiter.h"

SampleRateLimiter::SampleRateLimiter(int perMinute) : m_limit(qMax(1, perMinute)) { }

SampleRateLimiter::State SampleRateLimiter::take(const QDateTime& now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    if (seconds >= m_windowEnd) {
        m_windowEnd = seconds + 60;
        m_used = 0;
    }
    ++m_used;
    return {m_used <= m_limit, m_limit, qMax(0, m_limit - m_used), m_windowEnd};
}
