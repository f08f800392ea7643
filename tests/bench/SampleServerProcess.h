// SPDX-License-Identifier: MIT
#pragma once

#include "ServerAddress.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

// The sample API server in its own process, so that server and client never share an event
// loop or a core's time slice by construction. Stopped (SIGTERM) on destruction.
class SampleServerProcess {
public:
    SampleServerProcess() = default;
    ~SampleServerProcess();
    SampleServerProcess(const SampleServerProcess&) = delete;
    SampleServerProcess& operator=(const SampleServerProcess&) = delete;

    // Starts the server with `arguments` (e.g. {"--calls", "10000"}) and waits until it prints
    // where it listens. False with errorString() when it did not come up within `timeoutMs`.
    bool start(const QStringList& arguments, int timeoutMs = 120000);
    void stop();

    ServerAddress address() const { return {m_baseUrl, m_caseId, m_token}; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString caseId() const { return m_caseId; }
    QString token() const { return m_token; } // the sample token; never printed
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

    // The server binary, found beside the bench (set by CMake).
    static QString executable();

private:
    void readLines();

    QProcess m_process;
    QByteArray m_pending;
    QUrl m_baseUrl;
    QString m_caseId;
    QString m_token;
    QString m_error;
};
