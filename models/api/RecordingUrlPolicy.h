// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

// Which URLs the app may fetch (a call's recording_url comes from the server and is not
// trusted) and which may carry the bearer token. Pure functions, any thread.
class RecordingUrlPolicy {
public:
    // https anywhere, or http to this computer (127.0.0.0/8, ::1, localhost); never file:,
    // javascript:, data: or any other scheme, and never a URL with a user name or password.
    static bool mayFetch(const QUrl& url);
    // The token may go with `url`: it may be fetched and has exactly the API's scheme, host and
    // port (a recording on a CDN or another port gets no token).
    static bool mayCarryToken(const QUrl& url, const QUrl& apiBaseUrl);
    static bool isSameOrigin(const QUrl& a, const QUrl& b);
    static bool isLoopbackHost(const QString& host);
};
