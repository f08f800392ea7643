// SPDX-License-Identifier: MIT
#include "LoopbackApi.h"

LoopbackApi::LoopbackApi(const SampleApiOptions& options) : server(options) { }

bool LoopbackApi::start(QString* error)
{
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = server.errorString();
        return false;
    }
    if (!client.setBaseUrl(server.baseUrl(), error))
        return false;
    client.setToken(server.token());
    return true;
}

RetryPolicy LoopbackApi::fastRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    policy.maxRateLimitWaitSeconds = 5;
    return policy;
}
