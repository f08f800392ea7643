// SPDX-License-Identifier: MIT
// Fault matrix, statuses: which answers are retried, which surface at once, and how rate
// limits are honoured. Every server answer is scripted, so attempt counts are exact.
#include "HardeningHarness.h"
#include "ReplyRecorder.h"
#include "TokenLeakGuard.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

ScriptedResponse htmlPage(int status)
{
    ScriptedResponse response;
    response.status = status;
    response.contentType = "text/html";
    response.body = "<html><body><h1>Bad gateway</h1></body></html>";
    return response;
}
} // namespace

class TestFaultStatuses : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TokenLeakGuard::install(); }
    void init();
    void transientThenSuccess_data();
    void transientThenSuccess();
    void fourTimes503GivesUpAfterThreeAttempts();
    void gatewayHtmlIsExplained_data();
    void gatewayHtmlIsExplained();
    void clientErrorsAreNeverRetried_data();
    void clientErrorsAreNeverRetried();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void longRateLimitSurfacesTryAgainAt_data();
    void longRateLimitSurfacesTryAgainAt();
    void htmlWith200IsDecodeError();
    void emptyBodyWhereJsonExpected_data();
    void emptyBodyWhereJsonExpected();

private:
    std::unique_ptr<HardeningHarness> m_api;
};

void TestFaultStatuses::init()
{
    TokenLeakGuard::install();
    m_api = std::make_unique<HardeningHarness>();
    QVERIFY(m_api->start());
}

void TestFaultStatuses::transientThenSuccess_data()
{
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::newRow("500") << ScriptedResponse::json(HardeningHarness::errorBody("internal"), 500);
    QTest::newRow("502 html") << htmlPage(502);
    QTest::newRow("503") << ScriptedResponse::json(HardeningHarness::errorBody("unavailable"), 503);
    QTest::newRow("504 html") << htmlPage(504);
    QTest::newRow("408") << ScriptedResponse::json(HardeningHarness::errorBody("timeout"), 408);
}

void TestFaultStatuses::transientThenSuccess()
{
    QFETCH(ScriptedResponse, failure);
    m_api->server.enqueue(failure);
    m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::page({1, 2})));
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 2);
    QCOMPARE(outcome->retryAttempts, QList<int> {2});
    QCOMPARE(outcome->retryReasons.value(0).httpStatus, failure.status);
    QCOMPARE(m_api->server.requestCount(), 2);
}

void TestFaultStatuses::fourTimes503GivesUpAfterThreeAttempts()
{
    for (int i = 0; i < 4; ++i)
        m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::errorBody("down"), 503));
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 503);
    QCOMPARE(outcome->retryAttempts, (QList<int> {2, 3}));
    QCOMPARE(m_api->server.requestCount(), 3);
}

void TestFaultStatuses::gatewayHtmlIsExplained_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("504") << 504;
}

void TestFaultStatuses::gatewayHtmlIsExplained()
{
    QFETCH(int, status);
    m_api->server.setHandler([status](const ScriptedRequest&) { return htmlPage(status); });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.httpStatus, status);
    QVERIFY2(outcome->error.message.contains(u"web page"_s), qPrintable(outcome->error.message));
    // The page's markup is never passed on as the message.
    QVERIFY(!outcome->error.userMessage().contains(u"<h1>"_s));
    QCOMPARE(m_api->server.requestCount(), 3);
}

void TestFaultStatuses::clientErrorsAreNeverRetried_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 401, 403, 404, 410, 422})
        QTest::addRow("%d", status) << status;
}

void TestFaultStatuses::clientErrorsAreNeverRetried()
{
    QFETCH(int, status);
    QSignalSpy unauthorized(m_api->client.get(), &ApiClient::unauthorized);
    m_api->server.setHandler([status](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::errorBody("client_error"), status);
    });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, status);
    QVERIFY(outcome->retryAttempts.isEmpty());
    QCOMPARE(m_api->server.requestCount(), 1);
    QCOMPARE(unauthorized.size(), status == 401 ? 1 : 0);
}

