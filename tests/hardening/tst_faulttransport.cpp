// SPDX-License-Identifier: MIT
// Fault matrix, transport: resets, silence, trickling, short bodies, oversized bodies,
// cancelling during a pending retry, and the client-wide retry budget.
#include "CallsTableModel.h"
#include "HardeningHarness.h"
#include "ReplyRecorder.h"
#include "RetryBudget.h"
#include "TokenLeakGuard.h"

#include <QPointer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
ScriptedResponse faulty(ScriptedResponse::Fault fault, const QByteArray& body)
{
    ScriptedResponse response = ScriptedResponse::json(body);
    response.fault = fault;
    return response;
}
} // namespace

class TestFaultTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TokenLeakGuard::install(); }
    void init();
    void resetMidBodyIsRetried();
    void acceptedButNeverAnsweredTimesOut();
    void tricklingBodyHitsOverallDeadline();
    void shortBodyIsRetried();
    void oversizedBodyIsAbortedBeforeParsing_data();
    void oversizedBodyIsAbortedBeforeParsing();
    void sizeLimitIsConfigurable();
    void cancelDuringPendingRetrySendsNothingMore();
    void cancellingIsNeverAnError_data();
    void cancellingIsNeverAnError();
    void retryBudgetCountsAndRefills();
    void retryBudgetStopsARetryStorm();
    void successesEarnBudgetBack();

private:
    std::unique_ptr<HardeningHarness> m_api;
};

void TestFaultTransport::init()
{
    TokenLeakGuard::install();
    m_api = std::make_unique<HardeningHarness>();
    QVERIFY(m_api->start());
}

void TestFaultTransport::resetMidBodyIsRetried()
{
    const QByteArray body = HardeningHarness::page({1, 2, 3});
    m_api->server.enqueue(faulty(ScriptedResponse::Fault::ResetMidBody, body));
    m_api->server.enqueue(ScriptedResponse::json(body));
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 3);
    QCOMPARE(outcome->retryReasons.value(0).kind, ApiError::Kind::Network);
    QCOMPARE(m_api->server.requestCount(), 2);
}

void TestFaultTransport::acceptedButNeverAnsweredTimesOut()
{
    m_api->changePolicy([](RetryPolicy& policy) { policy.transferTimeoutMs = 300; });
    m_api->server.setHandler(
        [](const ScriptedRequest&) { return faulty(ScriptedResponse::Fault::NeverAnswer, {}); });
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY2(outcome->error.message.contains(u"silent"_s), qPrintable(outcome->error.message));
    QCOMPARE(m_api->server.requestCount(), 3); // a timeout is transient: all attempts used
}

void TestFaultTransport::tricklingBodyHitsOverallDeadline()
{
    // One byte every 100 ms keeps the inactivity timer (2 s) from ever firing; only the
    // per-attempt deadline ends it.
    m_api->changePolicy([](RetryPolicy& policy) {
        policy.maxAttempts = 1;
        policy.transferTimeoutMs = 2000;
        policy.overallDeadlineMs = 800;
    });
    ScriptedResponse trickle =
        faulty(ScriptedResponse::Fault::Trickle, HardeningHarness::page({1}));
    trickle.trickleIntervalMs = 100;
    m_api->server.enqueue(trickle);
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY2(outcome->error.message.contains(u"No complete answer"_s),
             qPrintable(outcome->error.message));
}

void TestFaultTransport::shortBodyIsRetried()
{
    const QByteArray body = HardeningHarness::page({1});
    m_api->server.enqueue(faulty(ScriptedResponse::Fault::ShortBody, body));
    m_api->server.enqueue(ScriptedResponse::json(body));
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->retryReasons.value(0).kind, ApiError::Kind::Network);
    QCOMPARE(m_api->server.requestCount(), 2);
}

void TestFaultTransport::oversizedBodyIsAbortedBeforeParsing_data()
{
    QTest::addColumn<ScriptedResponse::Fault>("framing");
    QTest::newRow("Content-Length announced") << ScriptedResponse::Fault::None;
    QTest::newRow("no Content-Length") << ScriptedResponse::Fault::NoLength;
}

void TestFaultTransport::oversizedBodyIsAbortedBeforeParsing()
{
    QFETCH(ScriptedResponse::Fault, framing);
    // 50 MB of a syntactically valid page: parsing it would succeed, so only the guard fails it.
    QByteArray body = R"({"data":[],"meta":{"per_page":25,"has_more":false},"pad":")";
    body += QByteArray(50 * 1024 * 1024, 'x');
    body += "\"}";
    m_api->server.enqueue(faulty(framing, body));
    const auto outcome = record(m_api->listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Decode);
    QVERIFY2(outcome->error.message.contains(u"larger than 32 MiB"_s),
             qPrintable(outcome->error.message));
    QCOMPARE(m_api->server.requestCount(), 1); // not retried: it would be as large again
}

