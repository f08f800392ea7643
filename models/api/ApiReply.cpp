// SPDX-License-Identifier: MIT
#include "ApiReply.h"

#include "CallJsonDecoder.h"
#include "RateLimitInfo.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
// Bodies up to this size are decoded inline: a thread hop costs more than parsing them.
constexpr qsizetype kInlineDecodeLimit = 64 * 1024;

bool isTimeoutError(QNetworkReply::NetworkError error)
{
    // Qt aborts a reply whose transfer timeout expired; depending on the version that surfaces
    // as OperationCanceledError or TimeoutError. Our own aborts never reach the handler.
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

// The body is shorter than the Content-Length the server announced. Only meaningful for an
// unencoded body: after Qt inflates gzip the sizes no longer compare.
bool isTruncated(const QNetworkReply& reply, const QByteArray& body)
{
    if (!reply.rawHeader("Content-Encoding").isEmpty())
        return false;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() && body.size() < length.toLongLong();
}

// Failures that come back the same on every attempt: retrying them only adds load.
bool isPermanentTransportError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError
        || error == QNetworkReply::InsecureRedirectError
        || error == QNetworkReply::TooManyRedirectsError;
}
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
    m_requestId = QString::fromUtf8(reply->rawHeader("X-Request-Id"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_deadlineExpired && status == 304) {
        m_notModified = true;
        const QByteArray etag = reply->rawHeader("ETag");
        m_etag = etag.isEmpty() ? m_request.rawHeader("If-None-Match") : etag;
        finish({});
        return;
    }
    const ApiError error = errorFromReply(reply, body);
    if (error.isError()) {
        const bool permanent = m_tooLarge || isPermanentTransportError(reply->error());
        handleFailure(error, error.isTransient() && !permanent);
        return;
    }
    m_etag = reply->rawHeader("ETag");
    decode(body);
}

ApiError ApiReply::errorFromReply(QNetworkReply* reply, const QByteArray& body) const
{
    ApiError error;
    error.requestId = m_requestId;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (m_tooLarge) {
        error.kind = ApiError::Kind::Decode;
        error.httpStatus = status;
        error.message = tr("The response is larger than %L1 MiB; it was not read.")
                            .arg(m_policy.maxResponseBytes / (1024 * 1024));
        return error;
    }
    if (networkError == QNetworkReply::InsecureRedirectError
        || networkError == QNetworkReply::TooManyRedirectsError)
        return transportError(reply);
    if (m_deadlineExpired || isTimeoutError(networkError)) {
        error.kind = ApiError::Kind::Timeout;
        error.message = m_deadlineExpired
            ? tr("No complete answer within %L1 ms.").arg(m_policy.overallDeadlineMs)
            : tr("The server was silent for %L1 ms.").arg(m_policy.transferTimeoutMs);
        return error;
    }
    if (status >= 200 && status < 300) {
        if (networkError == QNetworkReply::NoError && !isTruncated(*reply, body))
            return {};
        error.kind = ApiError::Kind::Network;
        error.httpStatus = status;
        error.message = networkError == QNetworkReply::NoError
            ? tr("The response was cut off before it was complete.")
            : tr("The response was cut off before it was complete (%1).").arg(reply->errorString());
        return error;
    }
    if (status == 0)
        return transportError(reply);
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    if (!CallJsonDecoder::decodeErrorEnvelope(body, error)) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (body.trimmed().isEmpty())
            error.message = tr("The response had no body.");
        else if (type.contains(u"html", Qt::CaseInsensitive))
            error.message = tr("A web page (%1) came back instead of an API error; a proxy or "
                               "gateway may have answered.")
                                .arg(type);
        else
            error.message = tr("The response was not an API error (%1).")
                                .arg(type.isEmpty() ? tr("no content type") : type);
    }
    if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.retryAt = RateLimitInfo::retryAt(reply->rawHeader("Retry-After"),
                                               reply->rawHeader("X-RateLimit-Reset"),
                                               QDateTime::currentDateTimeUtc());
    }
    return error;
}

ApiError ApiReply::transportError(QNetworkReply* reply) const
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.requestId = m_requestId;
    switch (reply->error()) {
    case QNetworkReply::InsecureRedirectError:
        error.message = tr("The server redirected to another address; the app only follows "
                           "redirects within the API's own https origin.");
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.message = tr("The server redirected more than %L1 times.").arg(m_policy.maxRedirects);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = tr("The server's identity could not be verified (%1). Nothing was sent.")
                            .arg(reply->errorString());
        break;
    default:
        error.message = reply->errorString();
        break;
    }
    return error;
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
