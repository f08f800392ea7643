// SPDX-License-Identifier: MIT
#include "CallJsonDecoder.h"
#include "SimdCallPageDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString callId = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;

QJsonObject fullCall(const QString& id = callId)
{
    return QJsonObject {
        {"id"_L1, id},
        {"institution_contact_id"_L1, u"01K8PC05EJ4T11HRYE78AN7EEF"_s},
        {"to_number"_L1, u"+18005551234"_s},
        {"from_number"_L1, u"+12125550100"_s},
        {"status"_L1, u"completed"_s},
        {"direction"_L1, u"outbound"_s},
        {"duration_seconds"_L1, 342},
        {"started_at"_L1, u"2025-03-04T14:05:00Z"_s},
        {"ended_at"_L1, u"2025-03-04T14:10:42Z"_s},
        {"recording_url"_L1, u"https://api.example.com/v1/cases/x/phone-calls/y/recording"_s},
        {"recording_duration_seconds"_L1, 340},
        {"recording_status"_L1, u"completed"_s},
        {"transcript"_L1, u"Agent: Hello.\nRepresentative: Hi."_s},
        {"summary"_L1, u"Called Chase. Ref# EST-2025-00456."_s},
        {"action_items"_L1,
         QJsonArray {QJsonObject {{"description"_L1, u"Mail Letters Testamentary"_s},
                                  {"completed"_L1, false}},
                     QJsonObject {{"description"_L1, u"Send death certificate"_s},
                                  {"completed"_L1, true}}}},
        {"called_by"_L1, u"Dana Whitfield"_s},
        {"twilio_call_sid"_L1, u"CA0123456789abcdef0123456789abcdef"_s},
        {"notes"_L1, u"Call back Friday."_s},
        {"created_at"_L1, u"2025-03-04T14:04:58Z"_s},
        {"updated_at"_L1, u"2025-03-04T14:12:00Z"_s},
    };
}

QJsonObject cursorMeta()
{
    return QJsonObject {{"page"_L1, QJsonValue::Null}, {"per_page"_L1, 25},
                        {"total_count"_L1, 142},       {"total_pages"_L1, 6},
                        {"next_cursor"_L1, u"abc"_s},  {"has_more"_L1, true}};
}

QByteArray pageOf(const QJsonArray& calls, const QJsonObject& meta = cursorMeta())
{
    return QJsonDocument(QJsonObject {{"data"_L1, calls}, {"meta"_L1, meta}})
        .toJson(QJsonDocument::Compact);
}

QByteArray pageWithCallField(const QString& key, const QJsonValue& value)
{
    QJsonObject call = fullCall();
    if (value.isUndefined())
        call.remove(key);
    else
        call.insert(key, value);
    return pageOf(QJsonArray {call});
}

// A page whose call has `key` set to the raw JSON text `rawValue` (QJsonDocument cannot write
// a lone surrogate escape).
QByteArray pageWithRawCallField(const QString& key, const QByteArray& rawValue)
{
    const QByteArray marker = "\"" + key.toUtf8() + "\":\"RAW\"";
    return pageWithCallField(key, u"RAW"_s).replace(marker, marker.chopped(5) + rawValue);
}

// Call's operator== takes a null QString for an empty one; the decoders must agree on that too.
QList<bool> nullness(const Call& call)
{
    return {call.institutionContactId.isNull(),
            call.fromNumber.isNull(),
            call.recordingUrl.isNull(),
            call.recordingStatus.isNull(),
            call.transcript.isNull(),
            call.summary.isNull(),
            call.calledBy.isNull(),
            call.twilioCallSid.isNull(),
            call.notes.isNull()};
}
} // namespace

