// SPDX-License-Identifier: MIT
#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::backoffDelayMs(int retry, QRandomGenerator& rng) const
{
    if (baseDelayMs <= 0 || maxDelayMs <= 0)
        return 0;
    // Cap the exponent: 2^30 times any positive base is already past every sensible cap, and
    // the 64-bit product cannot overflow.
    const int exponent = std::clamp(retry - 1, 0, 30);
    const qint64 uncapped = qint64(baseDelayMs) << exponent;
    const auto ceiling = int(std::min<qint64>(uncapped, maxDelayMs));
    return int(rng.bounded(quint32(ceiling) + 1));
}
