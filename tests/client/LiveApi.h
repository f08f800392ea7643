// SPDX-License-Identifier: MIT
#pragma once

#include "LoopbackApi.h"
#include "ReplyRecorder.h"

#include <QTest>

#include <memory>

// An in-process sample API on loopback and a client pointed at it, with small retry delays.
// `server`, `network` and `client` point into `loopback` once start() made it.
struct LiveApi {
    std::unique_ptr<LoopbackApi> loopback;
    SampleApiServer* server = nullptr;
    QNetworkAccessManager* network = nullptr;
    ApiClient* client = nullptr;

    bool start(const SampleApiOptions& options = {})
    {
        loopback = std::make_unique<LoopbackApi>(options);
        server = &loopback->server;
        network = &loopback->network;
        client = &loopback->client;
        client->setRandomSeed(42);
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 50;
        policy.transferTimeoutMs = 5000;
        policy.overallDeadlineMs = 10000;
        client->setRetryPolicy(policy);
        QString error;
        if (!loopback->start(&error)) {
            qWarning("sample API did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    void setPolicy(const std::function<void(RetryPolicy&)>& change)
    {
        RetryPolicy policy = client->retryPolicy();
        change(policy);
        client->setRetryPolicy(policy);
    }

    // API requests the server saw (the signed-URL origin left out).
    QList<RecordedRequest> apiRequests() const
    {
        QList<RecordedRequest> result;
        const QList<RecordedRequest> all = server->requests();
        for (const RecordedRequest& request : all) {
            if (request.origin == QStringLiteral("api"))
                result.append(request);
        }
        return result;
    }

    CallsQuery query(int perPage = 25, CallsQuery::Paging paging = CallsQuery::Paging::Cursor) const
    {
        CallsQuery result;
        result.perPage = perPage;
        result.paging = paging;
        return result;
    }

    // Walks the sample case page by page and returns the call ids in order, or an empty list
    // (with a warning) when a page fails. `outcomes`, when given, receives every page's outcome.
    QStringList walk(const CallsQuery& query, int* pageCount = nullptr,
                     QList<std::shared_ptr<ReplyOutcome>>* outcomes = nullptr)
    {
        QStringList ids;
        PagePosition position;
        for (int pages = 1; pages <= 100; ++pages) {
            const auto outcome = record(client->listCalls(server->caseId(), query, position));
            if (outcomes)
                outcomes->append(outcome);
            if (!QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 15000)
                || outcome->error.isError()) {
                qWarning("walk stopped: %s", qPrintable(outcome->error.userMessage()));
                return {};
            }
            for (const Call& call : std::as_const(outcome->callPage.calls))
                ids.append(call.id);
            const PageMeta& meta = outcome->callPage.meta;
            if (pageCount)
                *pageCount = pages;
            if (!meta.hasMore)
                return ids;
            if (query.paging == CallsQuery::Paging::Cursor)
                position.cursor = meta.nextCursor;
            else
                ++position.page;
        }
        qWarning("walk did not end");
        return {};
    }
};

// Waits (event loop, not sleeps) until `outcome` finished; fails the test otherwise.
#define WAIT_FINISHED(outcome) QTRY_COMPARE_WITH_TIMEOUT((outcome)->finishedCount, 1, 15000)
