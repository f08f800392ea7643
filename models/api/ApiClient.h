// SPDX-License-Identifier: MIT
#pragma once

#include "CallPageReply.h"
#include "CallReply.h"
#include "CallsQuery.h"
#include "ContactPageReply.h"
#include "RetryBudget.h"
#include "RetryPolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;

// The one client of the case calls API: builds URLs from validated ids, adds the bearer token
// in exactly one place (makeRequest), and hands back replies that retry, wait out rate limits
// and decode by themselves.
class ApiClient : public QObject {
    Q_OBJECT
public:
    // `network` is not owned and must outlive the client's requests.
    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ApiClient() override;

    // Accepts https URLs, and http only for loopback hosts (127.0.0.0/8, ::1, "localhost").
    // Returns false with a reason (for the user) and keeps the old URL otherwise.
    bool setBaseUrl(const QUrl& baseUrl, QString* whyNot = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token); // never logged
    bool hasToken() const { return !m_token.isEmpty(); }
    // Also refills the client-wide retry budget to the policy's size.
    void setRetryPolicy(const RetryPolicy& policy);
    RetryPolicy retryPolicy() const { return m_policy; }
    // Retries all requests together may still spend (see RetryBudget).
    double retryBudgetAvailable() const { return m_budget->available(); }
    // HTTP/2 is negotiated (ALPN) when allowed; a setting for networks whose proxies break it.
    void setHttp2Allowed(bool allowed) { m_http2Allowed = allowed; }
    bool isHttp2Allowed() const { return m_http2Allowed; }
    // The user's switches: `network/http2` (true when absent) is setHttp2Allowed().
    static constexpr auto http2SettingKey = "network/http2";
    void applySettings(const QSettings& settings);
    // Makes the retry jitter reproducible (tests).
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    // True when `url` has the base URL's scheme, host and port (the token may go there).
    bool isApiOrigin(const QUrl& url) const;
    // A request for `url` with the bearer token added only when
    // RecordingUrlPolicy::mayCarryToken(url, baseUrl()); redirect policy: same-origin only, at
    // most RetryPolicy::maxRedirects; HTTP/2 as set. The single place the Authorization header
    // is set.
    QNetworkRequest makeRequest(const QUrl& url) const;

    // Ids are checked with isValidUlid before any URL is built; a bad id gives a reply that
    // finishes (asynchronously, via the event loop) with Kind::InvalidRequest.
    CallPageReply* listCalls(const QString& caseId, const CallsQuery& query,
                             const PagePosition& position);
    CallReply* getCall(const QString& caseId, const QString& callId,
                       const QByteArray& ifNoneMatch = {});
    ContactPageReply* listContacts(const QString& caseId, int page = 1, int perPage = 100);

    int activeRequestCount() const { return int(m_active.size()); }

    static bool isLoopbackHost(const QString& host);

signals:
    void activeRequestCountChanged(int count); // for the status bar's network activity
    void unauthorized(const ApiError& error); // any 401: the UI asks for a new token

private:
    // Why a request for these ids must not be sent (no base URL, an id that is not a ULID);
    // empty when it may.
    QString whyNotSendable(const QString& caseId, const QString& callId = {}) const;
    // `<base path>/cases/<caseId><subPath>`; the ids in it must have been validated.
    QUrl caseUrl(const QString& caseId, const QString& subPath) const;
    // Sends `request` through `reply`, or fails the reply without sending when `whyNot` is set.
    void dispatch(ApiReply* reply, const QNetworkRequest& request, const QString& whyNot);
    QNetworkRequest apiRequest(const QUrl& url) const;
    void untrack(ApiReply* reply);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_token;
    RetryPolicy m_policy;
    // Shared with the replies: one may outlive the client (it is deleted later).
    std::shared_ptr<RetryBudget> m_budget;
    bool m_http2Allowed = true;
    QRandomGenerator m_rng;
    QSet<ApiReply*> m_active; // compared as pointers only: entries may be mid-destruction
};
