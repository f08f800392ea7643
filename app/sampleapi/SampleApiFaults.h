// SPDX-License-Identifier: MIT
#pragma once

// Faults the sample API server injects; settable at run time, all off by default.
struct SampleApiFaults {
    int failEveryNth = 0; // every Nth API request answers failStatus (error envelope)
    int failStatus = 503;
    int failNextCount = 0; // the next N API requests answer failStatus (then decrements to 0)
    int rateLimitNextCount = 0; // the next N requests answer 429 with Retry-After/X-RateLimit-Reset
    int retryAfterSeconds = 1;
    // every Nth response declares a Content-Length larger than what it sends, then closes
    int truncateEveryNth = 0;
    int slowBodyMs = 0; // body sent in chunks spread over this long
    bool htmlErrors = false; // error responses are an HTML page (text/html), not the JSON envelope
    bool malformedJsonNext = false; // next list/detail response body is broken JSON (status 200)
};