class TestCallJsonDecoder : public QObject {
    Q_OBJECT
private slots:
    void decodesEveryField()
    {
        const auto result = CallJsonDecoder::decodeCallPage(pageOf(QJsonArray {fullCall()}));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.calls.size(), 1);
        const Call& call = result.value.calls.first();
        QCOMPARE(call.id, callId);
        QCOMPARE(call.status, CallStatus::Completed);
        QCOMPARE(call.direction, CallDirection::Outbound);
        QCOMPARE(call.durationSeconds, std::optional<int>(342));
        QCOMPARE(call.startedAt, QDateTime(QDate(2025, 3, 4), QTime(14, 5), QTimeZone::utc()));
        QCOMPARE(call.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(call.actionItems.size(), 2);
        QCOMPARE(call.actionItems.at(1), (ActionItem {u"Send death certificate"_s, true}));
        QCOMPARE(call.openActionItemCount(), 1);
        QCOMPARE(call.twilioCallSid, u"CA0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(result.value.meta.nextCursor, u"abc"_s);
        QVERIFY(result.value.meta.hasMore);
        QVERIFY(!result.value.meta.page.has_value());
        QCOMPARE(result.value.meta.totalCount, std::optional<int>(142));
    }

    void everyNullableFieldNull()
    {
        QJsonObject call = fullCall();
        for (const auto key :
             {"institution_contact_id"_L1, "from_number"_L1, "duration_seconds"_L1, "started_at"_L1,
              "ended_at"_L1, "recording_url"_L1, "recording_duration_seconds"_L1,
              "recording_status"_L1, "transcript"_L1, "summary"_L1, "action_items"_L1,
              "called_by"_L1, "twilio_call_sid"_L1, "notes"_L1})
            call.insert(key, QJsonValue::Null);
        const auto result = CallJsonDecoder::decodeCallPage(pageOf(QJsonArray {call}));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        const Call& decoded = result.value.calls.first();
        QVERIFY(decoded.transcript.isNull());
        QVERIFY(decoded.summary.isNull());
        QVERIFY(!decoded.durationSeconds.has_value());
        QVERIFY(!decoded.endedAt.isValid());
        QVERIFY(decoded.actionItems.isEmpty());
        QVERIFY(!decoded.hasRecording());
    }

    void absentOptionalFieldsAndUnknownFields()
    {
        const QJsonObject minimal {{"id"_L1, callId},
                                   {"to_number"_L1, u"+18005551234"_s},
                                   {"status"_L1, u"ringing"_s},
                                   {"direction"_L1, u"inbound"_s},
                                   {"created_at"_L1, u"2025-03-04T14:04:58Z"_s},
                                   {"updated_at"_L1, u"2025-03-04T14:04:58Z"_s},
                                   {"sentiment"_L1, QJsonObject {{"score"_L1, 0.4}}},
                                   {"tags"_L1, QJsonArray {u"x"_s}}};
        QJsonObject meta = cursorMeta();
        meta.insert("server_version"_L1, u"2"_s);
        const auto result = CallJsonDecoder::decodeCallPage(pageOf(QJsonArray {minimal}, meta));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.calls.first().status, CallStatus::Ringing);
        QCOMPARE(result.value.calls.first().direction, CallDirection::Inbound);
    }

