// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// Times as the player shows and speaks them.
class PlayerTime {
    Q_DECLARE_TR_FUNCTIONS(PlayerTime)
public:
    // "0:07", "3:12", "1:02:03"; negative values count as 0.
    static QString clock(qint64 ms);
    // "3:12 of 14:05" (for screen readers and tooltips); "3:12" when the total is unknown.
    static QString ofTotal(qint64 positionMs, qint64 durationMs);
};
