// SPDX-License-Identifier: MIT
#include "SampleHttpListener.h"

#include "SampleHttpConnection.h"

#include <QTcpSocket>

SampleHttpListener::SampleHttpListener(QObject* parent) : QObject(parent)
{
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, &SampleHttpListener::acceptConnections);
}

bool SampleHttpListener::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void SampleHttpListener::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* connection = new SampleHttpConnection(socket, this);
        connect(connection, &SampleHttpConnection::requestReceived, this,
                [this, connection](const SampleHttpRequest& request) {
                    emit requestReceived(connection, request);
                });
    }
}
