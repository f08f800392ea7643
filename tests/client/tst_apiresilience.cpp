// SPDX-License-Identifier: MIT
// Retries, rate limits, truncated bodies and deadlines against the in-process sample API over
// loopback, with retry delays of a few tens of milliseconds.
#include "LiveApi.h"

#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiResilience : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void transientErrorRetriedThenSucceeds_data();
    void transientErrorRetriedThenSucceeds();
    void persistentErrorSurfacesAfterMaxAttempts();
    void rateLimitWaitsAndResumes();
    void longRateLimitSurfacesImmediately();
    void rateLimitWaitsAreBounded();
    void truncatedBodyIsRetried();
    void slowServerTimesOut();
    void refusedConnectionIsNetworkError();
    void abortDuringRetryWait();

private:
    std::shared_ptr<ReplyOutcome> listFirstPage(int perPage = 25);
    std::unique_ptr<LiveApi> m_api;
};

void TestApiResilience::init()
{
    m_api = std::make_unique<LiveApi>();
    QVERIFY(m_api->start());
}

void TestApiResilience::cleanup()
{
    m_api.reset();
}

std::shared_ptr<ReplyOutcome> TestApiResilience::listFirstPage(int perPage)
{
    return record(
        m_api->client->listCalls(m_api->server->caseId(), m_api->query(perPage), PagePosition()));
}

void TestApiResilience::transientErrorRetriedThenSucceeds_data()
{
    QTest::addColumn<int>("status");
    for (int status : {500, 502, 503, 504, 408})
        QTest::addRow("%d", status) << status;
}

void TestApiResilience::transientErrorRetriedThenSucceeds()
{
    QFETCH(int, status);
    SampleApiFaults faults;
    faults.failNextCount = 1;
    faults.failStatus = status;
    m_api->server->setFaults(faults);
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 25);
    QCOMPARE(outcome->retryAttempts, QList<int>({2}));
    QCOMPARE(outcome->retryReasons.constFirst().httpStatus, status);
    const QList<RecordedRequest> requests = m_api->apiRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).status, status);
    QCOMPARE(requests.at(1).status, 200);
}

void TestApiResilience::persistentErrorSurfacesAfterMaxAttempts()
{
    m_api->setPolicy([](RetryPolicy& policy) { policy.maxAttempts = 4; });
    SampleApiFaults faults;
    faults.failEveryNth = 1;
    faults.failStatus = 503;
    m_api->server->setFaults(faults);
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 503);
    QCOMPARE(outcome->retryAttempts, QList<int>({2, 3, 4}));
    QCOMPARE(m_api->apiRequests().size(), 4);
}

void TestApiResilience::rateLimitWaitsAndResumes()
{
    // The third page is rate limited once; the walk must wait, then go on with the same cursor.
    int pagesBefore = 0;
    QList<std::shared_ptr<ReplyOutcome>> outcomes;
    const auto limitThirdPage =
        connect(m_api->client, &ApiClient::activeRequestCountChanged, this, [&](int count) {
            if (count == 1 && ++pagesBefore == 3) {
                SampleApiFaults faults;
                faults.rateLimitNextCount = 1;
                faults.retryAfterSeconds = 1;
                m_api->server->setFaults(faults);
            }
        });
    const QStringList ids = m_api->walk(m_api->query(30), nullptr, &outcomes);
    disconnect(limitThirdPage);
    QCOMPARE(ids, m_api->server->callIds());

    int rateLimitSignals = 0;
    for (const auto& outcome : std::as_const(outcomes)) {
        rateLimitSignals += int(outcome->rateLimitedUntil.size());
        QVERIFY(outcome->retryAttempts.isEmpty()); // a 429 is waited out, not a failed attempt
    }
    QCOMPARE(rateLimitSignals, 1);
    QVERIFY(outcomes.at(2)->rateLimitedUntil.size() == 1);

    QSet<QString> cursorsServed;
    int limited = 0;
    const QList<RecordedRequest> requests = m_api->apiRequests();
    for (const RecordedRequest& request : requests) {
        if (request.status == 429) {
            ++limited;
            continue;
        }
        const QString cursor = request.query.queryItemValue(u"cursor"_s);
        QVERIFY2(!cursorsServed.contains(cursor), "a page was fetched twice");
        cursorsServed.insert(cursor);
    }
    QCOMPARE(limited, 1);
    QCOMPARE(requests.size(), outcomes.size() + 1);
}

