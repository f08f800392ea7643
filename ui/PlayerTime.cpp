// SPDX-License-Identifier: MIT
#include "PlayerTime.h"

using namespace Qt::StringLiterals;

QString PlayerTime::clock(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = u"%1:%2"_s.arg(hours > 0 ? (seconds / 60) % 60 : seconds / 60)
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours == 0)
        return minutesSeconds;
    return u"%1:%2"_s.arg(hours).arg(minutesSeconds.rightJustified(5, QLatin1Char('0')));
}

QString PlayerTime::ofTotal(qint64 positionMs, qint64 durationMs)
{
    if (durationMs <= 0)
        return clock(positionMs);
    return tr("%1 of %2").arg(clock(positionMs), clock(durationMs));
}
