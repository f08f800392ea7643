// SPDX-License-Identifier: MIT
#include "SampleApiServerTest.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

bool everyNullableIsNull(const QJsonObject& call)
{
    static const QStringList required {u"id"_s,        u"to_number"_s,    u"status"_s,
                                       u"direction"_s, u"action_items"_s, u"created_at"_s,
                                       u"updated_at"_s};
    for (auto field = call.begin(); field != call.end(); ++field) {
        if (!required.contains(field.key()) && !field->isNull())
            return false;
    }
    return true;
}

QStringList idsOf(const QJsonArray& calls)
{
    QStringList ids;
    for (const QJsonValue& call : calls)
        ids.append(call[u"id"_s].toString());
    return ids;
}

} // namespace

void SampleApiServerTest::sampleCaseHasTheAgreedVariety()
{
    const QJsonArray calls = allCalls();
    QVERIFY(calls.size() >= 140);
    const QRegularExpression e164(u"^\\+[1-9]\\d{7,14}$"_s);
    const QRegularExpression sid(u"^CA[0-9a-f]{32}$"_s);
    QSet<QString> statuses, recordingStatuses, directions, recordingKinds;
    bool allNullCall = false, htmlSummary = false, noContact = false, agentLines = false;
    qsizetype longestTranscript = 0;
    for (const QJsonValue& value : calls) {
        const QJsonObject call = value.toObject();
        statuses.insert(call[u"status"_s].toString());
        directions.insert(call[u"direction"_s].toString());
        recordingStatuses.insert(call[u"recording_status"_s].toString());
        QVERIFY2(e164.match(call[u"to_number"_s].toString()).hasMatch(),
                 qPrintable(call[u"to_number"_s].toString()));
        if (!call[u"twilio_call_sid"_s].isNull())
            QVERIFY(sid.match(call[u"twilio_call_sid"_s].toString()).hasMatch());
        const QString url = call[u"recording_url"_s].toString();
        if (!url.isEmpty())
            recordingKinds.insert((url.contains(u"/signed/"_s) ? u"signed-"_s : u"api-"_s)
                                  + (url.contains(u".wav"_s) ? u"wav"_s : u"any"_s));
        allNullCall = allNullCall || everyNullableIsNull(call);
        htmlSummary = htmlSummary || call[u"summary"_s].toString().contains(u"<a href="_s);
        noContact = noContact || call[u"institution_contact_id"_s].isNull();
        const QString transcript = call[u"transcript"_s].toString();
        agentLines = agentLines || transcript.contains(u"\nAgent: "_s);
        longestTranscript = std::max(longestTranscript, transcript.size());
    }
    for (const QString& status :
         {u"completed"_s, u"no_answer"_s, u"busy"_s, u"ringing"_s, u"in_progress"_s})
        QVERIFY2(statuses.contains(status), qPrintable(status));
    QVERIFY(directions.contains(u"inbound"_s) && directions.contains(u"outbound"_s));
    QVERIFY(recordingStatuses.contains(u"processing"_s));
    QVERIFY(recordingStatuses.contains(u"failed"_s));
    // Both origins; MP3 and WAV show in the signed URLs' extensions.
    QVERIFY(recordingKinds.contains(u"api-any"_s));
    QVERIFY(recordingKinds.contains(u"signed-wav"_s) && recordingKinds.contains(u"signed-any"_s));
    QVERIFY(allNullCall);
    QVERIFY(htmlSummary);
    QVERIFY(noContact);
    QVERIFY(agentLines);
    QVERIFY2(longestTranscript > 40000, qPrintable(QString::number(longestTranscript)));
}

