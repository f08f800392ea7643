// SPDX-License-Identifier: MIT
#include "CallJsonDecoder.h"

#include "IsoTimeDecoder.h"
#include "SimdCallPageDecoder.h"
#include "StringInterner.h"
#include "Ulid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {
using namespace Qt::StringLiterals;

// Thrown inside this file only, caught at each public entry point: it keeps the field readers
// short (no error plumbing through every line) and never escapes the decoder.
struct DecodeFailure {
    QString where;
    QString what;
};

[[noreturn]] void fail(const QString& where, const QString& what)
{
    throw DecodeFailure {where, what};
}

QString path(const QString& parent, QLatin1StringView key)
{
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

// Reads an optional nullable string: absent or null give a null QString.
QString optionalString(const QJsonObject& object, QLatin1StringView key, const QString& at)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        fail(path(at, key), CallJsonDecoder::tr("expected a string"));
    QString text = value.toString();
    // QJsonDocument keeps an escaped lone surrogate ("\ud800"): no valid text has one, and
    // it would turn into U+FFFD (or worse) wherever the string goes next.
    if (!text.isValidUtf16())
        fail(path(at, key), CallJsonDecoder::tr("contains an unpaired UTF-16 surrogate escape"));
    // A present empty string stays distinct from null.
    if (text.isNull())
        text = u""_s;
    return text;
}

QString requiredString(const QJsonObject& object, QLatin1StringView key, const QString& at)
{
    if (!object.contains(key) || object.value(key).isNull())
        fail(path(at, key), CallJsonDecoder::tr("is missing"));
    return optionalString(object, key, at);
}

std::optional<int> optionalCount(const QJsonObject& object, QLatin1StringView key,
                                 const QString& at)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    // QJsonDocument turns big integers into doubles; accept only whole numbers that fit an int.
    if (!value.isDouble() || std::trunc(number) != number || number < 0
        || number > std::numeric_limits<int>::max())
        fail(path(at, key),
             CallJsonDecoder::tr("expected a whole number from 0 to %L1")
                 .arg(std::numeric_limits<int>::max()));
    return int(number);
}

bool requiredBool(const QJsonObject& object, QLatin1StringView key, const QString& at)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        fail(path(at, key),
             value.isUndefined() ? CallJsonDecoder::tr("is missing")
                                 : CallJsonDecoder::tr("expected true or false"));
    return value.toBool();
}

QDateTime optionalTime(const QJsonObject& object, QLatin1StringView key, const QString& at)
{
    const QString text = optionalString(object, key, at);
    if (text.isNull())
        return {};
    const QDateTime time = IsoTimeDecoder::decode(text);
    if (!time.isValid())
        fail(path(at, key),
             CallJsonDecoder::tr("expected an ISO 8601 time with a time zone, got \"%1\"")
                 .arg(text.left(40)));
    return time;
}

QDateTime requiredTime(const QJsonObject& object, QLatin1StringView key, const QString& at)
{
    if (!object.contains(key) || object.value(key).isNull())
        fail(path(at, key), CallJsonDecoder::tr("is missing"));
    return optionalTime(object, key, at);
}

QJsonObject objectAt(const QJsonValue& value, const QString& at)
{
    if (!value.isObject())
        fail(at,
             value.isUndefined() ? CallJsonDecoder::tr("is missing")
                                 : CallJsonDecoder::tr("expected an object"));
    return value.toObject();
}

QJsonArray arrayAt(const QJsonValue& value, const QString& at)
{
    if (!value.isArray())
        fail(at,
             value.isUndefined() ? CallJsonDecoder::tr("is missing")
                                 : CallJsonDecoder::tr("expected an array"));
    return value.toArray();
}

QString indexed(const QString& at, qsizetype index)
{
    return u"%1[%2]"_s.arg(at).arg(index);
}

