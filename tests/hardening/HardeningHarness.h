// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "ScriptedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// A client pointed at a ScriptedServer, with small retry delays, and page bodies to script.
struct HardeningHarness {
    static constexpr auto token = "h11-secret-token-7f3a9c";
    static constexpr auto caseId = "01K8PC05EJ4T11HRYE78AN7EEA";

    QNetworkAccessManager network;
    ScriptedServer server;
    std::unique_ptr<ApiClient> client;

    bool start(bool tls = false, const QSslConfiguration& tlsConfig = {})
    {
        if (!(tls ? server.listenTls(tlsConfig) : server.listen()))
            return false;
        client = std::make_unique<ApiClient>(&network);
        client->setRandomSeed(11);
        client->setRetryPolicy(fastPolicy());
        client->setToken(QString::fromLatin1(token));
        return client->setBaseUrl(server.baseUrl());
    }

    static RetryPolicy fastPolicy()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 40;
        policy.transferTimeoutMs = 5000;
        policy.overallDeadlineMs = 20000;
        return policy;
    }

    void changePolicy(const std::function<void(RetryPolicy&)>& change)
    {
        RetryPolicy policy = client->retryPolicy();
        change(policy);
        client->setRetryPolicy(policy);
    }

    CallPageReply* listCalls(const QString& cursor = {})
    {
        CallsQuery query;
        query.perPage = 25;
        PagePosition position;
        position.cursor = cursor;
        return client->listCalls(QString::fromLatin1(caseId), query, position);
    }

    // A valid call: ids are ULIDs made from `n` (1..999).
    static QString callId(int n)
    {
        return QStringLiteral("01K8PC05EJ4T11HRYE78AN7%1").arg(n, 3, 10, QLatin1Char('0'));
    }

    static QJsonObject call(int n)
    {
        return QJsonObject {
            {QStringLiteral("id"), callId(n)},
            {QStringLiteral("to_number"), QStringLiteral("+18005551234")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("duration_seconds"), 60 + n},
            {QStringLiteral("created_at"), QStringLiteral("2025-03-04T14:04:58Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2025-03-04T14:12:00Z")},
        };
    }

    // A page of the calls numbered `numbers`; `nextCursor` empty means the last page.
    static QByteArray page(const QList<int>& numbers, const QString& nextCursor = {})
    {
        QJsonArray calls;
        for (int n : numbers)
            calls.append(call(n));
        QJsonObject meta {{QStringLiteral("per_page"), 25},
                          {QStringLiteral("has_more"), !nextCursor.isEmpty()}};
        if (!nextCursor.isEmpty())
            meta.insert(QStringLiteral("next_cursor"), nextCursor);
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("data"), calls}, {QStringLiteral("meta"), meta}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray errorBody(const char* code)
    {
        return QByteArray(R"({"error":{"code":")") + code + R"(","message":"scripted"}})";
    }
};

// The cursor a request asked for ("" for the first page).
inline QString cursorOf(const ScriptedRequest& request)
{
    const QByteArray target = request.target;
    const qsizetype at = target.indexOf("cursor=");
    if (at < 0)
        return {};
    const QByteArray value = target.mid(at + 7).split('&').value(0);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

// Waits (event loop, not sleeps) until `outcome` finished; fails the test otherwise.
#define WAIT_FINISHED(outcome) QTRY_COMPARE_WITH_TIMEOUT((outcome)->finishedCount, 1, 30000)