void TestApiResilience::longRateLimitSurfacesImmediately()
{
    m_api->setPolicy([](RetryPolicy& policy) { policy.maxRateLimitWaitSeconds = 60; });
    SampleApiFaults faults;
    faults.rateLimitNextCount = 1;
    faults.retryAfterSeconds = 120;
    m_api->server->setFaults(faults);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(outcome->error.httpStatus, 429);
    QVERIFY(outcome->error.retryAt.isValid());
    const qint64 secondsAhead = before.secsTo(outcome->error.retryAt);
    QVERIFY2(secondsAhead >= 110 && secondsAhead <= 130, qPrintable(QString::number(secondsAhead)));
    QVERIFY(outcome->rateLimitedUntil.isEmpty()); // not waited for
    QCOMPARE(m_api->apiRequests().size(), 1);
}

void TestApiResilience::rateLimitWaitsAreBounded()
{
    m_api->setPolicy([](RetryPolicy& policy) { policy.maxRateLimitWaits = 2; });
    SampleApiFaults faults;
    faults.rateLimitNextCount = 10;
    faults.retryAfterSeconds = 0;
    m_api->server->setFaults(faults);
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(outcome->rateLimitedUntil.size(), 2);
    QCOMPARE(m_api->apiRequests().size(), 3);
}

void TestApiResilience::truncatedBodyIsRetried()
{
    // Every second response after the faults are set is cut short: the warm-up request is
    // whole, the next is truncated and must be retried as a transient network error.
    SampleApiFaults faults;
    faults.truncateEveryNth = 2;
    m_api->server->setFaults(faults);
    const auto warmUp = listFirstPage();
    WAIT_FINISHED(warmUp);
    QVERIFY(!warmUp->error.isError());
    const auto outcome = listFirstPage(100);
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 100);
    QCOMPARE(outcome->retryAttempts.size(), 1);
    QCOMPARE(outcome->retryReasons.constFirst().kind, ApiError::Kind::Network);
    QCOMPARE(m_api->apiRequests().size(), 3);
}

void TestApiResilience::slowServerTimesOut()
{
    m_api->setPolicy([](RetryPolicy& policy) {
        policy.overallDeadlineMs = 150;
        policy.maxAttempts = 2;
    });
    m_api->server->setLatencyMs(1000);
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QCOMPARE(outcome->retryAttempts, QList<int>({2})); // a timeout is transient: retried once
    QCOMPARE(outcome->retryReasons.constFirst().kind, ApiError::Kind::Timeout);
    QVERIFY(!outcome->error.userMessage().isEmpty());
}

void TestApiResilience::refusedConnectionIsNetworkError()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QVERIFY(m_api->client->setBaseUrl(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port))));
    const auto outcome = listFirstPage();
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QCOMPARE(outcome->retryAttempts, QList<int>({2, 3}));
}

void TestApiResilience::abortDuringRetryWait()
{
    m_api->setPolicy([](RetryPolicy& policy) {
        policy.baseDelayMs = 60000;
        policy.maxDelayMs = 60000;
    });
    SampleApiFaults faults;
    faults.failEveryNth = 1;
    m_api->server->setFaults(faults);
    QPointer<CallPageReply> reply =
        m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition());
    const auto outcome = record(reply);
    connect(reply, &ApiReply::retrying, reply, [reply] { reply->abort(); });
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(reply.isNull());
    QCOMPARE(m_api->apiRequests().size(), 1);
}

QTEST_GUILESS_MAIN(TestApiResilience)
#include "tst_apiresilience.moc"