void SampleApiServerTest::pageMode()
{
    const auto reply = m_client->get(callsUrl(u"page=2&per_page=10"_s));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QJsonObject meta = body[u"meta"_s].toObject();
    const qsizetype total = m_server->callIds().size();
    QCOMPARE(meta[u"page"_s].toInt(), 2);
    QCOMPARE(meta[u"per_page"_s].toInt(), 10);
    QCOMPARE(meta[u"total_count"_s].toInteger(), total);
    QCOMPARE(meta[u"total_pages"_s].toInteger(), (total + 9) / 10);
    QVERIFY(meta[u"next_cursor"_s].isNull());
    QCOMPARE(meta[u"has_more"_s].toBool(), true);
    QCOMPARE(idsOf(body[u"data"_s].toArray()), m_server->callIds().mid(10, 10));

    const auto cursorMode = m_client->get(callsUrl(u"per_page=10"_s)).json();
    QVERIFY(cursorMode[u"meta"_s][u"page"_s].isNull());
    QVERIFY(!cursorMode[u"meta"_s][u"next_cursor"_s].toString().isEmpty());
}

void SampleApiServerTest::cursorWalkSurvivesInserts_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("created_at desc") << QString();
    QTest::newRow("created_at asc") << u"sort_order=asc"_s;
    QTest::newRow("duration desc") << u"sort_by=duration_seconds"_s;
    QTest::newRow("duration asc, completed")
        << u"sort_by=duration_seconds&sort_order=asc&status=completed"_s;
}

void SampleApiServerTest::cursorWalkSurvivesInserts()
{
    QFETCH(QString, query);
    const QStringList before = idsOf(allCalls(query));
    QStringList walked;
    QString cursor;
    for (int page = 0; page < 50; ++page) {
        QString pageQuery = u"per_page=17&"_s + query;
        if (!cursor.isEmpty())
            pageQuery += u"&cursor="_s + cursor;
        const auto reply = m_client->get(callsUrl(pageQuery));
        QCOMPARE(reply.status, 200);
        walked += idsOf(reply.json()[u"data"_s].toArray());
        m_server->insertCall(); // between pages, like a case worker placing a call meanwhile
        cursor = reply.json()[u"meta"_s][u"next_cursor"_s].toString();
        if (!reply.json()[u"meta"_s][u"has_more"_s].toBool())
            break;
        QVERIFY(!cursor.isEmpty());
    }
    QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size()); // no duplicate
    for (const QString& id : before)
        QVERIFY2(walked.contains(id), qPrintable(id)); // none lost
}

void SampleApiServerTest::filtersAndSort_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("status") << u"status=completed"_s << u"created_at"_s << false;
    QTest::newRow("contact") << u"institution_contact_id=CONTACT"_s << u"created_at"_s << false;
    QTest::newRow("asc") << u"sort_order=asc"_s << u"created_at"_s << true;
    QTest::newRow("duration") << u"sort_by=duration_seconds"_s << u"duration_seconds"_s << false;
    QTest::newRow("duration asc") << u"sort_by=duration_seconds&sort_order=asc"_s
                                  << u"duration_seconds"_s << true;
}

void SampleApiServerTest::filtersAndSort()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(bool, ascending);
    const QString contact = m_server->contactIds().first();
    const QJsonArray calls = allCalls(QString(query).replace(u"CONTACT"_s, contact));
    QVERIFY(calls.size() > 3);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        if (query.startsWith(u"status"_s))
            QCOMPARE(call[u"status"_s].toString(), u"completed"_s);
        if (query.startsWith(u"institution"_s))
            QCOMPARE(call[u"institution_contact_id"_s].toString(), contact);
        if (i == 0)
            continue;
        const QJsonValue previous = calls.at(i - 1)[field];
        const QJsonValue current = call[field];
        // Times compare as ISO strings; a null duration sorts as the shortest.
        const int order = previous.isString()
            ? QString::compare(previous.toString(), current.toString())
            : previous.toInt(-1) - current.toInt(-1);
        QVERIFY2(ascending ? order <= 0 : order >= 0,
                 qPrintable(previous.toVariant().toString() + u" / "_s
                            + current.toVariant().toString()));
    }
}

