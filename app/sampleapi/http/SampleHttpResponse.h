// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP response plus how the sample server should deliver it (fault injection).
struct SampleHttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added on the wire
    QByteArray body;
    bool truncate = false; // declare the full length, send half, close
    int slowBodyMs = 0; // spread the body over this long

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    static SampleHttpResponse json(int status, const QByteArray& body);
    static QByteArray reasonPhrase(int status);
};
