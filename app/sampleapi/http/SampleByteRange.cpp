// SPDX-License-Identifier: MIT
#include "SampleByteRange.h"

SampleHttpResponse SampleByteRange::respond(const QByteArray& content, const QByteArray& mimeType,
                                            const QByteArray& rangeHeader)
{
    SampleHttpResponse response;
    response.setHeader("Accept-Ranges", "bytes");
    const QByteArray size = QByteArray::number(content.size());
    // A multi-range request may be answered with the whole content (RFC 9110 14.2).
    if (rangeHeader.isEmpty() || rangeHeader.contains(',')) {
        response.setHeader("Content-Type", mimeType);
        response.body = content;
        return response;
    }
    qsizetype first = 0;
    qsizetype last = 0;
    if (!parse(rangeHeader, content.size(), &first, &last)) {
        response.status = 416;
        response.setHeader("Content-Range", "bytes */" + size);
        return response;
    }
    response.status = 206;
    response.setHeader("Content-Type", mimeType);
    response.setHeader("Content-Range",
                       "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                           + size);
    response.body = content.mid(first, last - first + 1);
    return response;
}

bool SampleByteRange::parse(const QByteArray& rangeHeader, qsizetype size, qsizetype* first,
                            qsizetype* last)
{
    const QByteArray header = rangeHeader.trimmed();
    if (!header.startsWith("bytes="))
        return false;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    const QByteArray start = spec.left(dash).trimmed();
    const QByteArray end = spec.mid(dash + 1).trimmed();
    bool startOk = false;
    bool endOk = false;
    const qint64 startValue = start.toLongLong(&startOk);
    const qint64 endValue = end.toLongLong(&endOk);
    if (start.isEmpty()) { // suffix: the last N bytes
        if (!endOk || endValue <= 0 || size == 0)
            return false;
        *first = qMax<qsizetype>(0, size - endValue);
        *last = size - 1;
        return true;
    }
    if (!startOk || startValue < 0 || startValue >= size || (!end.isEmpty() && !endOk)
        || (endOk && endValue < startValue))
        return false;
    *first = startValue;
    *last = end.isEmpty() ? size - 1 : qMin<qsizetype>(endValue, size - 1);
    return true;
}
