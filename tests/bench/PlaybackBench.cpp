// SPDX-License-Identifier: MIT
#include "PlaybackBench.h"

#include "ClientStack.h"
#include "Clock.h"
#include "PlayerPane.h"
#include "RecordingFetcher.h"
#include "SampleServerProcess.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWantedSeconds = 600;
constexpr int kPollMs = 5;

QByteArray contentTypeOf(ClientStack& stack, const QUrl& url)
{
    QNetworkRequest request = stack.client().makeRequest(url);
    request.setRawHeader("Range", "bytes=0-15");
    QNetworkReply* reply = stack.network().get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->rawHeader("Content-Type");
}

// The API-hosted MP3 recording whose length is nearest to ten minutes.
const Call* pickRecording(ClientStack& stack)
{
    QList<const Call*> candidates;
    for (int row = 0; row < stack.model().rowCount(); ++row) {
        const Call* call = stack.model().callAt(row);
        if (call->hasRecording() && call->recordingDurationSeconds
            && stack.client().isApiOrigin(QUrl(call->recordingUrl)))
            candidates.append(call);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Call* a, const Call* b) {
        return std::abs(*a->recordingDurationSeconds - kWantedSeconds)
            < std::abs(*b->recordingDurationSeconds - kWantedSeconds);
    });
    for (const Call* call : std::as_const(candidates)) {
        if (contentTypeOf(stack, QUrl(call->recordingUrl)).contains("mpeg"))
            return call;
    }
    return nullptr;
}

// Milliseconds from selecting the call (showCall + play, as a click on Play does) to
// position() > 0, polled every kPollMs; -1 on failure.
double measureOnce(PlayerPane& pane, const Call& call)
{
    const double start = monotonicMs();
    pane.showCall(call);
    pane.play();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pane.position() > 0 || pane.state() == PlayerPane::State::Failed
            || pane.state() == PlayerPane::State::Unavailable || monotonicMs() - start > 15000)
            loop.quit();
    });
    poll.start(kPollMs);
    loop.exec();
    const double elapsed = monotonicMs() - start;
    const bool playing = pane.position() > 0;
    pane.clear();
    return playing ? elapsed : -1;
}
} // namespace

void PlaybackBench::run(const BenchOptions& options, Report& report)
{
    Figure start {
        u"playback_start_ms"_s, u"6 select call -> audio position > 0"_s, u"ms"_s, 150, {}, {}};
    Figure cached {u"playback_cached_ms"_s,
                   u"6 the same, recording already in the cache"_s,
                   u"ms"_s,
                   0,
                   {},
                   {}};
    SampleServerProcess server;
    if (!server.start({u"--latency-ms"_s, u"50"_s, u"--live-call-seconds"_s, u"100000"_s})) {
        start.note = server.errorString();
        report.add(start);
        return;
    }
    ClientStack stack(server.address(), ClientStack::Layers::ModelOnly);
    const Call* call = stack.loadAll() ? pickRecording(stack) : nullptr;
    if (!call) {
        start.note = u"no API-hosted MP3 recording in the sample case"_s;
        report.add(start);
        return;
    }
    for (int run = 0; run <= options.runs; ++run) {
        // A fresh cache and pane each run: the download and the player's creation are timed.
        QTemporaryDir cacheDir;
        RecordingFetcher fetcher(&stack.client(), &stack.network(), cacheDir.path());
        fetcher.setCaseId(stack.model().caseId());
        PlayerPane pane;
        pane.setRecordingFetcher(&fetcher);
        const double ms = measureOnce(pane, *call);
        const double again = measureOnce(pane, *call);
        if (run == 0) // warm-up: GStreamer's plugin registry, the decoder's first load
            continue;
        if (ms >= 0)
            start.samples.append(ms);
        if (again >= 0)
            cached.samples.append(again);
    }
    start.note = u"%1 s MP3; PlayerPane::showCall + play with a RecordingFetcher (fresh cache and "
                 "pane each run: download, lazy QMediaPlayer, file source), as the app plays; "
                 "position polled every %2 ms"_s.arg(*call->recordingDurationSeconds)
                     .arg(kPollMs);
    report.add(start);
    report.add(cached);
}