QList<ActionItem> readActionItems(const QJsonObject& call, const QString& at)
{
    const QJsonValue value = call.value("action_items"_L1);
    if (value.isUndefined() || value.isNull())
        return {};
    const QString here = path(at, "action_items"_L1);
    const QJsonArray array = arrayAt(value, here);
    QList<ActionItem> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemAt = indexed(here, i);
        const QJsonObject item = objectAt(array.at(i), itemAt);
        items.append({CompactText(requiredString(item, "description"_L1, itemAt)),
                      requiredBool(item, "completed"_L1, itemAt)});
    }
    return items;
}

// The object's "id": present, a string, and a ULID (it goes into URL paths later).
QString requiredUlid(const QJsonObject& object, const QString& at)
{
    const QString id = requiredString(object, "id"_L1, at);
    if (!isValidUlid(id))
        fail(path(at, "id"_L1), CallJsonDecoder::tr("is not a ULID: \"%1\"").arg(id.left(40)));
    return id;
}

// The contract's required fields (id, to_number, status, direction, created_at, updated_at) are
// not nullable either: absent or null, the call is rejected. Unknown enum values are kept.
Call readCall(const QJsonObject& object, const QString& at)
{
    Call call;
    call.id = requiredUlid(object, at);
    call.institutionContactId =
        StringInterner::intern(optionalString(object, "institution_contact_id"_L1, at));
    call.toNumber = StringInterner::intern(requiredString(object, "to_number"_L1, at));
    call.fromNumber = StringInterner::intern(optionalString(object, "from_number"_L1, at));
    call.statusWire = StringInterner::intern(requiredString(object, "status"_L1, at));
    call.status = callStatusFromWire(call.statusWire);
    call.directionWire = StringInterner::intern(requiredString(object, "direction"_L1, at));
    call.direction = callDirectionFromWire(call.directionWire);
    call.durationSeconds = optionalCount(object, "duration_seconds"_L1, at);
    call.startedAt = optionalTime(object, "started_at"_L1, at);
    call.endedAt = optionalTime(object, "ended_at"_L1, at);
    call.recordingUrl = optionalString(object, "recording_url"_L1, at);
    call.recordingDurationSeconds = optionalCount(object, "recording_duration_seconds"_L1, at);
    call.recordingStatus =
        StringInterner::intern(optionalString(object, "recording_status"_L1, at));
    call.transcript = optionalString(object, "transcript"_L1, at);
    call.summary = optionalString(object, "summary"_L1, at);
    call.actionItems = readActionItems(object, at);
    call.calledBy = StringInterner::intern(optionalString(object, "called_by"_L1, at));
    call.twilioCallSid = optionalString(object, "twilio_call_sid"_L1, at);
    call.notes = optionalString(object, "notes"_L1, at);
    call.createdAt = requiredTime(object, "created_at"_L1, at);
    call.updatedAt = requiredTime(object, "updated_at"_L1, at);
    return call;
}

PageMeta readMeta(const QJsonObject& root)
{
    const QString at = u"meta"_s;
    const QJsonObject object = objectAt(root.value("meta"_L1), at);
    PageMeta meta;
    meta.page = optionalCount(object, "page"_L1, at);
    meta.perPage = optionalCount(object, "per_page"_L1, at).value_or(0);
    meta.totalCount = optionalCount(object, "total_count"_L1, at);
    meta.totalPages = optionalCount(object, "total_pages"_L1, at);
    meta.nextCursor = optionalString(object, "next_cursor"_L1, at);
    meta.hasMore = requiredBool(object, "has_more"_L1, at);
    return meta;
}

