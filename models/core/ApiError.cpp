// SPDX-License-Identifier: MIT
#include "ApiError.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString statusHeadline(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The server rejected the request as malformed (HTTP 400).");
    case 401:
        return ApiError::tr(
            "The server did not accept the access token (HTTP 401). Enter a new token.");
    case 403:
        return ApiError::tr("You do not have access to this case (HTTP 403).");
    case 404:
        return ApiError::tr("The case or call was not found (HTTP 404). Check the case id.");
    case 422:
        return ApiError::tr("The server rejected the request's parameters (HTTP 422).");
    case 429:
        return ApiError::tr("The server is rate limiting requests (HTTP 429).");
    default:
        break;
    }
    if (status >= 500)
        return ApiError::tr("The server had an internal problem (HTTP %1). Try again later.")
            .arg(status);
    return ApiError::tr("The server answered with HTTP %1.").arg(status);
}

QString headline(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::InvalidRequest:
        return ApiError::tr("The request was not sent.");
    case ApiError::Kind::Network:
        return ApiError::tr("Could not reach the server.");
    case ApiError::Kind::Timeout:
        return ApiError::tr("The server did not answer in time.");
    case ApiError::Kind::Http:
        return statusHeadline(error.httpStatus);
    case ApiError::Kind::RateLimited:
        if (error.retryAt.isValid()) {
            const QString at =
                QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::ShortFormat);
            return ApiError::tr("The server is rate limiting requests; try again at %1.").arg(at);
        }
        return statusHeadline(429);
    case ApiError::Kind::Decode:
        return ApiError::tr("The server sent a response this app cannot read.");
    case ApiError::Kind::Cancelled:
        return ApiError::tr("The request was cancelled.");
    }
    return {};
}
} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
            || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    if (!isError())
        return {};
    QStringList parts {headline(*this)};
    if (!message.isEmpty())
        parts << message;
    if (!where.isEmpty())
        parts << ApiError::tr("(at %1)").arg(where);
    for (const FieldDetail& detail : details)
        parts << QStringLiteral("%1: %2").arg(detail.field, detail.message);
    if (!requestId.isEmpty())
        parts << ApiError::tr("Request id: %1").arg(requestId);
    return parts.join(u' ');
}
