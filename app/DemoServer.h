// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>

class SampleApiServer;

// The sample API server for --demo, on a thread of its own so that its work (generating the
// case, and any latency it simulates) never touches the GUI thread. The app talks to it over
// loopback HTTP like to any server.
class DemoServer {
public:
    DemoServer();
    ~DemoServer();
    DemoServer(const DemoServer&) = delete;
    DemoServer& operator=(const DemoServer&) = delete;

    // Returns at once: the case is generated and the server listens on its thread, while the
    // window shows. `onReady` then runs on `context`'s thread, with an empty error on success;
    // baseUrl(), caseId() and token() are valid from then on.
    void start(QObject* context, std::function<void(const QString& error)> onReady);
    QUrl baseUrl() const { return m_baseUrl; }
    QString caseId() const { return m_caseId; }
    QString token() const { return m_token; }

private:
    QThread m_thread;
    QObject m_threadContext; // lives in m_thread: what work is queued to
    QUrl m_baseUrl;
    QString m_caseId;
    QString m_token;
};
