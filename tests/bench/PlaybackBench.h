// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

// Figure 6: selecting a call until its audio position passes 0, for a ~10-minute MP3 served at
// 50 ms latency. Uses a plain QMediaPlayer fed from a QBuffer of the recording fetched with the
// token (ApiClient::makeRequest): the app's player is not in the tree yet.
class PlaybackBench {
public:
    static void run(const BenchOptions& options, Report& report);
};
