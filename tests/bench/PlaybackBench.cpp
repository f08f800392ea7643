// SPDX-License-Identifier: MIT
#include "PlaybackBench.h"

#include "ClientStack.h"
#include "Clock.h"
#include "SampleServerProcess.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QEventLoop>
#include <QMediaPlayer>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWantedSeconds = 600;
constexpr int kPollMs = 5;

QByteArray fetch(ClientStack& stack, const QUrl& url, QByteArray* contentType = nullptr)
{
    QNetworkReply* reply = stack.network().get(stack.client().makeRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (contentType)
        *contentType = reply->rawHeader("Content-Type");
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
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
        QByteArray type;
        fetch(stack, QUrl(call->recordingUrl), &type);
        if (type.contains("mpeg"))
            return call;
    }
    return nullptr;
}

// Milliseconds from "select" (the request) to position() > 0; -1 on failure.
double measureOnce(ClientStack& stack, const QUrl& url, QMediaPlayer& player)
{
    const double start = monotonicMs();
    const QByteArray body = fetch(stack, url);
    if (body.isEmpty())
        return -1;
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    player.setSourceDevice(&buffer, QUrl(u"recording.mp3"_s));
    player.play();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (player.position() > 0 || player.error() != QMediaPlayer::NoError
            || monotonicMs() - start > 15000)
            loop.quit();
    });
    poll.start(kPollMs);
    loop.exec();
    const double elapsed = monotonicMs() - start;
    const bool playing = player.position() > 0;
    player.stop();
    player.setSourceDevice(nullptr);
    return playing ? elapsed : -1;
}
} // namespace

void PlaybackBench::run(const BenchOptions& options, Report& report)
{
    Figure start {
        u"playback_start_ms"_s, u"6 select call -> audio position > 0"_s, u"ms"_s, 150, {}, {}};
    Figure create {
        u"player_create_ms"_s, u"6 creating QMediaPlayer + QAudioOutput"_s, u"ms"_s, 0, {}, {}};
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
    const QUrl url(call->recordingUrl);
    for (int run = 0; run <= options.runs; ++run) {
        const double createStart = monotonicMs();
        QMediaPlayer player;
        QAudioOutput output;
        player.setAudioOutput(&output);
        const double created = monotonicMs() - createStart;
        const double ms = measureOnce(stack, url, player);
        if (run == 0) // warm-up: GStreamer's plugin registry, the decoder's first load
            continue;
        create.samples.append(created);
        if (ms >= 0)
            start.samples.append(ms);
    }
    start.note =
        u"%1 s MP3 fetched whole with the token, then QMediaPlayer::setSourceDevice(QBuffer);"
        " player created beforehand (see next row); position polled every %2 ms; "
        "plain QMediaPlayer: the app's player pane is not in the tree yet"_s
            .arg(*call->recordingDurationSeconds)
            .arg(kPollMs);
    report.add(start);
    report.add(create);
}
