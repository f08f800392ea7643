// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

// A real QNetworkAccessManager that notes when each reply's last byte arrived and how big its
// body was, before any receiver decodes it: "after the response arrives" is measured from here.
class TimingNetworkManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    struct Arrival {
        QUrl url;
        double requestedAtMs = 0; // monotonicMs() when the request was sent
        double atMs = 0; // monotonicMs() when the reply finished
        qint64 bytes = 0; // body bytes (Content-Length)
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    const QList<Arrival>& arrivals() const { return m_arrivals; }
    qint64 totalBytes() const;
    // Time with a request in flight (server and network), for requests sent one at a time.
    double waitingMs() const;
    void clear() { m_arrivals.clear(); }

signals:
    void replyArrived(const TimingNetworkManager::Arrival& arrival);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    QList<Arrival> m_arrivals;
};
