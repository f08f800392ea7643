// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCallStore.h"
#include "SampleHttpRequest.h"
#include "SampleHttpResponse.h"
#include "SampleListCache.h"
#include "SampleListQuery.h"
#include "SamplePaging.h"
#include "SignedUrlOrigin.h"

#include <QUrl>

#include <optional>

// The API's endpoints under /v1 for an authorised request: validation, lookups, JSON bodies,
// ETags. Recordings are answered by the caller once their audio is ready (audio job).
class SampleApiRouter {
public:
    struct AudioJob {
        QString callId;
        bool wav = false;
        int seconds = 0;
        quint32 seed = 0;
    };
    struct Result {
        SampleHttpResponse response;
        std::optional<AudioJob> audio; // set: the response is this recording
        bool isCallJson = false; // a list or detail body (for the malformed-JSON fault)
    };

    SampleApiRouter(const SampleCallStore& store, const SamplePaging& paging,
                    const SignedUrlOrigin& signedOrigin);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    Result route(const SampleHttpRequest& request, const QDateTime& now) const;
    QString recordingUrl(const SampleCall& call, const QDateTime& now) const;

private:
    Result listCalls(const SampleHttpRequest& request, const QDateTime& now) const;
    Result getCall(const SampleHttpRequest& request, const QString& callId,
                   const QDateTime& now) const;
    Result getRecording(const QString& callId, const QDateTime& now) const;
    Result listContacts(const SampleHttpRequest& request) const;
    QByteArray callJson(const SampleCallStore::Snapshot& snapshot, qsizetype position,
                        const QDateTime& now) const;
    static Result withEtag(const SampleHttpRequest& request, SampleHttpResponse response);
    static Result notFound(const QString& message);
    static Result invalid(const QList<SampleListQuery::FieldError>& errors);

    const SampleCallStore& m_store;
    const SamplePaging& m_paging;
    const SignedUrlOrigin& m_signedOrigin;
    QUrl m_baseUrl;
    mutable SampleListCache m_cache; // route() is const; the cache only remembers its answers
};
