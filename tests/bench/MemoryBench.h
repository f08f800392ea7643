// SPDX-License-Identifier: MIT
#pragma once

#include "BenchOptions.h"
#include "Report.h"
#include "ServerAddress.h"

#include <QString>

#include <optional>

class CallsTableModel;

// Figure 5: resident memory added by loading a case, per byte of the JSON the calls came in.
// Each load runs in a fresh child process (this executable with --child-memory), so earlier
// figures' heap does not blur the reading.
class MemoryBench {
public:
    struct Reading {
        double ratio = 0; // RSS growth / JSON bytes
        qint64 rssGrowth = 0;
        qint64 jsonBytes = 0;
        int calls = 0;
        QString breakdown; // what the bytes of one call are, averaged (see bytesPerCall())
    };

    static void run(const BenchOptions& options, Report& report);
    // Loads the case in a child process; withSearchIndex adds the filter proxy and its index.
    static std::optional<Reading> measure(const ServerAddress& server, bool withSearchIndex);
    // The child's side: reads the server from the environment, prints one result line.
    static int runChild(bool withSearchIndex);

private:
    // Payload bytes per loaded call by kind (string data only, no allocator overhead).
    static QString bytesPerCall(const CallsTableModel& model);
};
