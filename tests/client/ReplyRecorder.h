// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "CallPageReply.h"
#include "CallReply.h"
#include "ContactPageReply.h"

#include <memory>

// Everything one ApiReply reported. The reply deletes itself after finished(), so tests read
// this copy instead of the reply.
struct ReplyOutcome {
    int finishedCount = 0;
    ApiError error;
    bool notModified = false;
    QByteArray etag;
    QString requestId;
    QList<int> retryAttempts;
    QList<ApiError> retryReasons;
    QList<QDateTime> rateLimitedUntil;
    CallPage callPage;
    Call call;
    InstitutionContactPage contactPage;
};

inline std::shared_ptr<ReplyOutcome> record(ApiReply* reply)
{
    auto outcome = std::make_shared<ReplyOutcome>();
    QObject::connect(reply, &ApiReply::retrying, reply,
                     [outcome](int attempt, int, const ApiError& reason) {
                         outcome->retryAttempts.append(attempt);
                         outcome->retryReasons.append(reason);
                     });
    QObject::connect(reply, &ApiReply::rateLimited, reply,
                     [outcome](const QDateTime& at) { outcome->rateLimitedUntil.append(at); });
    QObject::connect(reply, &ApiReply::finished, reply, [outcome, reply] {
        ++outcome->finishedCount;
        outcome->error = reply->error();
        outcome->notModified = reply->isNotModified();
        outcome->etag = reply->etag();
        outcome->requestId = reply->requestId();
        if (auto* page = qobject_cast<CallPageReply*>(reply))
            outcome->callPage = page->page();
        if (auto* single = qobject_cast<CallReply*>(reply))
            outcome->call = single->call();
        if (auto* contacts = qobject_cast<ContactPageReply*>(reply))
            outcome->contactPage = contacts->page();
    });
    return outcome;
}
