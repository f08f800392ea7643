// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class CallsTableModel;
class MainWindow;

// --check-playback: once the first page is in, selects the first call with a recording, plays
// it through the window's player (fetch, cache, Qt Multimedia with the backend Qt chooses) and
// quits with 0 once the position has passed `targetMs`, or with 1 and the reason after
// `timeoutMs`. Answers "does this machine play recordings?" without anyone listening.
void checkPlaybackWhenLoaded(MainWindow* window, CallsTableModel* calls, int targetMs = 1500,
                             int timeoutMs = 30000);