void SampleApiServerTest::validationErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("per_page 0") << u"per_page=0"_s << u"per_page"_s;
    QTest::newRow("per_page 101") << u"per_page=101"_s << u"per_page"_s;
    QTest::newRow("per_page text") << u"per_page=ten"_s << u"per_page"_s;
    QTest::newRow("page 0") << u"page=0"_s << u"page"_s;
    QTest::newRow("status") << u"status=done"_s << u"status"_s;
    QTest::newRow("sort_by") << u"sort_by=name"_s << u"sort_by"_s;
    QTest::newRow("sort_order") << u"sort_order=up"_s << u"sort_order"_s;
    QTest::newRow("contact id") << u"institution_contact_id=nope"_s << u"institution_contact_id"_s;
    QTest::newRow("forged cursor") << u"cursor=Zm9vfGJhcg"_s << u"cursor"_s;
    QTest::newRow("page and cursor") << u"page=1&cursor=CURSOR"_s << u"cursor"_s;
    QTest::newRow("cursor of other sort") << u"sort_order=asc&cursor=CURSOR"_s << u"cursor"_s;
}

void SampleApiServerTest::validationErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const QString cursor =
        m_client->get(callsUrl(u"per_page=5"_s)).json()[u"meta"_s][u"next_cursor"_s].toString();
    const auto reply = m_client->get(callsUrl(QString(query).replace(u"CURSOR"_s, cursor)));
    QCOMPARE(reply.status, 422);
    const QJsonObject error = reply.json()[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), u"validation_error"_s);
    QVERIFY(!error[u"message"_s].toString().isEmpty());
    const QJsonArray details = error[u"details"_s].toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first()[u"field"_s].toString(), field);
    QVERIFY(!details.first()[u"message"_s].toString().isEmpty());
}

void SampleApiServerTest::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Bearer wrong");
    QTest::newRow("no scheme") << QByteArray("sample-token");
    QTest::newRow("basic") << QByteArray("Basic c2FtcGxlLXRva2Vu");
}

void SampleApiServerTest::unauthorized()
{
    QFETCH(QByteArray, authorization);
    HttpTestClient anonymous;
    const auto reply = anonymous.get(
        callsUrl(),
        authorization.isEmpty()
            ? QList<QPair<QByteArray, QByteArray>>()
            : QList<QPair<QByteArray, QByteArray>> {{"Authorization", authorization}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[u"error"_s][u"code"_s].toString(), u"unauthorized"_s);
    QVERIFY(reply.json()[u"data"_s].isUndefined());
    const RecordedRequest recorded = m_server->requests().last();
    QCOMPARE(recorded.hadAuthorization, !authorization.isEmpty());
    QVERIFY(!recorded.authorizationValid);
    QCOMPARE(recorded.status, 401);
}

void SampleApiServerTest::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown case") << u"/cases/01ARZ3NDEKTSV4RRFFQ69G5FAV/phone-calls"_s;
    QTest::newRow("malformed case id") << u"/cases/not-a-ulid/phone-calls"_s;
    QTest::newRow("unknown call") << u"/cases/CASE/phone-calls/01ARZ3NDEKTSV4RRFFQ69G5FAV"_s;
    QTest::newRow("malformed call id") << u"/cases/CASE/phone-calls/0123"_s;
    QTest::newRow("unknown endpoint") << u"/cases/CASE/letters"_s;
    QTest::newRow("no recording") << u"/cases/CASE/phone-calls/NORECORDING/recording"_s;
}

void SampleApiServerTest::notFound()
{
    QFETCH(QString, path);
    const QString withoutRecording = firstCall([](const QJsonObject& call) {
                                         return call[u"recording_url"_s].isNull();
                                     })[u"id"_s]
                                         .toString();
    path.replace(u"CASE"_s, m_server->caseId()).replace(u"NORECORDING"_s, withoutRecording);
    const auto reply = m_client->get(apiUrl(path));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"error"_s][u"code"_s].toString(), u"not_found"_s);
}

void SampleApiServerTest::etagGives304_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << u"/cases/CASE/phone-calls"_s;
    QTest::newRow("detail") << u"/cases/CASE/phone-calls/CALL"_s;
}

