// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

// Figures 2, 3 and 4: a full load of 10 000 calls against the raw floors (QNetworkAccessManager
// and curl, same URLs, same run), the longest GUI-thread stall during it (also with 50 KB
// transcripts), and search-as-you-type over the loaded calls.
class FullLoadBench {
public:
    static void run(const BenchOptions& options, Report& report);
};
