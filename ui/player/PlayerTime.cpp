// SPDX-License-Identifier: MIT
#include "PlayerTime.h"

#include "CallFormatter.h"

#include <climits>

QString PlayerTime::clock(qint64 ms)
{
    // One formatter for every duration on screen, so the player and the detail header agree.
    return CallFormatter::duration(int(qMin<qint64>(qMax<qint64>(0, ms) / 1000, INT_MAX)));
}

QString PlayerTime::ofTotal(qint64 positionMs, qint64 durationMs)
{
    if (durationMs <= 0)
        return clock(positionMs);
    return tr("%1 of %2").arg(clock(positionMs), clock(durationMs));
}
