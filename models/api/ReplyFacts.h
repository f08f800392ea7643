// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

// What one finished attempt said, read off its QNetworkReply: plain data, so that what it
// means can be decided (and tested) without a network.
struct ReplyFacts {
    int httpStatus = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QString requestId;
    QString contentType;
    QByteArray contentEncoding;
    qint64 contentLength = -1; // -1: not announced
    QByteArray retryAfter;
    QByteArray rateLimitReset;
    bool tooLarge = false; // aborted by the size guard
    bool deadlineExpired = false; // aborted by the overall deadline

    static ReplyFacts of(const QNetworkReply& reply);
};
