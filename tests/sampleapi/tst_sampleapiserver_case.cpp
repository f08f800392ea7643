// SPDX-License-Identifier: MIT
// Which case the sample API server generates: determinism per seed, and where its anchor puts
// it in time.
#include "SampleApiServerTest.h"

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
