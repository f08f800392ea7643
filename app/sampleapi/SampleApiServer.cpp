// SPDX-License-Identifier: MIT
#include "SampleApiServer.h"

#include "SampleAudio.h"
#include "SampleByteRange.h"
#include "SampleHttpServer.h"
#include "SampleJson.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxRecordedRequests = 100000;

QByteArray secretFor(const SampleApiOptions& options)
{
    return "casecalls-sample-" + QByteArray::number(options.seed) + '-' + options.token.toUtf8();
}

QString errorCodeFor(int status)
{
    switch (status) {
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 422:
        return u"validation_error"_s;
    case 429:
        return u"rate_limit_exceeded"_s;
    case 502:
        return u"bad_gateway"_s;
    case 503:
        return u"service_unavailable"_s;
    case 504:
        return u"gateway_timeout"_s;
    default:
        return u"internal_error"_s;
    }
}

SampleHttpResponse errorResponse(int status, const QString& message)
{
    return SampleHttpResponse::json(status, SampleJson::error(errorCodeFor(status), message));
}

} // namespace

SampleApiServer::SampleApiServer(SampleApiOptions options, QObject* parent)
    : QObject(parent),
      m_options(options),
      m_store(options, QDateTime::currentDateTimeUtc()),
      m_paging(secretFor(options) + "-cursor"),
      m_signedOrigin(secretFor(options) + "-signed"),
      m_router(m_store, m_paging, m_signedOrigin),
      m_rateLimiter(options.rateLimitPerMinute),
      m_apiHttp(new SampleHttpServer(this)),
      m_signedHttp(new SampleHttpServer(this)),
      m_latencyMs(options.latencyMs)
{
    connect(m_apiHttp, &SampleHttpServer::requestReceived, this,
            &SampleApiServer::handleApiRequest);
    connect(m_signedHttp, &SampleHttpServer::requestReceived, this,
            &SampleApiServer::handleSignedRequest);
}

SampleApiServer::~SampleApiServer() = default;

bool SampleApiServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_apiHttp->listen(address, port)) {
        m_errorString = m_apiHttp->errorString();
        return false;
    }
    if (!m_signedHttp->listen(address, 0)) {
        m_errorString = m_signedHttp->errorString();
        return false;
    }
    // A server listening on every interface is still reached over loopback.
    QString host = address.toString();
    if (address == QHostAddress::LocalHost || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (address == QHostAddress::AnyIPv6)
        host = u"::1"_s;
    QUrl origin;
    origin.setScheme(u"http"_s);
    origin.setHost(host);
    origin.setPort(m_signedHttp->port());
    m_signedOrigin.setOrigin(origin);
    origin.setPort(m_apiHttp->port());
    origin.setPath(u"/v1"_s);
    m_baseUrl = origin;
    m_router.setBaseUrl(m_baseUrl);
    return true;
}

QString SampleApiServer::errorString() const
{
    return m_errorString;
}

QUrl SampleApiServer::baseUrl() const
{
    return m_baseUrl;
}

QUrl SampleApiServer::signedOrigin() const
{
    return m_signedOrigin.origin();
}

QString SampleApiServer::caseId() const
{
    return m_store.caseId();
}

QString SampleApiServer::token() const
{
    return m_options.token;
}

QStringList SampleApiServer::callIds() const
{
    return m_store.callIds();
}

QStringList SampleApiServer::contactIds() const
{
    return m_store.contactIds();
}

void SampleApiServer::setFaults(const SampleApiFaults& faults)
{
    const QMutexLocker lock(&m_mutex);
    m_faults = faults;
    m_apiRequestCount = 0;
    m_responseCount = 0;
}

SampleApiFaults SampleApiServer::faults() const
{
    const QMutexLocker lock(&m_mutex);
    return m_faults;
}

void SampleApiServer::setLatencyMs(int ms)
{
    const QMutexLocker lock(&m_mutex);
    m_latencyMs = ms;
}

