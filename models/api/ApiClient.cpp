// SPDX-License-Identifier: MIT
#include "ApiClient.h"

#include "DiagnosticLog.h"
#include "RecordingUrlPolicy.h"
#include "Ulid.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString sortByWire(CallsQuery::SortBy sortBy)
{
    return sortBy == CallsQuery::SortBy::Duration ? u"duration_seconds"_s : u"created_at"_s;
}

QString sortOrderWire(CallsQuery::SortOrder order)
{
    return order == CallsQuery::SortOrder::Ascending ? u"asc"_s : u"desc"_s;
}

// Query parameters, every value percent-encoded. QUrlQuery leaves '+' as is, which servers
// that decode form-style read as a space: an opaque cursor containing '+' would break.
class QueryString {
public:
    void add(const char* key, const QString& value)
    {
        if (!m_encoded.isEmpty())
            m_encoded += '&';
        m_encoded += key;
        m_encoded += '=';
        m_encoded += QUrl::toPercentEncoding(value);
    }
    void add(const char* key, int value) { add(key, QString::number(value)); }
    void applyTo(QUrl& url) const { url.setQuery(QString::fromLatin1(m_encoded)); }

private:
    QByteArray m_encoded;
};
} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent),
      m_network(network),
      m_budget(
          std::make_shared<RetryBudget>(m_policy.retryBudget, m_policy.budgetRefillPerSuccess)),
      m_rng(QRandomGenerator::global()->generate())
{
}

ApiClient::~ApiClient()
{
    // Replies still running are our children and die with us; they must not call back into a
    // half-destroyed client.
    for (ApiReply* reply : std::as_const(m_active))
        disconnect(reply, nullptr, this, nullptr);
}

bool ApiClient::isLoopbackHost(const QString& host)
{
    return RecordingUrlPolicy::isLoopbackHost(host);
}

void ApiClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_policy = policy;
    m_budget->reset(policy.retryBudget, policy.budgetRefillPerSuccess);
}

bool ApiClient::setBaseUrl(const QUrl& baseUrl, QString* whyNot)
{
    const auto refuse = [whyNot](const QString& reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return refuse(tr("The API address is not a valid URL."));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return refuse(tr("The API address must start with https://."));
    if (scheme == "http"_L1 && !isLoopbackHost(baseUrl.host()))
        return refuse(tr("Plain http would send the access token unencrypted; use https:// "
                         "(http is only allowed for this computer, such as 127.0.0.1)."));
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment())
        return refuse(tr("The API address must not contain a user name, query or fragment."));

    QUrl normalized = baseUrl;
    normalized.setScheme(scheme);
    QString path = normalized.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalized.setPath(path);
    m_baseUrl = normalized;
    return true;
}

void ApiClient::applySettings(const QSettings& settings)
{
    setHttp2Allowed(settings.value(QLatin1StringView(http2SettingKey), true).toBool());
}

void ApiClient::setToken(const QString& token)
{
    m_token = token.trimmed();
    DiagnosticLog::addSecret(m_token); // a token printed by mistake never reaches the log file
}

bool ApiClient::isApiOrigin(const QUrl& url) const
{
    return RecordingUrlPolicy::isSameOrigin(url, m_baseUrl);
}

QNetworkRequest ApiClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    // Qt's default policy copies every header, Authorization included, to any redirect target.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(std::max(0, m_policy.maxRedirects));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
    if (m_policy.transferTimeoutMs > 0)
        request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!m_token.isEmpty() && RecordingUrlPolicy::mayCarryToken(url, m_baseUrl))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

QNetworkRequest ApiClient::apiRequest(const QUrl& url) const
{
    QNetworkRequest request = makeRequest(url);
    request.setRawHeader("Accept", "application/json");
    return request;
}

QString ApiClient::whyNotSendable(const QString& caseId, const QString& callId) const
{
    if (!m_baseUrl.isValid())
        return tr("No API address is set.");
    if (!m_network)
        return tr("The network is not available.");
    if (!isValidUlid(caseId))
        return tr("\"%1\" is not a valid case id (26 letters and digits).").arg(caseId);
    if (!callId.isNull() && !isValidUlid(callId))
        return tr("\"%1\" is not a valid call id (26 letters and digits).").arg(callId);
    return {};
}

QUrl ApiClient::caseUrl(const QString& caseId, const QString& subPath) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + "/cases/"_L1 + caseId + subPath);
    return url;
}

CallPageReply* ApiClient::listCalls(const QString& caseId, const CallsQuery& query,
                                    const PagePosition& position)
{
    auto* reply = new CallPageReply(this);
    const QString whyNot = whyNotSendable(caseId);
    QUrl url;
    if (whyNot.isEmpty()) {
        QueryString params;
        if (query.paging == CallsQuery::Paging::PageNumber)
            params.add("page", position.page);
        else if (!position.cursor.isEmpty())
            params.add("cursor", position.cursor);
        params.add("per_page", query.perPage);
        params.add("sort_by", sortByWire(query.sortBy));
        params.add("sort_order", sortOrderWire(query.sortOrder));
        if (!query.status.isEmpty())
            params.add("status", query.status);
        if (!query.institutionContactId.isEmpty())
            params.add("institution_contact_id", query.institutionContactId);
        url = caseUrl(caseId, u"/phone-calls"_s);
        params.applyTo(url);
    }
    dispatch(reply, apiRequest(url), whyNot);
    return reply;
}

CallReply* ApiClient::getCall(const QString& caseId, const QString& callId,
                              const QByteArray& ifNoneMatch)
{
    auto* reply = new CallReply(this);
    const QString whyNot = whyNotSendable(caseId, callId.isNull() ? u""_s : callId);
    QNetworkRequest request;
    if (whyNot.isEmpty()) {
        request = apiRequest(caseUrl(caseId, "/phone-calls/"_L1 + callId));
        if (!ifNoneMatch.isEmpty())
            request.setRawHeader("If-None-Match", ifNoneMatch);
    }
    dispatch(reply, request, whyNot);
    return reply;
}

ContactPageReply* ApiClient::listContacts(const QString& caseId, int page, int perPage)
{
    auto* reply = new ContactPageReply(this);
    const QString whyNot = whyNotSendable(caseId);
    QUrl url;
    if (whyNot.isEmpty()) {
        QueryString params;
        params.add("page", page);
        params.add("per_page", perPage);
        url = caseUrl(caseId, u"/institution-contacts"_s);
        params.applyTo(url);
    }
    dispatch(reply, apiRequest(url), whyNot);
    return reply;
}

void ApiClient::dispatch(ApiReply* reply, const QNetworkRequest& request, const QString& whyNot)
{
    m_active.insert(reply);
    emit activeRequestCountChanged(activeRequestCount());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->error().httpStatus == 401)
            emit unauthorized(reply->error());
        untrack(reply);
    });
    // A reply deleted before it finished must not stay counted.
    connect(reply, &QObject::destroyed, this, [this, reply] { untrack(reply); });
    if (!whyNot.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = whyNot;
        reply->failWithoutSending(error);
        return;
    }
    reply->start(m_network, request, m_policy, m_rng.generate(), m_budget);
}

void ApiClient::untrack(ApiReply* reply)
{
    if (m_active.remove(reply))
        emit activeRequestCountChanged(activeRequestCount());
}
