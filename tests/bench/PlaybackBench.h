// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"

// Figure 6: selecting a call until its audio position passes 0, for a ~10-minute MP3 served at
// 50 ms latency, through the app's own path: PlayerPane::showCall() and play() with a
// RecordingFetcher (download to the recording cache, then QMediaPlayer on the file; the player
// is created lazily by the pane, so its cost is inside the figure).
class PlaybackBench {
public:
    static void run(const BenchOptions& options, Report& report);
};