QList<RecordedRequest> SampleApiServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void SampleApiServer::clearRequests()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

QString SampleApiServer::insertCall()
{
    return m_store.insertCall(QDateTime::currentDateTimeUtc());
}

QUrl SampleApiServer::signedRecordingUrl(const QString& callId, bool wav, qint64 expiresUnix) const
{
    return m_signedOrigin.urlFor(callId, wav, expiresUnix);
}

void SampleApiServer::handleApiRequest(SampleHttpExchange* http)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SampleHttpRequest& request = http->request();
    Exchange exchange {Origin::Api, http, request, m_rateLimiter.take(now)};
    if (auto fault = injectedFault(now)) {
        finish(exchange, *fault);
        return;
    }
    if (!isAuthorized(request)) {
        SampleHttpResponse response = errorResponse(401, u"Missing or invalid bearer token."_s);
        response.setHeader("WWW-Authenticate", "Bearer");
        finish(exchange, response);
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        SampleHttpResponse response = errorResponse(405, u"Only GET is supported."_s);
        response.setHeader("Allow", "GET, HEAD");
        finish(exchange, response);
        return;
    }
    if (!exchange.rate->allowed) {
        SampleHttpResponse response = errorResponse(429, u"Rate limit exceeded."_s);
        response.setHeader("Retry-After",
                           QByteArray::number(exchange.rate->resetUnix - now.toSecsSinceEpoch()));
        finish(exchange, response);
        return;
    }
    if (auto response = authorisedResponse(exchange, now))
        finish(exchange, *response);
}

std::optional<SampleHttpResponse> SampleApiServer::authorisedResponse(const Exchange& exchange,
                                                                      const QDateTime& now)
{
    auto result = m_router.route(exchange.request, now);
    if (result.audio) {
        serveAudio(exchange, *result.audio);
        return std::nullopt; // answered once the audio is ready
    }
    if (result.isCallJson && result.response.status == 200 && takeMalformedJsonFault()) {
        result.response.body.chop(result.response.body.size() / 3);
        result.response.body += ",\"data\":[{]";
        result.response.setHeader("ETag", "\"malformed\"");
    }
    return result.response;
}

void SampleApiServer::handleSignedRequest(SampleHttpExchange* http)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SampleHttpRequest& request = http->request();
    const Exchange exchange {Origin::Signed, http, request, std::nullopt};
    SignedUrlOrigin::Target target;
    switch (m_signedOrigin.check(request, now, &target)) {
    case SignedUrlOrigin::Verdict::NotFound:
        finish(exchange, errorResponse(404, u"No such object."_s));
        return;
    case SignedUrlOrigin::Verdict::BadSignature:
        finish(exchange, errorResponse(403, u"The signature does not match."_s));
        return;
    case SignedUrlOrigin::Verdict::Expired:
        finish(exchange, errorResponse(403, u"The signed URL has expired."_s));
        return;
    case SignedUrlOrigin::Verdict::Valid:
        break;
    }
    const auto call = m_store.call(target.callId, now);
    if (!call || call->recordingHost != SampleCall::RecordingHost::Signed
        || call->recordingWav != target.wav) {
        finish(exchange, errorResponse(404, u"No such object."_s));
        return;
    }
    serveAudio(exchange,
               {call->id, call->recordingWav, call->recordingDurationSeconds.value_or(1),
                call->audioSeed});
}

void SampleApiServer::serveAudio(const Exchange& exchange, const SampleApiRouter::AudioJob& job)
{
    // Rendering a long recording takes a while: off the server's thread, cached by SampleAudio.
    const auto format = job.wav ? SampleAudio::Format::Wav : SampleAudio::Format::Mp3;
    QtConcurrent::run([format, job] {
        return SampleAudio::recording(format, job.seconds, job.seed);
    }).then(this, [this, exchange, format](const QByteArray& audio) {
        finish(exchange,
               SampleByteRange::respond(audio, SampleAudio::mimeType(format),
                                        exchange.request.header("range")));
    });
}

