// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

#include <QList>

// Figure 8: full-load time (2), search keystroke (4, filter proxy alone) and memory (5) at 1 000,
// 10 000 and 50 000 calls, each summarised as the exponent k of cost ∝ calls^k (least squares on
// log-log).
class ScalingBench {
public:
    static void run(const BenchOptions& options, Report& report);
    // The least-squares slope of log(cost) over log(size).
    static double exponent(const QList<double>& sizes, const QList<double>& costs);
};
