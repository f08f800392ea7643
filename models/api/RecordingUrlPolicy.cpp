// SPDX-License-Identifier: MIT
#include "RecordingUrlPolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {
int defaultPort(const QString& scheme)
{
    return scheme == "https"_L1 ? 443 : 80;
}
} // namespace

bool RecordingUrlPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RecordingUrlPolicy::mayFetch(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == "https"_L1 || (scheme == "http"_L1 && isLoopbackHost(url.host()));
}

bool RecordingUrlPolicy::isSameOrigin(const QUrl& a, const QUrl& b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && !a.host().isEmpty()
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

bool RecordingUrlPolicy::mayCarryToken(const QUrl& url, const QUrl& apiBaseUrl)
{
    return mayFetch(url) && mayFetch(apiBaseUrl) && isSameOrigin(url, apiBaseUrl);
}
