// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

// Figure 1: opening the sample case, from the first response's last byte to the first page in
// the model and to the first rows painted, at 0 and 50 ms server latency.
class FirstPageBench {
public:
    static void run(const BenchOptions& options, Report& report);
};