void SampleApiServerTest::etagGives304()
{
    QFETCH(QString, path);
    path.replace(u"CASE"_s, m_server->caseId()).replace(u"CALL"_s, m_server->callIds().last());
    const auto first = m_client->get(apiUrl(path));
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("etag");
    QVERIFY(!etag.isEmpty());
    const auto unchanged = m_client->get(apiUrl(path), {{"If-None-Match", etag}});
    QCOMPARE(unchanged.status, 304);
    QVERIFY(unchanged.body.isEmpty());
    QCOMPARE(unchanged.header("etag"), etag);
    const auto stale = m_client->get(apiUrl(path), {{"If-None-Match", "\"other\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);
}

void SampleApiServerTest::everyResponseHasUniqueRequestId()
{
    QSet<QByteArray> ids;
    HttpTestClient anonymous;
    for (int i = 0; i < 3; ++i) {
        for (const auto& reply : {m_client->get(callsUrl()), anonymous.get(callsUrl())}) {
            QVERIFY(reply.header("x-request-id").startsWith("req_"));
            ids.insert(reply.header("x-request-id"));
            QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("600"));
            QVERIFY(!reply.header("x-ratelimit-remaining").isEmpty());
            QVERIFY(reply.header("x-ratelimit-reset").toLongLong()
                    > QDateTime::currentSecsSinceEpoch());
        }
    }
    QCOMPARE(ids.size(), 6);
}

void SampleApiServerTest::contactsList()
{
    const QString path = u"/cases/%1/institution-contacts"_s.arg(m_server->caseId());
    const auto reply = m_client->get(apiUrl(path, u"per_page=5&page=2"_s));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body[u"meta"_s][u"total_count"_s].toInteger(), m_server->contactIds().size());
    QCOMPARE(body[u"meta"_s][u"page"_s].toInt(), 2);
    const QJsonArray data = body[u"data"_s].toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.first()[u"id"_s].toString(), m_server->contactIds().at(5));
    QVERIFY(!data.first()[u"institution_name"_s].toString().isEmpty());
    QCOMPARE(m_client->get(apiUrl(path, u"per_page=500"_s)).status, 422);
}

void SampleApiServerTest::liveCallCompletes()
{
    SampleApiOptions options;
    options.liveCallSeconds = 1;
    SampleApiServer server(options);
    QVERIFY(server.listen());
    HttpTestClient client(server.token());
    const QString path =
        server.baseUrl().toString() + u"/cases/"_s + server.caseId() + u"/phone-calls/"_s;
    const QString ringingId = server.callIds().first();
    const auto fetch = [&] { return client.get(QUrl(path + ringingId)).json()[u"data"_s]; };
    QCOMPARE(fetch()[u"status"_s].toString(), u"ringing"_s);
    QVERIFY(fetch()[u"duration_seconds"_s].isNull());
    QTRY_COMPARE_WITH_TIMEOUT(fetch()[u"status"_s].toString(), u"completed"_s, 4000);
    QVERIFY(fetch()[u"duration_seconds"_s].toInt() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!fetch()[u"transcript"_s].toString().isEmpty(), 4000);
    QVERIFY(!fetch()[u"summary"_s].toString().isEmpty());
    QCOMPARE(fetch()[u"recording_status"_s].toString(), u"completed"_s);
}

void SampleApiServerTest::runsOnWorkerThread()
{
    QThread thread;
    auto* server = new SampleApiServer();
    server->moveToThread(&thread);
    connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    HttpTestClient client(server->token());
    const auto reply = client.get(
        QUrl(server->baseUrl().toString() + u"/cases/"_s + server->caseId() + u"/phone-calls"_s));
    QCOMPARE(reply.status, 200);
    server->setFaults({}); // from this thread, while the server runs on its own
    QVERIFY(!server->insertCall().isEmpty());
    QCOMPARE(server->requests().size(), 1);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(SampleApiServerTest)
