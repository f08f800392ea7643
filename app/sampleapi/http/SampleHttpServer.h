// SPDX-License-Identifier: MIT
#pragma once

#include "SampleHttpExchange.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class QTcpServer;

// One listening port of the sample server on Qt's HTTP server: QtHttpServer parses every
// request, requestReceived() hands it over as an exchange to answer whenever it suits.
class SampleHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SampleHttpServer(QObject* parent = nullptr);
    ~SampleHttpServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_errorString; }
    quint16 port() const;

signals:
    void requestReceived(SampleHttpExchange* exchange);

protected:
    bool handleRequest(const QHttpServerRequest& request,
                       SampleHttpExchange::Connection connection) override;
    void missingHandler(const QHttpServerRequest& request,
                        SampleHttpExchange::UnhandledConnection connection) override;

private:
    QTcpServer* m_tcpServer = nullptr; // a child once bound
    QString m_errorString;
};
