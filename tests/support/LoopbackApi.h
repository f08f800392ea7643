// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "SampleApiServer.h"

#include <QNetworkAccessManager>
#include <QString>

// The loopback stack many tests build: an in-process sample API on 127.0.0.1, a network
// manager, and a client pointed at the server's base URL with its token. Members are declared
// (and so destroyed, in reverse) server, network, client.
struct LoopbackApi {
    explicit LoopbackApi(const SampleApiOptions& options = {});

    // Listens on 127.0.0.1 (any port) and points the client at the server with its token.
    // False, with `error` (when given) saying why, when the server cannot listen or the client
    // refuses the base URL.
    bool start(QString* error = nullptr);

    // Two attempts, small delays and a short rate-limit wait, so failure paths finish quickly.
    static RetryPolicy fastRetries();

    SampleApiServer server;
    QNetworkAccessManager network;
    ApiClient client {&network};
};
