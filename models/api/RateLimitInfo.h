// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

// When a rate-limited (429) request may be sent again, read from the response's headers.
class RateLimitInfo {
public:
    // `retryAfter` is Retry-After (delay seconds or an HTTP date), `reset` is X-RateLimit-Reset
    // (Unix seconds). Retry-After wins when both are usable, as the API's README asks. Returns an
    // invalid QDateTime when neither header says anything usable.
    static QDateTime retryAt(const QByteArray& retryAfter, const QByteArray& reset,
                             const QDateTime& nowUtc);

private:
    static QDateTime parseHttpDate(const QByteArray& value);
};
