// SPDX-License-Identifier: MIT
#include "SampleApiRouter.h"

#include "SampleJson.h"
#include "SampleUlid.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

SampleApiRouter::SampleApiRouter(const SampleCallStore& store, const SamplePaging& paging,
                                 const SignedUrlOrigin& signedOrigin)
    : m_store(store), m_paging(paging), m_signedOrigin(signedOrigin)
{
}

SampleApiRouter::Result SampleApiRouter::route(const SampleHttpRequest& request,
                                               const QDateTime& now) const
{
    // /v1/cases/{case_id}/phone-calls[/{call_id}[/recording]] |
    // /v1/cases/{case_id}/institution-contacts
    const QStringList segments = request.path.split(u'/');
    if (segments.size() < 5 || segments.size() > 7 || !segments.at(0).isEmpty()
        || segments.at(1) != u"v1"_s || segments.at(2) != u"cases"_s)
        return notFound(u"No such endpoint."_s);
    const QString& caseId = segments.at(3);
    const QString& collection = segments.at(4);
    if (collection != u"phone-calls"_s && collection != u"institution-contacts"_s)
        return notFound(u"No such endpoint."_s);
    if (!SampleUlid::isValid(caseId) || caseId != m_store.caseId())
        return notFound(u"Case %1 was not found."_s.arg(caseId));
    if (collection == u"institution-contacts"_s)
        return segments.size() == 5 ? listContacts(request) : notFound(u"No such endpoint."_s);
    if (segments.size() == 5)
        return listCalls(request, now);
    const QString& callId = segments.at(5);
    if (segments.size() == 7 && segments.at(6) != u"recording"_s)
        return notFound(u"No such endpoint."_s);
    if (!SampleUlid::isValid(callId) || !m_store.call(callId, now))
        return notFound(u"Phone call %1 was not found in this case."_s.arg(callId));
    return segments.size() == 6 ? getCall(request, callId, now) : getRecording(callId, now);
}

QString SampleApiRouter::recordingUrl(const SampleCall& call, const QDateTime& now) const
{
    switch (call.recordingHost) {
    case SampleCall::RecordingHost::None:
        return {};
    case SampleCall::RecordingHost::Api:
        return m_baseUrl.toString()
            + u"/cases/%1/phone-calls/%2/recording"_s.arg(m_store.caseId(), call.id);
    case SampleCall::RecordingHost::Signed:
        return m_signedOrigin.urlFor(call.id, call.recordingWav, SignedUrlOrigin::expiryFor(now))
            .toString();
    }
    return {};
}

SampleApiRouter::Result SampleApiRouter::listCalls(const SampleHttpRequest& request,
                                                   const QDateTime& now) const
{
    QList<SampleListQuery::FieldError> errors;
    const auto query = SampleListQuery::parse(request.query, m_paging.seal(), &errors);
    if (!errors.isEmpty()) {
        return invalid(errors);
    }
    const auto snapshot = m_store.snapshot(now);
    const auto order = m_cache.order(snapshot, query);
    const auto page = m_paging.page(snapshot->calls, *order, query);
    // The same bytes QJsonDocument writes for {"data": [...], "meta": {...}} (keys sorted),
    // assembled from each call's cached JSON.
    QByteArray body = "{\"data\":[";
    for (qsizetype i = 0; i < page.positions.size(); ++i) {
        if (i > 0)
            body += ',';
        body += callJson(*snapshot, page.positions.at(i), now);
    }
    const QJsonObject meta = SampleJson::meta(query.page, query.perPage, page.totalCount,
                                              page.totalPages, page.nextCursor, page.hasMore);
    body += "],\"meta\":" + SampleJson::document(meta) + '}';
    Result result = withEtag(request, SampleHttpResponse::json(200, body));
    result.isCallJson = true;
    return result;
}