void TestFaultTransport::sizeLimitIsConfigurable()
{
    const QByteArray body = HardeningHarness::page({1, 2, 3, 4, 5});
    m_api->changePolicy([&](RetryPolicy& policy) { policy.maxResponseBytes = body.size(); });
    m_api->server.setHandler(
        [body](const ScriptedRequest&) { return ScriptedResponse::json(body); });
    const auto exact = record(m_api->listCalls());
    WAIT_FINISHED(exact);
    QVERIFY(!exact->error.isError());

    m_api->changePolicy([&](RetryPolicy& policy) { policy.maxResponseBytes = body.size() - 1; });
    const auto over = record(m_api->listCalls());
    WAIT_FINISHED(over);
    QCOMPARE(over->error.kind, ApiError::Kind::Decode);
}

void TestFaultTransport::cancelDuringPendingRetrySendsNothingMore()
{
    m_api->changePolicy([](RetryPolicy& policy) {
        policy.baseDelayMs = 400;
        policy.maxDelayMs = 400;
    });
    m_api->server.setHandler([](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::errorBody("down"), 503);
    });
    CallPageReply* reply = m_api->listCalls();
    QPointer<CallPageReply> alive(reply);
    const auto outcome = record(reply);
    QTRY_COMPARE(outcome->retryAttempts.size(), 1); // the retry timer is now pending
    reply->abort();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!outcome->error.isTransient());
    // Once the reply is gone, so is its retry timer: nothing can be sent any more.
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(m_api->server.requestCount(), 1);
    QCOMPARE(m_api->client->activeRequestCount(), 0);
}

void TestFaultTransport::cancellingIsNeverAnError_data()
{
    QTest::addColumn<bool>("changeCase"); // else refresh(): both abort the request in flight
    QTest::newRow("another case opened") << true;
    QTest::newRow("refresh") << false;
}

void TestFaultTransport::cancellingIsNeverAnError()
{
    // What the user sees: a load the app itself cancels never shows up as an error banner.
    QFETCH(bool, changeCase);
    m_api->server.enqueue(faulty(ScriptedResponse::Fault::NeverAnswer, {}));
    m_api->server.setHandler(
        [](const ScriptedRequest&) { return ScriptedResponse::json(HardeningHarness::page({1})); });
    CallsTableModel model(m_api->client.get());
    QSignalSpy errors(&model, &CallsTableModel::errorOccurred);
    model.setCaseId(QString::fromLatin1(HardeningHarness::caseId));
    QTRY_COMPARE(m_api->server.requestCount(), 1); // the silent server holds it
    if (changeCase)
        model.setCaseId(u"01K8PC05EJ4T11HRYE78AN7EEB"_s);
    else
        model.refresh();
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(errors.size(), 0);
    QVERIFY(!model.lastError().isError());
    QCOMPARE(m_api->server.requestCount(), 2);
}

void TestFaultTransport::retryBudgetCountsAndRefills()
{
    RetryBudget budget(2, 0.5);
    QVERIFY(budget.tryWithdraw());
    QVERIFY(budget.tryWithdraw());
    QVERIFY(!budget.tryWithdraw());
    budget.recordSuccess();
    QVERIFY(!budget.tryWithdraw()); // half a retry is not a retry
    budget.recordSuccess();
    QVERIFY(budget.tryWithdraw());
    for (int i = 0; i < 10; ++i)
        budget.recordSuccess();
    QCOMPARE(budget.available(), 2.0); // never above capacity
    RetryBudget none(0, 1);
    QVERIFY(!none.tryWithdraw());
}

void TestFaultTransport::retryBudgetStopsARetryStorm()
{
    m_api->changePolicy([](RetryPolicy& policy) { policy.retryBudget = 4; });
    m_api->server.setHandler([](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::errorBody("down"), 503);
    });
    // A paging run against a dead server: without a budget, 6 pages would cost 18 requests.
    for (int page = 0; page < 6; ++page) {
        const auto outcome = record(m_api->listCalls());
        WAIT_FINISHED(outcome);
        QCOMPARE(outcome->error.httpStatus, 503);
    }
    QCOMPARE(m_api->server.requestCount(), 6 + 4);
    QCOMPARE(m_api->client->retryBudgetAvailable(), 0.0);
}

void TestFaultTransport::successesEarnBudgetBack()
{
    m_api->changePolicy([](RetryPolicy& policy) {
        policy.retryBudget = 1;
        policy.budgetRefillPerSuccess = 0.5;
    });
    m_api->server.enqueue(ScriptedResponse::json({}, 503));
    m_api->server.setHandler(
        [](const ScriptedRequest&) { return ScriptedResponse::json(HardeningHarness::page({1})); });
    const auto first = record(m_api->listCalls()); // 503, retry (spends the budget), 200
    WAIT_FINISHED(first);
    QVERIFY(!first->error.isError());
    QCOMPARE(m_api->client->retryBudgetAvailable(), 0.5); // the success earned half back
    const auto second = record(m_api->listCalls());
    WAIT_FINISHED(second);
    QCOMPARE(m_api->client->retryBudgetAvailable(), 1.0);
}

HARDENING_TEST_MAIN(TestFaultTransport)
#include "tst_faulttransport.moc"