void TestFaultStatuses::retryAfterIsHonoured_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minWaitMs"); // the announced wait, checked on rateLimited()
    QTest::addColumn<int>("maxWaitMs");
    const QByteArray retryAfter = "Retry-After";
    // HTTP dates have whole seconds: 3 s ahead is 2 to 3 s ahead once truncated.
    const QDateTime inThreeSeconds = QDateTime::currentDateTimeUtc().addSecs(3);
    QTest::newRow("seconds") << retryAfter << QByteArray("1") << 900 << 1100;
    QTest::newRow("http date") << retryAfter << httpDate(inThreeSeconds) << 1000 << 3000;
    // Unix seconds, 2 s ahead of when the row runs (so 1 to 2 s once truncated).
    QTest::newRow("X-RateLimit-Reset in 2 s")
        << QByteArray("X-RateLimit-Reset") << QByteArray("+2") << 900 << 2000;
    // Nonsense is no hint: the client backs off as for any transient error (≤ maxDelayMs).
    QTest::newRow("negative") << retryAfter << QByteArray("-5") << 0 << 100;
    QTest::newRow("not a number") << retryAfter << QByteArray("abc") << 0 << 100;
    QTest::newRow("absurdly large") << retryAfter << QByteArray("99999999999") << 0 << 100;
}

void TestFaultStatuses::retryAfterIsHonoured()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minWaitMs);
    QFETCH(int, maxWaitMs);
    if (retryAfter.startsWith('+'))
        retryAfter = QByteArray::number(QDateTime::currentSecsSinceEpoch() + retryAfter.toInt());
    m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::errorBody("rate_limited"), 429)
                              .withHeader(header, retryAfter));
    m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::page({1})));
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->rateLimitedUntil.size(), 1);
    const qint64 announcedMs = sent.msecsTo(outcome->rateLimitedUntil.first());
    QVERIFY2(announcedMs >= minWaitMs - 100 && announcedMs <= maxWaitMs + 500,
             qPrintable(QString::number(announcedMs)));
    QCOMPARE(m_api->server.requestCount(), 2);
}

void TestFaultStatuses::longRateLimitSurfacesTryAgainAt_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    const qint64 inAnHour = QDateTime::currentSecsSinceEpoch() + 3600;
    QTest::newRow("Retry-After 3600") << QByteArray("Retry-After") << QByteArray("3600");
    QTest::newRow("X-RateLimit-Reset in 1 h")
        << QByteArray("X-RateLimit-Reset") << QByteArray::number(inAnHour);
}

void TestFaultStatuses::longRateLimitSurfacesTryAgainAt()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    m_api->server.setHandler([&](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::errorBody("rate_limited"), 429)
            .withHeader(header, value);
    });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::RateLimited);
    QVERIFY(outcome->rateLimitedUntil.isEmpty()); // no sleeping for an hour
    const qint64 secondsAhead = QDateTime::currentDateTimeUtc().secsTo(outcome->error.retryAt);
    QVERIFY2(secondsAhead > 3500 && secondsAhead <= 3600,
             qPrintable(QString::number(secondsAhead)));
    const QString at =
        QLocale().toString(outcome->error.retryAt.toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(outcome->error.userMessage().contains(u"try again at "_s + at),
             qPrintable(outcome->error.userMessage()));
    QCOMPARE(m_api->server.requestCount(), 1);
}

void TestFaultStatuses::htmlWith200IsDecodeError()
{
    ScriptedResponse html = htmlPage(200);
    m_api->server.setHandler([html](const ScriptedRequest&) { return html; });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Decode);
    QCOMPARE(m_api->server.requestCount(), 1); // the same page would come back
}

void TestFaultStatuses::emptyBodyWhereJsonExpected_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("204") << 204;
    QTest::newRow("200 empty") << 200;
}

void TestFaultStatuses::emptyBodyWhereJsonExpected()
{
    QFETCH(int, status);
    m_api->server.setHandler(
        [status](const ScriptedRequest&) { return ScriptedResponse::json({}, status); });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Decode);
    QVERIFY(outcome->callPage.calls.isEmpty());
    QCOMPARE(m_api->server.requestCount(), 1);
}

HARDENING_TEST_MAIN(TestFaultStatuses)
#include "tst_faultstatuses.moc"
