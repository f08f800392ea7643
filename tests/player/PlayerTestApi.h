// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "RecordingFetcher.h"
#include "SampleApiServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

// An in-process sample API on loopback, a client with its token, and a recording fetcher
// caching into a temporary folder. The completed calls are listed shortest first, so tests
// play short recordings.
struct PlayerTestApi {
    QNetworkAccessManager network;
    std::unique_ptr<SampleApiServer> server;
    std::unique_ptr<ApiClient> client;
    QTemporaryDir cacheDir;
    std::unique_ptr<RecordingFetcher> fetcher;
    QList<Call> calls; // completed calls with a recording, shortest first

    bool start(const SampleApiOptions& options = {})
    {
        server = std::make_unique<SampleApiServer>(options);
        if (!server->listen(QHostAddress::LocalHost, 0) || !cacheDir.isValid())
            return false;
        client = std::make_unique<ApiClient>(&network);
        client->setToken(server->token());
        if (!client->setBaseUrl(server->baseUrl()))
            return false;
        fetcher = std::make_unique<RecordingFetcher>(client.get(), &network, cacheDir.path());
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
