// SPDX-License-Identifier: MIT
#include "SampleJson.h"

#include "SampleHttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue text(const QString& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nonEmpty(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
}

QJsonValue number(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject SampleJson::call(const SampleCall& call, const QString& recordingUrl)
{
    QJsonArray actions;
    for (const auto& item : call.actionItems)
        actions.append(
            QJsonObject {{u"description"_s, item.description}, {u"completed"_s, item.completed}});
    return {
        {u"id"_s, call.id},
        {u"institution_contact_id"_s, nonEmpty(call.institutionContactId)},
        {u"to_number"_s, call.toNumber},
        {u"from_number"_s, nonEmpty(call.fromNumber)},
        {u"status"_s, call.status},
        {u"direction"_s, call.direction},
        {u"duration_seconds"_s, number(call.durationSeconds)},
        {u"started_at"_s, time(call.startedAt)},
        {u"ended_at"_s, time(call.endedAt)},
        {u"recording_url"_s, nonEmpty(recordingUrl)},
        {u"recording_duration_seconds"_s, number(call.recordingDurationSeconds)},
        {u"recording_status"_s, nonEmpty(call.recordingStatus)},
        {u"transcript"_s, text(call.transcript)},
        {u"summary"_s, text(call.summary)},
        {u"action_items"_s, actions},
        {u"called_by"_s, nonEmpty(call.calledBy)},
        {u"twilio_call_sid"_s, nonEmpty(call.twilioCallSid)},
        {u"notes"_s, text(call.notes)},
        {u"created_at"_s, time(call.createdAt)},
        {u"updated_at"_s, time(call.updatedAt)},
    };
}

QJsonObject SampleJson::contact(const SampleContact& contact)
{
    QJsonValue methods(QJsonValue::Null);
    if (contact.hasContactMethods) {
        methods = QJsonObject {{u"phone"_s, nonEmpty(contact.phone)},
                               {u"phone_hours"_s, nonEmpty(contact.phoneHours)},
                               {u"email"_s, nonEmpty(contact.email)},
                               {u"website"_s, nonEmpty(contact.website)}};
    }
    return {
        {u"id"_s, contact.id},
        {u"institution_name"_s, contact.institutionName},
        {u"department_name"_s, nonEmpty(contact.departmentName)},
        {u"contact_person"_s, nonEmpty(contact.contactPerson)},
        {u"contact_title"_s, nonEmpty(contact.contactTitle)},
        {u"reference_number"_s, nonEmpty(contact.referenceNumber)},
        {u"contact_methods"_s, methods},
        {u"notes"_s, nonEmpty(contact.notes)},
    };
}

QJsonObject SampleJson::meta(std::optional<int> page, int perPage, qsizetype totalCount,
                             qsizetype totalPages, const QString& nextCursor, bool hasMore)
{
    return {
        {u"page"_s, number(page)},
        {u"per_page"_s, perPage},
        {u"total_count"_s, qint64(totalCount)},
        {u"total_pages"_s, qint64(totalPages)},
        {u"next_cursor"_s, nonEmpty(nextCursor)},
        {u"has_more"_s, hasMore},
    };
}

QByteArray SampleJson::document(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SampleJson::error(const QString& code, const QString& message,
                             const QList<SampleListQuery::FieldError>& details)
{
    QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty()) {
        QJsonArray array;
        for (const auto& detail : details)
            array.append(QJsonObject {{u"field"_s, detail.field}, {u"message"_s, detail.message}});
        error.insert(u"details"_s, array);
    }
    return document({{u"error"_s, error}});
}

QByteArray SampleJson::htmlError(int status, const QString& message)
{
    const QByteArray title =
        QByteArray::number(status) + ' ' + SampleHttpResponse::reasonPhrase(status);
    return "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" + title
        + "</h1><p>" + message.toHtmlEscaped().toUtf8()
        + "</p><hr><address>sample-proxy</address></body></html>\n";
}