QByteArray SampleApiRouter::callJson(const SampleCallStore::Snapshot& snapshot, qsizetype position,
                                     const QDateTime& now) const
{
    const SampleCall& call = snapshot.calls.at(position);
    const qint64 urlExpiry = call.recordingHost == SampleCall::RecordingHost::Signed
        ? SignedUrlOrigin::expiryFor(now)
        : 0;
    return m_cache.callJson(snapshot, position, urlExpiry,
                            [this, &call, &now] { return recordingUrl(call, now); });
}

SampleApiRouter::Result SampleApiRouter::getCall(const SampleHttpRequest& request,
                                                 const QString& callId, const QDateTime& now) const
{
    const auto call = m_store.call(callId, now);
    const QJsonObject body {{u"data"_s, SampleJson::call(*call, recordingUrl(*call, now))}};
    Result result = withEtag(request, SampleHttpResponse::json(200, SampleJson::document(body)));
    result.isCallJson = true;
    return result;
}

SampleApiRouter::Result SampleApiRouter::getRecording(const QString& callId,
                                                      const QDateTime& now) const
{
    const auto call = m_store.call(callId, now);
    if (call->recordingHost == SampleCall::RecordingHost::None)
        return notFound(u"Phone call %1 has no recording."_s.arg(callId));
    if (call->recordingHost == SampleCall::RecordingHost::Signed) {
        // Like a storage-backed service: hand out the signed URL on the other host. A client
        // that follows this with its Authorization header leaks the token there.
        Result result;
        result.response.status = 302;
        result.response.setHeader("Location", recordingUrl(*call, now).toUtf8());
        return result;
    }
    Result result;
    result.audio = AudioJob {call->id, call->recordingWav,
                             call->recordingDurationSeconds.value_or(1), call->audioSeed};
    return result;
}

SampleApiRouter::Result SampleApiRouter::listContacts(const SampleHttpRequest& request) const
{
    QList<SampleListQuery::FieldError> errors;
    const auto query = SampleListQuery::parsePageOnly(request.query, &errors);
    if (!errors.isEmpty()) {
        return invalid(errors);
    }
    const QList<SampleContact> contacts = m_store.contacts();
    const qsizetype offset = qsizetype(*query.page - 1) * query.perPage;
    QJsonArray data;
    for (qsizetype i = offset; i < qMin(offset + query.perPage, contacts.size()); ++i)
        data.append(SampleJson::contact(contacts.at(i)));
    const qsizetype totalPages = (contacts.size() + query.perPage - 1) / query.perPage;
    const QJsonObject meta =
        SampleJson::meta(query.page, query.perPage, contacts.size(), totalPages, {},
                         offset + query.perPage < contacts.size());
    return withEtag(request,
                    SampleHttpResponse::json(
                        200, SampleJson::document({{u"data"_s, data}, {u"meta"_s, meta}})));
}

SampleApiRouter::Result SampleApiRouter::withEtag(const SampleHttpRequest& request,
                                                  SampleHttpResponse response)
{
    const QByteArray etag = '"'
        + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    response.setHeader("ETag", etag);
    const QList<QByteArray> candidates = request.header("if-none-match").split(',');
    for (const QByteArray& candidate : candidates) {
        const QByteArray tag = candidate.trimmed();
        if (tag == etag || tag == "W/" + etag || tag == "*") {
            response.status = 304;
            response.body.clear();
            response.setHeader("Content-Type", {});
            response.headers.removeIf([](const auto& header) { return header.second.isEmpty(); });
            break;
        }
    }
    Result result;
    result.response = response;
    return result;
}

SampleApiRouter::Result SampleApiRouter::notFound(const QString& message)
{
    Result result;
    result.response = SampleHttpResponse::json(404, SampleJson::error(u"not_found"_s, message));
    return result;
}

SampleApiRouter::Result SampleApiRouter::invalid(const QList<SampleListQuery::FieldError>& errors)
{
    Result result;
    result.response = SampleHttpResponse::json(
        422, SampleJson::error(u"validation_error"_s, u"The request is invalid."_s, errors));
    return result;
}
