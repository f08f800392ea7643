// SPDX-License-Identifier: MIT
#include "ApiReply.h"

#include "ReplyErrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
// Bodies up to this size are decoded inline: a thread hop costs more than parsing them.
constexpr qsizetype kInlineDecodeLimit = 64 * 1024;
} // namespace

ApiReply::ApiReply(QObject* parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiReply::onDeadlineExpired);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::sendAttempt);
}

ApiReply::~ApiReply()
{
    // Subclasses already waited (their members are gone by now); this catches one that forgot.
    waitForDecoding();
    discardCurrentAttempt();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    discardCurrentAttempt();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.requestId = m_requestId;
    finish(error);
}

void ApiReply::waitForDecoding()
{
    if (m_decoding)
        m_decoding->waitForFinished();
}

void ApiReply::start(QNetworkAccessManager* network, const QNetworkRequest& request,
                     const RetryPolicy& policy, quint32 seed, std::shared_ptr<RetryBudget> budget)
{
    m_network = network;
    m_request = request;
    m_policy = policy;
    m_budget = std::move(budget);
    m_rng.seed(seed);
    sendAttempt();
}

void ApiReply::failWithoutSending(const ApiError& error)
{
    // Callers connect to finished() after the factory returns, so finish from the event loop.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void ApiReply::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_network) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The network access manager is gone.");
        finish(error);
        return;
    }
    ++m_attempts;
    m_deadlineExpired = false;
    m_tooLarge = false;
    QNetworkReply* reply = m_network->get(m_request);
    m_current = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAttemptFinished(reply); });
    // The size guard: a announced length over the limit stops the attempt before the body
    // arrives, a body without one stops once it grows past the limit.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            guardSize(reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { guardSize(reply, received); });
    if (m_policy.overallDeadlineMs > 0)
        m_deadline.start(m_policy.overallDeadlineMs);
}

void ApiReply::onDeadlineExpired()
{
    QNetworkReply* reply = m_current.data();
    if (!reply)
        return;
    m_deadlineExpired = true;
    reply->abort(); // emits finished() synchronously: onAttemptFinished reports the timeout
}

void ApiReply::guardSize(QNetworkReply* reply, qint64 size)
{
    if (m_policy.maxResponseBytes <= 0 || size <= m_policy.maxResponseBytes || m_tooLarge
        || reply != m_current)
        return;
    m_tooLarge = true;
    reply->abort(); // emits finished() synchronously: onAttemptFinished reports the size
}

void ApiReply::discardCurrentAttempt()
{
    m_deadline.stop();
    m_retryTimer.stop();
    QNetworkReply* reply = m_current.data();
    if (!reply)
        return;
    m_current = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiReply::onAttemptFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_current || m_finished)
        return;
    m_current = nullptr;
    m_deadline.stop();

    // An aborted reply is closed: reading it only earns a warning.
    const QByteArray body = reply->isOpen() && !m_tooLarge ? reply->readAll() : QByteArray();
    ReplyFacts facts = ReplyFacts::of(*reply);
    facts.tooLarge = m_tooLarge;
    facts.deadlineExpired = m_deadlineExpired;
    m_requestId = facts.requestId;
    if (!m_deadlineExpired && facts.httpStatus == 304) {
        m_notModified = true;
        const QByteArray etag = reply->rawHeader("ETag");
        m_etag = etag.isEmpty() ? m_request.rawHeader("If-None-Match") : etag;
        finish({});
        return;
    }
    const ApiError error = ReplyErrors::classify(facts, body, m_policy);
    if (error.isError()) {
        handleFailure(error, error.isTransient() && !ReplyErrors::isPermanent(facts));
        return;
    }
    m_etag = reply->rawHeader("ETag");
    decode(body);
}

void ApiReply::handleFailure(const ApiError& error, bool retryable)
{
    if (error.kind == ApiError::Kind::RateLimited) {
        ApiError rateLimited = error;
        if (!waitForRateLimit(rateLimited))
            finish(rateLimited);
        return;
    }
    // The budget is asked last: only a retry that would really happen spends from it.
    if (!retryable || m_attempts >= m_policy.maxAttempts
        || (m_budget && !m_budget->tryWithdraw())) {
        finish(error);
        return;
    }
    const int delayMs = m_policy.backoffDelayMs(m_attempts, m_rng);
    emit retrying(m_attempts + 1, delayMs, error);
    if (!m_finished) // a receiver may have aborted
        m_retryTimer.start(delayMs);
}

bool ApiReply::waitForRateLimit(ApiError& error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!error.retryAt.isValid()) // no hint from the server: back off as for any transient error
        error.retryAt = now.addMSecs(m_policy.backoffDelayMs(m_rateLimitWaits + 1, m_rng));
    const qint64 waitMs = std::max<qint64>(0, now.msecsTo(error.retryAt));
    if (m_rateLimitWaits >= m_policy.maxRateLimitWaits
        || waitMs > qint64(m_policy.maxRateLimitWaitSeconds) * 1000)
        return false;
    ++m_rateLimitWaits;
    --m_attempts; // the server pacing us is not a failed attempt
    emit rateLimited(error.retryAt);
    if (!m_finished)
        m_retryTimer.start(int(waitMs));
    return true;
}

void ApiReply::decode(const QByteArray& body)
{
    const auto finishDecoded = [this](ApiError error) {
        if (error.isError())
            error.requestId = m_requestId;
        finish(error);
    };
    if (body.size() <= kInlineDecodeLimit) {
        finishDecoded(decodeBody(body));
        return;
    }
    // Big pages are parsed on a worker so the GUI stays responsive. The worker writes only the
    // subclass's result members; deletion waits for it (see finish() and the destructors).
    m_decoding = new QFutureWatcher<ApiError>(this);
    connect(m_decoding, &QFutureWatcherBase::finished, this, [this, finishDecoded] {
        if (m_finished) { // aborted while decoding: finished() was emitted, only deletion waited
            deleteLater();
            return;
        }
        finishDecoded(m_decoding->result());
    });
    m_decoding->setFuture(QtConcurrent::run([this, body] { return decodeBody(body); }));
}

void ApiReply::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isError() && m_budget)
        m_budget->recordSuccess();
    m_deadline.stop();
    m_retryTimer.stop();
    emit finished();
    if (!m_decoding || m_decoding->isFinished())
        deleteLater();
}
