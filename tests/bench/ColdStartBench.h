// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

// Figure 7: `casecalls --demo` from process start to the main window's first paint, offscreen,
// with the page cache warm, and its peak RSS by then. Timed by FirstPaintProbe, preloaded.
class ColdStartBench {
public:
    static void run(const BenchOptions& options, Report& report);
};
