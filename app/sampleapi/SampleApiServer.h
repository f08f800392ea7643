// SPDX-License-Identifier: MIT
#pragma once

#include "RecordedRequest.h"
#include "SampleApiFaults.h"
#include "SampleApiOptions.h"
#include "SampleApiRouter.h"
#include "SampleCallStore.h"
#include "SamplePaging.h"
#include "SampleRateLimiter.h"
#include "SignedUrlOrigin.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QUrl>

class SampleHttpExchange;
class SampleHttpServer;

// The sample case API over loopback HTTP, for the app's --demo mode, the client tests and the
// benchmarks. It may live on a worker thread (create it, move it, call listen() there);
// setFaults(), requests() and insertCall() are safe from any thread.
class SampleApiServer : public QObject {
    Q_OBJECT
public:
    explicit SampleApiServer(SampleApiOptions options = {}, QObject* parent = nullptr);
    ~SampleApiServer() override;

    // Listens on address:port for the API and on an ephemeral port of the same address for the
    // "signed URL" origin. port 0 = any free port. Returns false with errorString() set.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>/v1"
    QUrl signedOrigin() const; // "http://127.0.0.1:<otherport>"
    QString caseId() const; // the sample case's ULID (deterministic)
    QString token() const;
    QStringList callIds() const; // newest first (created_at desc)
    QStringList contactIds() const;

    void setFaults(const SampleApiFaults& faults); // thread-safe
    SampleApiFaults faults() const;
    void setLatencyMs(int ms);
    QList<RecordedRequest> requests() const; // thread-safe copy
    void clearRequests();
    // Adds a new completed call, newest of all (created now); returns its id. Thread-safe.
    QString insertCall();

    // A signed recording URL for `callId` that expires at `expiresUnix` (tests of expiry).
    QUrl signedRecordingUrl(const QString& callId, bool wav, qint64 expiresUnix) const;

private:
    enum class Origin { Api, Signed };
    struct Exchange {
        Origin origin;
        QPointer<SampleHttpExchange> http; // null once its connection is gone
        SampleHttpRequest request;
        std::optional<SampleRateLimiter::State> rate; // API requests only
    };

    void handleApiRequest(SampleHttpExchange* http);
    void handleSignedRequest(SampleHttpExchange* http);
    std::optional<SampleHttpResponse> injectedFault(const QDateTime& now);
    std::optional<SampleHttpResponse> authorisedResponse(const Exchange& exchange,
                                                         const QDateTime& now);
    void serveAudio(const Exchange& exchange, const SampleApiRouter::AudioJob& job);
    bool isAuthorized(const SampleHttpRequest& request) const;
    bool takeMalformedJsonFault();
    void finish(const Exchange& exchange, SampleHttpResponse response);
    void addRateLimitHeaders(SampleHttpResponse& response, const SampleRateLimiter::State& rate);
    void record(const Exchange& exchange, int status);

    const SampleApiOptions m_options;
    SampleCallStore m_store;
    SamplePaging m_paging;
    SignedUrlOrigin m_signedOrigin;
    SampleApiRouter m_router;
    SampleRateLimiter m_rateLimiter;
    SampleHttpServer* m_apiHttp;
    SampleHttpServer* m_signedHttp;
    QUrl m_baseUrl;
    QString m_errorString;

    mutable QMutex m_mutex; // guards everything below
    SampleApiFaults m_faults;
    int m_latencyMs = 0;
    quint64 m_apiRequestCount = 0; // since the last setFaults(), for failEveryNth
    quint64 m_responseCount = 0; // since the last setFaults(), for truncateEveryNth
    quint64 m_requestIdCounter = 0;
    QList<RecordedRequest> m_requests;
};
