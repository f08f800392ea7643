// SPDX-License-Identifier: MIT
#include "SimdCallPageDecoder.h"

#ifdef CASECALLS_HAVE_SIMDJSON

#include "IsoTimeDecoder.h"
#include "StringInterner.h"
#include "Ulid.h"

#include <limits>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace {
using namespace Qt::StringLiterals;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// A nullable string, stored by `store` from its UTF-8: null gives `Text()` (a null text).
template<typename Text, typename Store> bool readNullable(element value, Text& out, Store store)
{
    if (value.is_null()) {
        out = Text();
        return true;
    }
    std::string_view text;
    if (value.get_string().get(text))
        return false;
    out = store(QByteArrayView(text.data(), qsizetype(text.size())));
    return true;
}

// Nullable string: null gives a null QString, "" an empty but non-null one (as the reference).
bool readString(element value, QString& out)
{
    return readNullable(value, out, [](QByteArrayView utf8) {
        return utf8.isEmpty() ? u""_s : QString::fromUtf8(utf8);
    });
}

// The same for a value many calls repeat (a status, a number, a contact): shared, not copied.
bool readInterned(element value, QString& out)
{
    return readNullable(value, out,
                        [](QByteArrayView utf8) { return StringInterner::intern(utf8); });
}

// The same for the long free text, stored as the UTF-8 it arrived in (no QString conversion).
bool readString(element value, CompactText& out)
{
    return readNullable(value, out,
                        [](QByteArrayView utf8) { return CompactText::fromUtf8(utf8); });
}

// Nullable whole number from 0 to INT_MAX, written as an integer or a whole double.
bool readCount(element value, std::optional<int>& out)
{
    constexpr auto maxInt = std::numeric_limits<int>::max();
    if (value.is_null()) {
        out.reset();
        return true;
    }
    if (int64_t integer = 0; !value.get_int64().get(integer)) {
        if (integer < 0 || integer > maxInt)
            return false;
        out = int(integer);
        return true;
    }
    double number = 0;
    if (!value.is_double() || value.get_double().get(number))
        return false; // a string, a bool, a uint64 beyond int64: never a valid count
    if (!(number >= 0 && number <= maxInt) || double(int(number)) != number)
        return false;
    out = int(number);
    return true;
}

bool readTime(element value, QDateTime& out)
{
    QString text;
    if (!readString(value, text))
        return false;
    if (text.isNull()) {
        out = QDateTime();
        return true;
    }
    out = IsoTimeDecoder::decode(text);
    return out.isValid();
}

bool readActionItems(element value, QList<ActionItem>& out)
{
    out.clear();
    if (value.is_null())
        return true;
    array items;
    if (value.get_array().get(items))
        return false;
    out.reserve(qsizetype(items.size()));
    for (element itemValue : items) {
        object item;
        if (itemValue.get_object().get(item))
            return false;
        ActionItem actionItem;
        bool hasCompleted = false;
        for (const auto field : item) {
            if (field.key == "description") {
                if (!readString(field.value, actionItem.description))
                    return false;
            } else if (field.key == "completed") {
                if (field.value.get_bool().get(actionItem.completed))
                    return false;
                hasCompleted = true;
            }
        }
        if (actionItem.description.isNull() || !hasCompleted)
            return false;
        out.append(std::move(actionItem));
    }
    return true;
}

