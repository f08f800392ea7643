// SPDX-License-Identifier: MIT
// Which case the sample API server generates: determinism per seed, and where its anchor puts
// it in time.
#include "SampleApiServerTest.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// A list body with the server's own origins and the time-dependent signature taken out.
QByteArray normalised(QByteArray body, const SampleApiServer& server)
{
    body.replace(server.baseUrl().toString().toUtf8(), "BASE");
    body.replace(server.signedOrigin().toString().toUtf8(), "SIGNED");
    return QString::fromUtf8(body)
        .replace(QRegularExpression(u"expires=\\d+&sig=[0-9a-f]+"_s), u"SIG"_s)
        .toUtf8();
}

} // namespace

void SampleApiServerTest::sameSeedGivesIdenticalBodies()
{
    SampleApiServer first;
    SampleApiServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    QCOMPARE(first.caseId(), second.caseId());
    QCOMPARE(first.callIds(), second.callIds());
    HttpTestClient client(first.token());
    for (const QString& query : {u"per_page=100"_s, u"page=2&per_page=100"_s}) {
        const auto a = client.get(QUrl(first.baseUrl().toString() + u"/cases/"_s + first.caseId()
                                       + u"/phone-calls?"_s + query));
        const auto b = client.get(QUrl(second.baseUrl().toString() + u"/cases/"_s + second.caseId()
                                       + u"/phone-calls?"_s + query));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.size() > 1000);
        QCOMPARE(normalised(a.body, first), normalised(b.body, second));
    }
}

void SampleApiServerTest::otherSeedGivesOtherCase()
{
    SampleApiOptions options;
    options.seed = 7;
    options.callCount = 30;
    const SampleApiServer other(options);
    QVERIFY(other.caseId() != m_server->caseId());
    QCOMPARE(other.callIds().size(), 30);
    QVERIFY(other.callIds().first() != m_server->callIds().first());
}

void SampleApiServerTest::anchorPlacesTheCaseInTime_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::newRow("default: fixed") << SampleApiOptions().anchor;
    QTest::newRow("now") << QDateTime::currentDateTimeUtc().addMSecs(-999);
    QTest::newRow("earlier") << QDateTime(QDate(2024, 2, 29), QTime(9, 15), QTimeZone::utc());
}

void SampleApiServerTest::anchorPlacesTheCaseInTime()
{
    QFETCH(QDateTime, anchor);
    QCOMPARE(SampleApiOptions().anchor,
             QDateTime(QDate(2025, 11, 7), QTime(17, 30), QTimeZone::utc()));
    SampleApiOptions options;
    options.anchor = anchor;
    options.callCount = 30;
    SampleApiServer server(options);
    QVERIFY(server.listen());
    HttpTestClient client(server.token());
    const auto reply = client.get(QUrl(server.baseUrl().toString() + u"/cases/"_s + server.caseId()
                                       + u"/phone-calls?per_page=100"_s));
    QCOMPARE(reply.status, 200);
    const QJsonArray calls = reply.json()[u"data"_s].toArray();
    QCOMPARE(calls.size(), 30);
    // Newest first: the ringing call, placed just before the anchor; the oldest within weeks.
    const auto createdAt = [](const QJsonValue& call) {
        return QDateTime::fromString(call[u"created_at"_s].toString(), Qt::ISODate);
    };
    const QDateTime newest = createdAt(calls.first());
    QVERIFY2(newest <= anchor && newest >= anchor.addSecs(-60), qPrintable(newest.toString()));
    QVERIFY(createdAt(calls.last()) >= anchor.addDays(-120));
}

// The list body is assembled from each call's cached JSON: it must be exactly what
// QJsonDocument writes for the same document (compact, keys sorted).
void SampleApiServerTest::listBodyIsCompactJson_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("cursor") << u"per_page=7"_s;
    QTest::newRow("page") << u"page=3&per_page=5&sort_by=duration_seconds"_s;
    QTest::newRow("beyond the end") << u"page=999"_s;
    QTest::newRow("filtered") << u"status=completed&sort_order=asc"_s;
}

void SampleApiServerTest::listBodyIsCompactJson()
{
    QFETCH(QString, query);
    const auto reply = m_client->get(callsUrl(query));
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(reply.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(reply.body, parsed.toJson(QJsonDocument::Compact));
    // A second request is served from the cache: the same bytes.
    QCOMPARE(m_client->get(callsUrl(query)).body, reply.body);
}

// Sorted orders and call JSON are cached per snapshot of the case: a new call must show up
// at once, first in the default (newest first) order, and be counted.
void SampleApiServerTest::cachedPagesFollowInserts()
{
    const auto firstOf = [this](const QString& query) {
        return m_client->get(callsUrl(query)).json()[u"data"_s][0][u"id"_s].toString();
    };
    const auto countOf = [this] {
        return m_client->get(callsUrl(u"per_page=1"_s)).json()[u"meta"_s][u"total_count"_s].toInt();
    };
    const int before = countOf();
    QVERIFY(!firstOf(u"per_page=5"_s).isEmpty());
    const QString inserted = m_server->insertCall();
    QCOMPARE(firstOf(u"per_page=5"_s), inserted);
    QCOMPARE(countOf(), before + 1);
    const QJsonObject call = callById(inserted);
    QCOMPARE(call[u"id"_s].toString(), inserted);
}