QJsonObject parseRootObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        fail(CallJsonDecoder::tr("body"), CallJsonDecoder::tr("the response body is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(CallJsonDecoder::tr("byte %L1").arg(parseError.offset),
             CallJsonDecoder::tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        fail(CallJsonDecoder::tr("body"),
             CallJsonDecoder::tr("expected a JSON object at the top level"));
    return document.object();
}

ApiError decodeError(const DecodeFailure& failure)
{
    ApiError error;
    error.kind = ApiError::Kind::Decode;
    error.where = failure.where;
    error.message = failure.what;
    return error;
}

// Runs `decode` and turns a DecodeFailure into the result's error.
template<typename T, typename Decode> DecodeResult<T> decodeGuarded(Decode decode)
{
    DecodeResult<T> result;
    try {
        result.value = decode();
    } catch (const DecodeFailure& failure) {
        result.value = {};
        result.error = decodeError(failure);
    }
    return result;
}

InstitutionContact readContact(const QJsonObject& object, const QString& at)
{
    InstitutionContact contact;
    contact.id = requiredUlid(object, at);
    contact.institutionName = requiredString(object, "institution_name"_L1, at);
    contact.departmentName = optionalString(object, "department_name"_L1, at);
    contact.contactPerson = optionalString(object, "contact_person"_L1, at);
    contact.contactTitle = optionalString(object, "contact_title"_L1, at);
    contact.referenceNumber = optionalString(object, "reference_number"_L1, at);
    contact.notes = optionalString(object, "notes"_L1, at);
    const QJsonValue methods = object.value("contact_methods"_L1);
    if (!methods.isUndefined() && !methods.isNull()) {
        const QString methodsAt = path(at, "contact_methods"_L1);
        const QJsonObject m = objectAt(methods, methodsAt);
        contact.phone = optionalString(m, "phone"_L1, methodsAt);
        contact.phoneHours = optionalString(m, "phone_hours"_L1, methodsAt);
        contact.email = optionalString(m, "email"_L1, methodsAt);
        contact.website = optionalString(m, "website"_L1, methodsAt);
    }
    return contact;
}
} // namespace

DecodeResult<CallPage> CallJsonDecoder::decodeCallPage(const QByteArray& body)
{
    if (std::optional<CallPage> page = SimdCallPageDecoder::decode(body))
        return {std::move(*page), {}};
    // Rejected or unsure: the reference decides, and names what was wrong.
    return decodeCallPageReference(body);
}

DecodeResult<CallPage> CallJsonDecoder::decodeCallPageReference(const QByteArray& body)
{
    return decodeGuarded<CallPage>([&] {
        const QJsonObject root = parseRootObject(body);
        const QJsonArray data = arrayAt(root.value("data"_L1), u"data"_s);
        CallPage page;
        page.calls.reserve(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QString at = indexed(u"data"_s, i);
            page.calls.append(readCall(objectAt(data.at(i), at), at));
        }
        page.meta = readMeta(root);
        return page;
    });
}

DecodeResult<Call> CallJsonDecoder::decodeCallEnvelope(const QByteArray& body)
{
    return decodeGuarded<Call>([&] {
        const QJsonObject root = parseRootObject(body);
        return readCall(objectAt(root.value("data"_L1), u"data"_s), u"data"_s);
    });
}

DecodeResult<InstitutionContactPage> CallJsonDecoder::decodeContactPage(const QByteArray& body)
{
    return decodeGuarded<InstitutionContactPage>([&] {
        const QJsonObject root = parseRootObject(body);
        const QJsonArray data = arrayAt(root.value("data"_L1), u"data"_s);
        InstitutionContactPage page;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QString at = indexed(u"data"_s, i);
            page.contacts.append(readContact(objectAt(data.at(i), at), at));
        }
        page.meta = readMeta(root);
        return page;
    });
}

bool CallJsonDecoder::decodeErrorEnvelope(const QByteArray& body, ApiError& into)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonValue errorValue = document.object().value("error"_L1);
    if (!errorValue.isObject())
        return false;
    const QJsonObject error = errorValue.toObject();
    const QJsonValue code = error.value("code"_L1);
    const QJsonValue message = error.value("message"_L1);
    if (!code.isString() || !message.isString())
        return false;
    into.code = code.toString();
    into.message = message.toString();
    into.details.clear();
    const QJsonArray details = error.value("details"_L1).toArray();
    for (const QJsonValue& detail : details) {
        const QJsonObject object = detail.toObject();
        into.details.append(
            {object.value("field"_L1).toString(), object.value("message"_L1).toString()});
    }
    return true;
}
