// SPDX-License-Identifier: MIT
#include "DemoServer.h"

#include "SampleApiServer.h"

#include <QHostAddress>

DemoServer::DemoServer()
{
    m_thread.setObjectName(QStringLiteral("sample-api"));
}

DemoServer::~DemoServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool DemoServer::start(QString* error)
{
    // Anchored at now, so the sample calls read "Today 14:05" and "Yesterday", as a real case does.
    SampleApiOptions options;
    options.anchor = QDateTime::currentDateTimeUtc();
    m_server = new SampleApiServer(options);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    bool listening = false;
    // Listening sockets belong to the thread that creates them, so listen() runs over there.
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening, error] {
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            if (!listening && error)
                *error = m_server->errorString();
            m_baseUrl = m_server->baseUrl();
            m_caseId = m_server->caseId();
            m_token = m_server->token();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}
