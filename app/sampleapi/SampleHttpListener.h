// SPDX-License-Identifier: MIT
#pragma once

#include "SampleHttpRequest.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class SampleHttpConnection;

// A listening socket that turns accepted connections into SampleHttpConnections and announces
// each request with the connection that must answer it.
//
// The sample server speaks HTTP over plain QTcpServer rather than QHttpServer: it has to answer
// late (latency on a timer), trickle or truncate bodies and write raw error pages, which
// QHttpServer cannot do, and QHttpServer's API changed between Qt 6.4 and 6.8.
class SampleHttpListener : public QObject {
    Q_OBJECT
public:
    explicit SampleHttpListener(QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }

signals:
    void requestReceived(SampleHttpConnection* connection, const SampleHttpRequest& request);

private:
    void acceptConnections();

    QTcpServer m_server;
};
