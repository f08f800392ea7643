// SPDX-License-Identifier: MIT
#pragma once

#include "LoopbackApi.h"
#include "RecordingFetcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

// An in-process sample API on loopback, a client with its token, and a recording fetcher
// caching into a temporary folder. The completed calls are listed shortest first, so tests
// play short recordings. `server`, `network` and `client` point into `loopback` once start()
// made it.
struct PlayerTestApi {
    std::unique_ptr<LoopbackApi> loopback;
    SampleApiServer* server = nullptr;
    QNetworkAccessManager* network = nullptr;
    ApiClient* client = nullptr;
    QTemporaryDir cacheDir;
    std::unique_ptr<RecordingFetcher> fetcher;
    QList<Call> calls; // completed calls with a recording, shortest first

    bool start(const SampleApiOptions& options = {})
    {
        loopback = std::make_unique<LoopbackApi>(options);
        server = &loopback->server;
        network = &loopback->network;
        client = &loopback->client;
        if (!loopback->start() || !cacheDir.isValid())
            return false;
        fetcher = std::make_unique<RecordingFetcher>(client, network, cacheDir.path());
        fetcher->setCaseId(server->caseId());
        return listCalls();
    }

    bool listCalls()
    {
        CallsQuery query;
        query.status = QStringLiteral("completed");
        query.sortBy = CallsQuery::SortBy::Duration;
        query.sortOrder = CallsQuery::SortOrder::Ascending;
        query.perPage = 100;
        CallPageReply* reply = client->listCalls(server->caseId(), query, {});
        QList<Call> page;
        bool ok = false;
        QObject::connect(reply, &ApiReply::finished, reply, [&] {
            ok = !reply->error().isError();
            page = reply->page().calls;
        });
        if (!QTest::qWaitFor([&] { return ok; }, 15000))
            return false;
        for (const Call& call : std::as_const(page)) {
            if (call.hasRecording() && call.recordingStatus == QStringLiteral("completed"))
                calls.append(call);
        }
        return !calls.isEmpty();
    }

    bool isSigned(const Call& call) const
    {
        return QUrl(call.recordingUrl).port() == server->signedOrigin().port();
    }

    // The shortest call that matches, or a default Call (empty id).
    Call first(const std::function<bool(const Call&)>& matches) const
    {
        const auto it = std::find_if(calls.cbegin(), calls.cend(), matches);
        return it == calls.cend() ? Call() : *it;
    }

    // Waits for the fetcher's answer about `call`: the file, or empty with `problem` set.
    QString fetch(const Call& call, RecordingProblem* problem = nullptr)
    {
        QSignalSpy ready(fetcher.get(), &RecordingFetcher::ready);
        QSignalSpy failed(fetcher.get(), &RecordingFetcher::failed);
        fetcher->fetch(call);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
            return {};
        if (!failed.isEmpty()) {
            if (problem)
                *problem = failed.first().at(1).value<RecordingProblem>();
            return {};
        }
        return ready.first().at(1).toString();
    }

    // The shortest API-hosted call of at least `minSeconds` whose recording is WAV or MP3.
    Call firstApiHosted(bool wav, int minSeconds = 0)
    {
        for (const Call& call : std::as_const(calls)) {
            if (isSigned(call) || call.recordingDurationSeconds.value_or(0) < minSeconds)
                continue;
            if (fetch(call).endsWith(wav ? QStringLiteral(".wav") : QStringLiteral(".mp3")))
                return call;
        }
        return {};
    }

    QList<RecordedRequest> requestsFrom(const QString& origin) const
    {
        QList<RecordedRequest> result;
        const QList<RecordedRequest> all = server->requests();
        for (const RecordedRequest& request : all) {
            if (request.origin == origin)
                result.append(request);
        }
        return result;
    }
};