std::optional<SampleHttpResponse> SampleApiServer::injectedFault(const QDateTime& now)
{
    const QMutexLocker lock(&m_mutex);
    if (m_faults.rateLimitNextCount > 0) {
        --m_faults.rateLimitNextCount;
        SampleHttpResponse response = errorResponse(429, u"Rate limit exceeded."_s);
        const int wait = qMax(0, m_faults.retryAfterSeconds);
        response.setHeader("Retry-After", QByteArray::number(wait));
        response.setHeader("X-RateLimit-Remaining", "0");
        response.setHeader("X-RateLimit-Reset", QByteArray::number(now.toSecsSinceEpoch() + wait));
        return response;
    }
    ++m_apiRequestCount;
    const bool failNext = m_faults.failNextCount > 0;
    if (failNext)
        --m_faults.failNextCount;
    if (failNext || (m_faults.failEveryNth > 0 && m_apiRequestCount % m_faults.failEveryNth == 0))
        return errorResponse(m_faults.failStatus, u"Injected failure."_s);
    return std::nullopt;
}

bool SampleApiServer::isAuthorized(const SampleHttpRequest& request) const
{
    return request.header("authorization") == "Bearer " + m_options.token.toUtf8();
}

bool SampleApiServer::takeMalformedJsonFault()
{
    const QMutexLocker lock(&m_mutex);
    const bool malformed = m_faults.malformedJsonNext;
    m_faults.malformedJsonNext = false;
    return malformed;
}

void SampleApiServer::addRateLimitHeaders(SampleHttpResponse& response,
                                          const SampleRateLimiter::State& rate)
{
    // A 429 fault has already said when to come back; keep its values.
    if (response.header("X-RateLimit-Reset").isEmpty()) {
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(rate.remaining));
        response.setHeader("X-RateLimit-Reset", QByteArray::number(rate.resetUnix));
    }
    response.setHeader("X-RateLimit-Limit", QByteArray::number(rate.limit));
}

void SampleApiServer::finish(const Exchange& exchange, SampleHttpResponse response)
{
    if (exchange.rate)
        addRateLimitHeaders(response, *exchange.rate);
    int latency = 0;
    {
        const QMutexLocker lock(&m_mutex);
        response.setHeader(
            "X-Request-Id",
            "req_" + QByteArray::number(m_apiHttp->port(), 16) + '_'
                + QByteArray::number(++m_requestIdCounter, 16).rightJustified(8, '0'));
        if (m_faults.htmlErrors && response.status >= 400) {
            response.body =
                SampleJson::htmlError(response.status, u"The upstream service failed."_s);
            response.setHeader("Content-Type", "text/html; charset=utf-8");
        }
        ++m_responseCount;
        response.truncate =
            m_faults.truncateEveryNth > 0 && m_responseCount % m_faults.truncateEveryNth == 0;
        response.slowBodyMs = m_faults.slowBodyMs;
        latency = m_latencyMs;
    }
    record(exchange, response.status);
    if (exchange.http)
        exchange.http->respond(response, latency);
}

void SampleApiServer::record(const Exchange& exchange, int status)
{
    const SampleHttpRequest& request = exchange.request;
    const QByteArray authorization = request.header("authorization");
    RecordedRequest recorded {exchange.origin == Origin::Api ? u"api"_s : u"signed"_s,
                              request.method,
                              request.path,
                              request.query,
                              request.headers.contains("authorization"),
                              isAuthorized(request),
                              request.header("range"),
                              status};
    const QMutexLocker lock(&m_mutex);
    // Bounded, so a long benchmark run does not grow without limit.
    if (m_requests.size() >= maxRecordedRequests)
        m_requests.removeFirst();
    m_requests.append(recorded);
}
