// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "RetryBudget.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// One logical API request: all its attempts, retries and rate-limit waits, and the decoding of
// the body. Created by ApiClient. Emits finished() exactly once, then deletes itself with
// deleteLater(): hold it in a QPointer if you keep it.
class ApiReply : public QObject {
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    const ApiError& error() const { return m_error; } // kind None on success
    bool isNotModified() const { return m_notModified; } // 304 for a conditional request
    QByteArray etag() const { return m_etag; }
    QString requestId() const { return m_requestId; } // X-Request-Id of the last response
    QUrl url() const { return m_request.url(); }
    // Finishes at once with Kind::Cancelled (callers that abort ignore that kind: it is not an
    // error to show); nothing is sent or retried afterwards.
    void abort();

signals:
    // A transient error; attempt number `attempt` (2 for the first retry) starts in `delayMs`.
    void retrying(int attempt, int delayMs, const ApiError& reason);
    // 429: the request waits and is sent again at `retryAt` (UTC).
    void rateLimited(const QDateTime& retryAt);
    void finished();

protected:
    explicit ApiReply(QObject* parent = nullptr);

    // Subclasses decode a 2xx body. Called off the GUI thread for big bodies (QtConcurrent),
    // so it must only touch the subclass's own members. Return an ApiError of kind Decode or None.
    virtual ApiError decodeBody(const QByteArray& body) = 0;
    // Subclasses call this first in their destructor: a worker may still be writing their
    // members, and the base destructor runs too late to wait for it.
    void waitForDecoding();

private:
    friend class ApiClient;

    // Sends the first attempt. `network` must outlive the request.
    void start(QNetworkAccessManager* network, const QNetworkRequest& request,
               const RetryPolicy& policy, quint32 seed, std::shared_ptr<RetryBudget> budget);
    // Finishes with `error` from the event loop, without sending anything.
    void failWithoutSending(const ApiError& error);

    void sendAttempt();
    void onAttemptFinished(QNetworkReply* reply);
    void onDeadlineExpired();
    void guardSize(QNetworkReply* reply, qint64 size);
    void handleFailure(const ApiError& error, bool retryable);
    bool waitForRateLimit(ApiError& error);
    void decode(const QByteArray& body);
    void finish(const ApiError& error);
    void discardCurrentAttempt();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkRequest m_request;
    RetryPolicy m_policy;
    std::shared_ptr<RetryBudget> m_budget;
    QRandomGenerator m_rng;
    QPointer<QNetworkReply> m_current;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QFutureWatcher<ApiError>* m_decoding = nullptr;
    int m_attempts = 0; // attempts that count against maxAttempts (429s do not)
    int m_rateLimitWaits = 0;
    bool m_deadlineExpired = false;
    bool m_tooLarge = false; // the current attempt was aborted by the size guard
    bool m_finished = false;
    bool m_notModified = false;
    ApiError m_error;
    QByteArray m_etag;
    QString m_requestId;
};
