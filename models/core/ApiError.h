// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Everything that can go wrong with one API request, folded into one value the UI can show.
struct ApiError {
    enum class Kind {
        None,
        InvalidRequest, // refused before sending: bad id, insecure or malformed URL
        Network, // connection refused, DNS, TLS, reset
        Timeout, // no progress within the transfer timeout, or over the overall deadline
        Http, // the server answered with a 4xx/5xx status
        RateLimited, // 429; retryAt says when the server will take requests again
        Decode, // a 2xx body that is not what the contract promises
        Cancelled,
    };
    struct FieldDetail {
        QString field;
        QString message;
        friend bool operator==(const FieldDetail&, const FieldDetail&) = default;
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no response arrived
    QString code; // the envelope's error.code ("not_found"); empty when there was no envelope
    QString message; // the envelope's message, or our own description
    QList<FieldDetail> details;
    QString requestId; // X-Request-Id of the response, for the user to quote
    QDateTime retryAt; // RateLimited only: when a retry may succeed (UTC)
    QString where; // Decode only: the JSON path that was wrong ("data[3].id")

    bool isError() const { return kind != Kind::None; }
    // Retrying the same request may succeed (connection trouble, 408/429/5xx gateway).
    bool isTransient() const;

    // One or two sentences for a person: what happened, the server's words, the request id.
    QString userMessage() const;

    friend bool operator==(const ApiError&, const ApiError&) = default;

    // Last: the macro ends in `private:`.
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};
