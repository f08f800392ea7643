// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// One request as the sample server's router sees it, taken from QtHttpServer's parse (GET-style:
// the body is ignored). A plain value, so the router knows nothing of QtHttpServer's API.
struct SampleHttpRequest {
    QByteArray method;
    QString path; // percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};
