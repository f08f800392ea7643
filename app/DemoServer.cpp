// SPDX-License-Identifier: MIT
#include "DemoServer.h"

#include "SampleApiServer.h"

#include <QHostAddress>

DemoServer::DemoServer()
{
    m_thread.setObjectName(QStringLiteral("sample-api"));
    m_threadContext.moveToThread(&m_thread);
}

DemoServer::~DemoServer()
{
    m_thread.quit();
    m_thread.wait();
}

void DemoServer::start(QObject* context, std::function<void(const QString& error)> onReady)
{
    m_thread.start();
    // Everything runs over there: generating the sample case takes longer than showing the
    // window, and listening sockets belong to the thread that creates them.
    QMetaObject::invokeMethod(&m_threadContext, [this, context, onReady] {
        // Anchored at now, so the sample calls read "Today 14:05" and "Yesterday", as a real
        // case does.
        SampleApiOptions options;
        options.anchor = QDateTime::currentDateTimeUtc();
        auto* server = new SampleApiServer(options);
        QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
        QString error;
        if (server->listen(QHostAddress::LocalHost, 0)) {
            m_baseUrl = server->baseUrl();
            m_caseId = server->caseId();
            m_token = server->token();
        } else {
            error = server->errorString();
        }
        QMetaObject::invokeMethod(context, [onReady, error] { onReady(error); });
    });
}
