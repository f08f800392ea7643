// SPDX-License-Identifier: MIT
#include "ReplyFacts.h"

ReplyFacts ReplyFacts::of(const QNetworkReply& reply)
{
    ReplyFacts facts;
    facts.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.networkError = reply.error();
    facts.errorString = reply.errorString();
    facts.requestId = QString::fromUtf8(reply.rawHeader("X-Request-Id"));
    facts.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    facts.contentEncoding = reply.rawHeader("Content-Encoding");
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    facts.contentLength = length.isValid() ? length.toLongLong() : -1;
    facts.retryAfter = reply.rawHeader("Retry-After");
    facts.rateLimitReset = reply.rawHeader("X-RateLimit-Reset");
    return facts;
}
