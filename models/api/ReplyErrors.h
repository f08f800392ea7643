// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ReplyFacts.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How an attempt's outcome is classified: the error a user is shown (kind, message, status,
// request id, when to retry after a 429), or none for a complete 2xx. Pure functions of the
// facts, the body and the policy's limits (quoted in the messages).
class ReplyErrors {
    // The messages keep ApiReply's translation context: they were its own before this class.
    Q_DECLARE_TR_FUNCTIONS(ApiReply)
public:
    static ApiError classify(const ReplyFacts& facts, const QByteArray& body,
                             const RetryPolicy& policy);
    // Failures that come back the same on every attempt: retrying them only adds load.
    static bool isPermanent(const ReplyFacts& facts);

private:
    static ApiError transportError(const ReplyFacts& facts, const RetryPolicy& policy);
    static QString messageForNonApiBody(const ReplyFacts& facts, const QByteArray& body);
};
