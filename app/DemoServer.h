// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

class SampleApiServer;

// The sample API server for --demo, on a thread of its own so that its work (and any latency it
// simulates) never touches the GUI thread. The app talks to it over loopback HTTP like to any
// server.
class DemoServer {
public:
    DemoServer();
    ~DemoServer();
    DemoServer(const DemoServer&) = delete;
    DemoServer& operator=(const DemoServer&) = delete;

    bool start(QString* error);
    QUrl baseUrl() const { return m_baseUrl; }
    QString caseId() const { return m_caseId; }
    QString token() const { return m_token; }

private:
    QThread m_thread;
    SampleApiServer* m_server = nullptr;
    QUrl m_baseUrl;
    QString m_caseId;
    QString m_token;
};
