// SPDX-License-Identifier: MIT
#include "TimingNetworkManager.h"

#include "Clock.h"

#include <QNetworkReply>

qint64 TimingNetworkManager::totalBytes() const
{
    qint64 total = 0;
    for (const Arrival& arrival : m_arrivals)
        total += arrival.bytes;
    return total;
}

double TimingNetworkManager::waitingMs() const
{
    double total = 0;
    for (const Arrival& arrival : m_arrivals)
        total += arrival.atMs - arrival.requestedAtMs;
    return total;
}

QNetworkReply* TimingNetworkManager::createRequest(Operation op, const QNetworkRequest& request,
                                                   QIODevice* outgoingData)
{
    const double requestedAt = monotonicMs();
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    // Connected before the caller connects its own handler, so this runs first.
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestedAt] {
        Arrival arrival;
        arrival.requestedAtMs = requestedAt;
        arrival.atMs = monotonicMs();
        arrival.url = reply->url();
        arrival.bytes = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_arrivals.append(arrival);
        emit replyArrived(arrival);
    });
    return reply;
}
