// SPDX-License-Identifier: MIT
#include "ReplyErrors.h"

#include "CallJsonDecoder.h"
#include "RateLimitInfo.h"

#include <QDateTime>

namespace {
bool isTimeoutError(QNetworkReply::NetworkError error)
{
    // Qt aborts a reply whose transfer timeout expired; depending on the version that surfaces
    // as OperationCanceledError or TimeoutError. Our own aborts never reach the handler.
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

// The body is shorter than the Content-Length the server announced. Only meaningful for an
// unencoded body: after Qt inflates gzip the sizes no longer compare.
bool isTruncated(const ReplyFacts& facts, const QByteArray& body)
{
    return facts.contentEncoding.isEmpty() && facts.contentLength >= 0
        && body.size() < facts.contentLength;
}

} // namespace

ApiError ReplyErrors::transportError(const ReplyFacts& facts, const RetryPolicy& policy)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.requestId = facts.requestId;
    switch (facts.networkError) {
    case QNetworkReply::InsecureRedirectError:
        error.message = tr("The server redirected to another address; the app only follows "
                           "redirects within the API's own https origin.");
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.message = tr("The server redirected more than %L1 times.").arg(policy.maxRedirects);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = tr("The server's identity could not be verified (%1). Nothing was sent.")
                            .arg(facts.errorString);
        break;
    default:
        error.message = facts.errorString;
        break;
    }
    return error;
}

QString ReplyErrors::messageForNonApiBody(const ReplyFacts& facts, const QByteArray& body)
{
    const QString& type = facts.contentType;
    if (body.trimmed().isEmpty())
        return tr("The response had no body.");
    if (type.contains(u"html", Qt::CaseInsensitive))
        return tr("A web page (%1) came back instead of an API error; a proxy or "
                  "gateway may have answered.")
            .arg(type);
    return tr("The response was not an API error (%1).")
        .arg(type.isEmpty() ? tr("no content type") : type);
}

bool ReplyErrors::isPermanent(const ReplyFacts& facts)
{
    return facts.tooLarge || facts.networkError == QNetworkReply::SslHandshakeFailedError
        || facts.networkError == QNetworkReply::InsecureRedirectError
        || facts.networkError == QNetworkReply::TooManyRedirectsError;
}

ApiError ReplyErrors::classify(const ReplyFacts& facts, const QByteArray& body,
                               const RetryPolicy& policy)
{
    ApiError error;
    error.requestId = facts.requestId;
    const int status = facts.httpStatus;
    if (facts.tooLarge) {
        error.kind = ApiError::Kind::Decode;
        error.httpStatus = status;
        error.message = tr("The response is larger than %L1 MiB; it was not read.")
                            .arg(policy.maxResponseBytes / (1024 * 1024));
        return error;
    }
    if (facts.networkError == QNetworkReply::InsecureRedirectError
        || facts.networkError == QNetworkReply::TooManyRedirectsError)
        return transportError(facts, policy);
    if (facts.deadlineExpired || isTimeoutError(facts.networkError)) {
        error.kind = ApiError::Kind::Timeout;
        error.message = facts.deadlineExpired
            ? tr("No complete answer within %L1 ms.").arg(policy.overallDeadlineMs)
            : tr("The server was silent for %L1 ms.").arg(policy.transferTimeoutMs);
        return error;
    }
    if (status >= 200 && status < 300) {
        if (facts.networkError == QNetworkReply::NoError && !isTruncated(facts, body))
            return {};
        error.kind = ApiError::Kind::Network;
        error.httpStatus = status;
        error.message = facts.networkError == QNetworkReply::NoError
            ? tr("The response was cut off before it was complete.")
            : tr("The response was cut off before it was complete (%1).").arg(facts.errorString);
        return error;
    }
    if (status == 0)
        return transportError(facts, policy);
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    if (!CallJsonDecoder::decodeErrorEnvelope(body, error))
        error.message = messageForNonApiBody(facts, body);
    if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.retryAt = RateLimitInfo::retryAt(facts.retryAfter, facts.rateLimitReset,
                                               QDateTime::currentDateTimeUtc());
    }
    return error;
}
