// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "RecordingProblem.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class ApiClient;
class QNetworkAccessManager;
class QNetworkReply;
class RecordingCache;

// One call's recording on its way to the cache: follows redirects itself (the token goes only
// to the API's origin, never across a redirect to another host), streams the body to a private
// partial file, and on 403/404 from a signed URL asks the API once for a fresh URL.
// Emits finished() exactly once (not from start()).
class RecordingDownload : public QObject {
    Q_OBJECT
public:
    static constexpr int maxRedirects = 5;

    RecordingDownload(ApiClient* client, QNetworkAccessManager* network, RecordingCache* cache,
                      const QString& caseId, const Call& call, QObject* parent = nullptr);
    ~RecordingDownload() override;

    void setDeadlineMs(int ms) { m_deadline.setInterval(ms); }
    void start();
    // Stops without emitting finished(); the partial file is removed.
    void abort();

    QString callId() const { return m_callId; }
    QString filePath() const { return m_filePath; } // the cached file after success
    const RecordingProblem& problem() const { return m_problem; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void get(const QUrl& url);
    void onReadyRead();
    void onReplyFinished();
    bool followRedirect(const QUrl& location);
    void refetchCall();
    void succeed();
    void fail(RecordingProblem::Kind kind, const QString& message, int status = 0,
              const QString& requestId = {});
    void discardReply();

    QPointer<ApiClient> m_client;
    QPointer<QNetworkAccessManager> m_network;
    RecordingCache* m_cache;
    QString m_caseId;
    QString m_callId;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QFile m_file;
    QByteArray m_contentType;
    QTimer m_deadline;
    qint64 m_received = 0;
    int m_redirects = 0;
    bool m_refetched = false;
    bool m_done = false;
    QString m_filePath;
    RecordingProblem m_problem;
};
