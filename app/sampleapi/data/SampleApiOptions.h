// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How the sample API server generates its case and behaves; fixed for a server's lifetime
// except latencyMs (SampleApiServer::setLatencyMs).
struct SampleApiOptions {
    quint32 seed = 20251107; // same seed → byte-identical case data
    int callCount = 140; // calls in the sample case
    // 0: natural length (~15 B per second of call); >0: each completed call's transcript is
    // padded/trimmed to about this many bytes.
    int transcriptBytes = 0;
    int latencyMs = 0; // added before every response, on a timer (never blocks the event loop)
    QString token = QStringLiteral("sample-token");
    // The ringing/in_progress calls complete this many seconds after the server starts; their
    // transcript and summary arrive ~10 s after that.
    int liveCallSeconds = 45;
    int rateLimitPerMinute = 600; // X-RateLimit-* bookkeeping; 429 when exceeded
    // The moment the case's history leads up to: its calls were made in the weeks before, the
    // live ones just before. Fixed by default, so the case is byte-identical from run to run;
    // the current time makes it look recent (demo mode, the standalone server).
    QDateTime anchor = QDateTime(QDate(2025, 11, 7), QTime(17, 30), QTimeZone::utc());
};
