// SPDX-License-Identifier: MIT
#include "SampleHttpServer.h"

#include <QTcpServer>

SampleHttpServer::SampleHttpServer(QObject* parent) : QAbstractHttpServer(parent) { }

SampleHttpServer::~SampleHttpServer()
{
    // An exchange still waiting to answer holds a responder into one of our connections (Qt
    // 6.5+): it must go before the connections do.
    qDeleteAll(findChildren<SampleHttpExchange*>(Qt::FindDirectChildrenOnly));
}

bool SampleHttpServer::listen(const QHostAddress& address, quint16 port)
{
    // Our own QTcpServer, bound: bind() exists from Qt 6.4 on, listen() is gone in 6.8.
    auto* tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        m_errorString = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_tcpServer = tcpServer;
    return true;
}

quint16 SampleHttpServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

bool SampleHttpServer::handleRequest(const QHttpServerRequest& request,
                                     SampleHttpExchange::Connection connection)
{
    emit requestReceived(SampleHttpExchange::create(request, connection, this));
    return true;
}

void SampleHttpServer::missingHandler(const QHttpServerRequest& request,
                                      SampleHttpExchange::UnhandledConnection connection)
{
    // Only reached for requests handleRequest() declined (none) or, on newer Qt, for WebSocket
    // upgrades: the API answers those like any request it does not know.
    emit requestReceived(SampleHttpExchange::create(request, connection, this));
}