// One pass over the call's fields in whatever order they come; a repeated key overwrites, so
// the last one wins as with QJsonDocument. Unknown keys are skipped.
bool readCallField(std::string_view key, element value, Call& call)
{
    if (key == "id")
        return readString(value, call.id);
    if (key == "institution_contact_id")
        return readInterned(value, call.institutionContactId);
    if (key == "to_number")
        return readInterned(value, call.toNumber);
    if (key == "from_number")
        return readInterned(value, call.fromNumber);
    if (key == "status")
        return readInterned(value, call.statusWire);
    if (key == "direction")
        return readInterned(value, call.directionWire);
    if (key == "duration_seconds")
        return readCount(value, call.durationSeconds);
    if (key == "started_at")
        return readTime(value, call.startedAt);
    if (key == "ended_at")
        return readTime(value, call.endedAt);
    if (key == "recording_url")
        return readString(value, call.recordingUrl);
    if (key == "recording_duration_seconds")
        return readCount(value, call.recordingDurationSeconds);
    if (key == "recording_status")
        return readInterned(value, call.recordingStatus);
    if (key == "transcript")
        return readString(value, call.transcript);
    if (key == "summary")
        return readString(value, call.summary);
    if (key == "action_items")
        return readActionItems(value, call.actionItems);
    if (key == "called_by")
        return readInterned(value, call.calledBy);
    if (key == "twilio_call_sid")
        return readString(value, call.twilioCallSid);
    if (key == "notes")
        return readString(value, call.notes);
    if (key == "created_at")
        return readTime(value, call.createdAt);
    if (key == "updated_at")
        return readTime(value, call.updatedAt);
    return true;
}

bool readCall(element value, Call& call)
{
    object fields;
    if (value.get_object().get(fields))
        return false;
    for (const auto field : fields) {
        if (!readCallField(field.key, field.value, call))
            return false;
    }
    // The contract's required fields: absent or null, the reference rejects the page.
    if (call.id.isNull() || !isValidUlid(call.id) || call.toNumber.isNull()
        || call.statusWire.isNull() || call.directionWire.isNull() || !call.createdAt.isValid()
        || !call.updatedAt.isValid())
        return false;
    call.status = callStatusFromWire(call.statusWire);
    call.direction = callDirectionFromWire(call.directionWire);
    return true;
}

bool readMeta(element value, PageMeta& meta)
{
    object fields;
    if (value.get_object().get(fields))
        return false;
    std::optional<int> perPage;
    bool hasMore = false;
    for (const auto field : fields) {
        bool ok = true;
        if (field.key == "page")
            ok = readCount(field.value, meta.page);
        else if (field.key == "per_page")
            ok = readCount(field.value, perPage);
        else if (field.key == "total_count")
            ok = readCount(field.value, meta.totalCount);
        else if (field.key == "total_pages")
            ok = readCount(field.value, meta.totalPages);
        else if (field.key == "next_cursor")
            ok = readString(field.value, meta.nextCursor);
        else if (field.key == "has_more")
            ok = hasMore = !field.value.get_bool().get(meta.hasMore);
        if (!ok)
            return false;
    }
    meta.perPage = perPage.value_or(0);
    return hasMore;
}

// Reads the page, or returns false to hand it to the reference decoder.
bool readPage(element root, CallPage& page)
{
    object fields;
    if (root.get_object().get(fields))
        return false;
    // Iterated rather than looked up, so that a repeated key's last value wins as in the reference.
    std::optional<element> data;
    std::optional<element> meta;
    for (const auto field : fields) {
        if (field.key == "data")
            data = field.value;
        else if (field.key == "meta")
            meta = field.value;
    }
    array calls;
    if (!data || !meta || data->get_array().get(calls))
        return false;
    page.calls.reserve(qsizetype(calls.size()));
    for (element callValue : calls) {
        Call call;
        if (!readCall(callValue, call))
            return false;
        page.calls.append(std::move(call));
    }
    return readMeta(*meta, page.meta);
}
} // namespace

std::optional<CallPage> SimdCallPageDecoder::decode(const QByteArray& body)
{
    // One parser per thread: it keeps its buffers between pages (pages come from workers too).
    thread_local simdjson::dom::parser parser;
    element root;
    // realloc_if_needed: QByteArray does not promise simdjson's padding, so it copies.
    if (parser.parse(body.constData(), size_t(body.size()), true).get(root))
        return std::nullopt;
    CallPage page;
    if (!readPage(root, page))
        return std::nullopt;
    return page;
}

bool SimdCallPageDecoder::isAvailable()
{
    return true;
}

#else

std::optional<CallPage> SimdCallPageDecoder::decode(const QByteArray&)
{
    return std::nullopt;
}

bool SimdCallPageDecoder::isAvailable()
{
    return false;
}

#endif