    void unknownStatusKeptRaw()
    {
        const auto result =
            CallJsonDecoder::decodeCallPage(pageWithCallField(u"status"_s, u"voicemail"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value.calls.first().status, CallStatus::Unknown);
        QCOMPARE(result.value.calls.first().statusWire, u"voicemail"_s);
    }

    void allEightStatuses()
    {
        QJsonArray calls;
        const QStringList statuses {u"initiated"_s, u"ringing"_s,  u"in_progress"_s,
                                    u"completed"_s, u"failed"_s,   u"no_answer"_s,
                                    u"busy"_s,      u"cancelled"_s};
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            QJsonObject call = fullCall(u"01K8PC05EJ4T11HRYE78AN7EE%1"_s.arg(i));
            call.insert("status"_L1, statuses.at(i));
            calls.append(call);
        }
        const auto result = CallJsonDecoder::decodeCallPage(pageOf(calls));
        QVERIFY(result.ok());
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            QVERIFY(result.value.calls.at(i).status != CallStatus::Unknown);
            QCOMPARE(callStatusToWire(result.value.calls.at(i).status), statuses.at(i));
        }
    }

    void timesWithOffsetBecomeUtc()
    {
        const auto result = CallJsonDecoder::decodeCallPage(
            pageWithCallField(u"created_at"_s, u"2025-03-04T09:04:58.250-05:00"_s));
        QVERIFY(result.ok());
        const QDateTime created = result.value.calls.first().createdAt;
        QCOMPARE(created.timeSpec(), Qt::UTC);
        QCOMPARE(created, QDateTime(QDate(2025, 3, 4), QTime(14, 4, 58, 250), QTimeZone::utc()));
    }

    void fiveMegabyteTranscript()
    {
        const QString line =
            u"Representative (Chase): We will need a certified copy of the death certificate.\n"_s;
        QString transcript;
        while (transcript.size() < 5 * 1024 * 1024)
            transcript += line;
        const auto result =
            CallJsonDecoder::decodeCallPage(pageWithCallField(u"transcript"_s, transcript));
        QVERIFY(result.ok());
        QCOMPARE(result.value.calls.first().transcript.size(), transcript.size());
    }

    void duplicateIdsAreKeptForTheModelToResolve()
    {
        const auto result =
            CallJsonDecoder::decodeCallPage(pageOf(QJsonArray {fullCall(), fullCall()}));
        QVERIFY(result.ok());
        QCOMPARE(result.value.calls.size(), 2);
    }

    void emptyDataIsAValidEmptyPage()
    {
        QJsonObject meta = cursorMeta();
        meta.insert("has_more"_L1, false);
        meta.insert("next_cursor"_L1, QJsonValue::Null);
        const auto result = CallJsonDecoder::decodeCallPage(pageOf(QJsonArray {}, meta));
        QVERIFY(result.ok());
        QVERIFY(result.value.calls.isEmpty());
        QVERIFY(!result.value.meta.hasMore);
        QVERIFY(result.value.meta.nextCursor.isNull());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");

        QTest::newRow("empty body") << QByteArray() << u"body"_s;
        QTest::newRow("whitespace") << QByteArray(" \n ") << u"body"_s;
        QTest::newRow("html page")
            << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"byte"_s;
        QTest::newRow("truncated") << pageOf(QJsonArray {fullCall()}).chopped(20) << u"byte"_s;
        QTest::newRow("top-level array") << QByteArray("[1,2]") << u"body"_s;
        QTest::newRow("no data") << QByteArray(R"({"meta":{"per_page":25,"has_more":false}})")
                                 << u"data"_s;
        QTest::newRow("data null")
            << QByteArray(R"({"data":null,"meta":{"per_page":25,"has_more":false}})") << u"data"_s;
        QTest::newRow("data object")
            << QByteArray(R"({"data":{},"meta":{"per_page":25,"has_more":false}})") << u"data"_s;
        QTest::newRow("call not object")
            << QByteArray(R"({"data":[42],"meta":{"per_page":25,"has_more":false}})")
            << u"data[0]"_s;
        QTest::newRow("no meta") << QByteArray(R"({"data":[]})") << u"meta"_s;
        QTest::newRow("meta without has_more")
            << QByteArray(R"({"data":[],"meta":{"per_page":25}})") << u"meta.has_more"_s;
        QTest::newRow("has_more string")
            << QByteArray(R"({"data":[],"meta":{"per_page":25,"has_more":"yes"}})")
            << u"meta.has_more"_s;
        QTest::newRow("total_count negative")
            << QByteArray(R"({"data":[],"meta":{"total_count":-1,"has_more":false}})")
            << u"meta.total_count"_s;
        QTest::newRow("no id") << pageWithCallField(u"id"_s, QJsonValue::Undefined)
                               << u"data[0].id"_s;
        QTest::newRow("id null") << pageWithCallField(u"id"_s, QJsonValue::Null) << u"data[0].id"_s;
        QTest::newRow("id number") << pageWithCallField(u"id"_s, 12) << u"data[0].id"_s;
        QTest::newRow("id not ulid")
            << pageWithCallField(u"id"_s, u"../secret"_s) << u"data[0].id"_s;
        QTest::newRow("duration string")
            << pageWithCallField(u"duration_seconds"_s, u"342"_s) << u"data[0].duration_seconds"_s;
        QTest::newRow("duration fraction")
            << pageWithCallField(u"duration_seconds"_s, 3.5) << u"data[0].duration_seconds"_s;
        QTest::newRow("duration negative")
            << pageWithCallField(u"duration_seconds"_s, -1) << u"data[0].duration_seconds"_s;
        QTest::newRow("duration huge")
            << pageWithCallField(u"duration_seconds"_s, 1e20) << u"data[0].duration_seconds"_s;
        QTest::newRow("summary number")
            << pageWithCallField(u"summary"_s, 5) << u"data[0].summary"_s;
        QTest::newRow("transcript object")
            << pageWithCallField(u"transcript"_s, QJsonObject {}) << u"data[0].transcript"_s;
        QTest::newRow("created_at missing")
            << pageWithCallField(u"created_at"_s, QJsonValue::Undefined) << u"data[0].created_at"_s;
        QTest::newRow("created_at garbage")
            << pageWithCallField(u"created_at"_s, u"yesterday"_s) << u"data[0].created_at"_s;
        QTest::newRow("time without zone")
            << pageWithCallField(u"started_at"_s, u"2025-03-04T14:05:00"_s)
            << u"data[0].started_at"_s;
        QTest::newRow("action_items object")
            << pageWithCallField(u"action_items"_s, QJsonObject {}) << u"data[0].action_items"_s;
        QTest::newRow("action item no description") << pageWithCallField(
            u"action_items"_s, QJsonArray {QJsonObject {{"completed"_L1, true}}})
                                                    << u"data[0].action_items[0].description"_s;
        QTest::newRow("action item completed string") << pageWithCallField(
            u"action_items"_s,
            QJsonArray {QJsonObject {{"description"_L1, u"x"_s}, {"completed"_L1, u"no"_s}}})
                                                      << u"data[0].action_items[0].completed"_s;
        QJsonArray secondBad {fullCall(), fullCall(u"01K8PC05EJ4T11HRYE78AN7EEG"_s)};
        QJsonObject bad = secondBad.at(1).toObject();
        bad.insert("ended_at"_L1, true);
        secondBad.replace(1, bad);
        QTest::newRow("second call bad") << pageOf(secondBad) << u"data[1].ended_at"_s;
        // The contract's required fields, none of them nullable.
        for (const char* key : {"to_number", "status", "direction", "updated_at"}) {
            const QString name = QString::fromLatin1(key);
            QTest::addRow("%s missing", key)
                << pageWithCallField(name, QJsonValue::Undefined) << u"data[0]."_s + name;
            QTest::addRow("%s null", key)
                << pageWithCallField(name, QJsonValue::Null) << u"data[0]."_s + name;
        }
        QTest::newRow("updated_at garbage")
            << pageWithCallField(u"updated_at"_s, u"soon"_s) << u"data[0].updated_at"_s;
        // Escaped lone surrogates: QJsonDocument keeps them, simdjson refuses the document.
        QTest::newRow("lone high surrogate")
            << pageWithRawCallField(u"to_number"_s, R"("\ud800")") << u"data[0].to_number"_s;
        QTest::newRow("lone low surrogate")
            << pageWithRawCallField(u"summary"_s, R"("x\udc00y")") << u"data[0].summary"_s;
        QTest::newRow("surrogates reversed")
            << pageWithRawCallField(u"transcript"_s, R"("\ude00\ud83d")")
            << u"data[0].transcript"_s;
        QTest::newRow("high surrogate then BMP escape")
            << pageWithRawCallField(u"notes"_s, R"("\ud83d\u0041")") << u"data[0].notes"_s;
        QTest::newRow("lone surrogate in cursor")
            << QByteArray(R"({"data":[],"meta":{"next_cursor":"\udbff","has_more":true}})")
            << u"meta.next_cursor"_s;
        QTest::newRow("lone surrogate in action item")
            << pageWithCallField(
                   u"action_items"_s,
                   QJsonArray {QJsonObject {{"description"_L1, u"RAW"_s}, {"completed"_L1, false}}})
                   .replace("\"RAW\"", R"("\ud800")")
            << u"data[0].action_items[0].description"_s;
        // The same code point as raw bytes (CESU-8) is invalid UTF-8: a parse error.
        QTest::newRow("surrogate as raw bytes")
            << pageWithRawCallField(u"to_number"_s, "\"\xED\xA0\x80\"") << u"byte"_s;
    }
    void rejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        const auto result = CallJsonDecoder::decodeCallPage(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Decode);
        QVERIFY2(result.error.where.startsWith(where), qPrintable(result.error.where));
        QVERIFY(result.value.calls.isEmpty());
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(result.error.userMessage().contains(result.error.where));
        // Both decoders: the fast path refuses it too, so the reference's verdict stands.
        const auto reference = CallJsonDecoder::decodeCallPageReference(body);
        QVERIFY(!reference.ok());
        QCOMPARE(reference.error.where, result.error.where);
        QVERIFY2(!SimdCallPageDecoder::decode(body).has_value(),
                 "the simdjson decoder accepted a page the reference rejects");
    }

    // Every page the fast path accepts must decode to exactly what the reference makes of it.
    void fastPathAgreesWithReference_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("full call") << pageOf(QJsonArray {fullCall()});
        QJsonObject nulls = fullCall();
        for (const auto key : {"from_number"_L1, "summary"_L1, "notes"_L1, "duration_seconds"_L1,
                               "ended_at"_L1, "action_items"_L1})
            nulls.insert(key, QJsonValue::Null);
        nulls.insert("transcript"_L1, u""_s);
        QTest::newRow("nulls and empty") << pageOf(QJsonArray {nulls});
        QJsonObject unknown = fullCall();
        unknown.insert("status"_L1, u"voicemail"_s);
        unknown.insert("direction"_L1, u"sideways"_s);
        QTest::newRow("unknown status and direction") << pageOf(QJsonArray {unknown});
        QTest::newRow("surrogate pair escape")
            << pageWithRawCallField(u"summary"_s, R"("\ud83d\ude00 \u00e9")");
        QTest::newRow("lone surrogate in an unknown field")
            << pageWithRawCallField(u"x_future"_s, R"("\ud800")");
        QTest::newRow("duplicate key, last wins")
            << pageWithRawCallField(u"notes"_s, R"("first","notes":"second")");
        QTest::newRow("empty page") << QByteArray(R"({"data":[],"meta":{"has_more":false}})");
    }
    void fastPathAgreesWithReference()
    {
        QFETCH(QByteArray, body);
        const auto reference = CallJsonDecoder::decodeCallPageReference(body);
        QVERIFY2(reference.ok(), qPrintable(reference.error.userMessage()));
        const auto combined = CallJsonDecoder::decodeCallPage(body);
        QVERIFY(combined.ok());
        if (SimdCallPageDecoder::isAvailable()
            && !QByteArray(QTest::currentDataTag()).contains("lone"))
            QVERIFY2(SimdCallPageDecoder::decode(body).has_value(), "the fast path was not used");
        QCOMPARE(combined.value.meta, reference.value.meta);
        QCOMPARE(combined.value.calls.size(), reference.value.calls.size());
        for (qsizetype i = 0; i < reference.value.calls.size(); ++i) {
            QVERIFY(combined.value.calls.at(i) == reference.value.calls.at(i));
            QCOMPARE(nullness(combined.value.calls.at(i)), nullness(reference.value.calls.at(i)));
        }
    }

    void singleCallEnvelope()
    {
        const QByteArray body = QJsonDocument(QJsonObject {{"data"_L1, fullCall()}}).toJson();
        const auto result = CallJsonDecoder::decodeCallEnvelope(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.id, callId);
        QVERIFY(!CallJsonDecoder::decodeCallEnvelope(R"({"data":[]})").ok());
    }

    void contactPage()
    {
        const QByteArray body =
            R"({"data":[{"id":"01K8PC05EJ4T11HRYE78AN7EEF","institution_name":"Chase Bank",
            "department_name":"Estate Services","contact_methods":{"phone":"+18005551234"},"extra":1},
            {"id":"01K8PC05EJ4T11HRYE78AN7EEG","institution_name":"Fidelity","contact_methods":null}],
            "meta":{"page":1,"per_page":100,"total_count":2,"total_pages":1,"next_cursor":null,"has_more":false}})";
        const auto result = CallJsonDecoder::decodeContactPage(body);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.contacts.size(), 2);
        QCOMPARE(result.value.contacts.first().displayName(), u"Chase Bank — Estate Services"_s);
        QCOMPARE(result.value.contacts.first().phone, u"+18005551234"_s);
        QCOMPARE(result.value.contacts.last().displayName(), u"Fidelity"_s);
        QVERIFY(!CallJsonDecoder::decodeContactPage(
                     R"({"data":[{"id":"01K8PC05EJ4T11HRYE78AN7EEF"}],"meta":{"has_more":false}})")
                     .ok());
    }

    void errorEnvelope()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 422;
        error.requestId = u"req_42"_s;
        const QByteArray body =
            R"({"error":{"code":"validation_error","message":"Invalid parameters",
            "details":[{"field":"per_page","message":"must be between 1 and 100"}]}})";
        QVERIFY(CallJsonDecoder::decodeErrorEnvelope(body, error));
        QCOMPARE(error.code, u"validation_error"_s);
        QCOMPARE(error.details.size(), 1);
        const QString text = error.userMessage();
        QVERIFY(text.contains(u"422"_s));
        QVERIFY(text.contains(u"per_page: must be between 1 and 100"_s));
        QVERIFY(text.contains(u"req_42"_s));
    }

    void notAnErrorEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other json") << QByteArray(R"({"message":"x"})");
        QTest::newRow("code number") << QByteArray(R"({"error":{"code":5,"message":"x"}})");
    }
    void notAnErrorEnvelope()
    {
        QFETCH(QByteArray, body);
        ApiError error;
        QVERIFY(!CallJsonDecoder::decodeErrorEnvelope(body, error));
        QVERIFY(error.code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallJsonDecoder)
#include "tst_calljsondecoder.moc"
