// SPDX-License-Identifier: MIT
// How the client reports what went wrong, against the in-process sample API over loopback:
// validation errors, 401, ids refused before sending, 404, non-envelope bodies, broken JSON.
#include "LiveApi.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiErrors : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void validationErrorsShowDetails_data();
    void validationErrorsShowDetails();
    void wrongTokenIsUnauthorized();
    void badIdsAreNeverSent_data();
    void badIdsAreNeverSent();
    void unknownCaseShowsRequestId();
    void clientErrorsAreNotRetried_data();
    void clientErrorsAreNotRetried();
    void htmlErrorPageIsHttpError();
    void malformedJsonIsDecodeError();

private:
    std::unique_ptr<LiveApi> m_api;
};

void TestApiErrors::init()
{
    m_api = std::make_unique<LiveApi>();
    QVERIFY(m_api->start());
}

void TestApiErrors::cleanup()
{
    m_api.reset();
}

void TestApiErrors::validationErrorsShowDetails_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("contactId");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("field");

    QTest::newRow("per_page 0") << QString() << QString() << 0 << 0 << QString() << u"per_page"_s;
    QTest::newRow("per_page 101") << QString() << QString() << 101 << 0 << QString()
                                  << u"per_page"_s;
    QTest::newRow("unknown status")
        << u"bogus"_s << QString() << 10 << 0 << QString() << u"status"_s;
    QTest::newRow("contact id not a ULID")
        << QString() << u"nope"_s << 10 << 0 << QString() << u"institution_contact_id"_s;
    QTest::newRow("page 0") << QString() << QString() << 10 << -1 << QString() << u"page"_s;
    QTest::newRow("forged cursor")
        << QString() << QString() << 10 << 0 << u"a+b/c=="_s << u"cursor"_s;
}

void TestApiErrors::validationErrorsShowDetails()
{
    QFETCH(QString, status);
    QFETCH(QString, contactId);
    QFETCH(int, perPage);
    QFETCH(int, page);
    QFETCH(QString, cursor);
    QFETCH(QString, field);

    CallsQuery query = m_api->query(perPage);
    query.status = status;
    query.institutionContactId = contactId;
    PagePosition position;
    position.cursor = cursor;
    if (page < 0) { // page-number mode with page 0
        query.paging = CallsQuery::Paging::PageNumber;
        position.page = 0;
    }
    const auto outcome = record(m_api->client->listCalls(m_api->server->caseId(), query, position));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 422);
    QCOMPARE(outcome->error.code, u"validation_error"_s);
    QVERIFY2(outcome->error.userMessage().contains(field),
             qPrintable(outcome->error.userMessage()));
    QCOMPARE(m_api->apiRequests().size(), 1); // not retried
}

void TestApiErrors::wrongTokenIsUnauthorized()
{
    m_api->client->setToken(u"wrong-token"_s);
    QSignalSpy unauthorized(m_api->client, &ApiClient::unauthorized);
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition()));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 401);
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(unauthorized.constFirst().constFirst().value<ApiError>().httpStatus, 401);
    QCOMPARE(m_api->apiRequests().size(), 1);
    QVERIFY(m_api->apiRequests().constFirst().hadAuthorization);
    QVERIFY(!m_api->apiRequests().constFirst().authorizationValid);
}

void TestApiErrors::badIdsAreNeverSent_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("callId");

    const QString good = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
    QTest::newRow("empty case") << QString() << good;
    QTest::newRow("path traversal") << u"../../admin"_s << good;
    QTest::newRow("25 characters") << u"01K8PC05EJ4T11HRYE78AN7EE"_s << good;
    QTest::newRow("letter U") << u"01K8PC05EJ4T11HRYE78AN7EEU"_s << good;
    QTest::newRow("query injection") << u"01K8PC05EJ4T11HRYE78AN7E?x"_s << good;
    QTest::newRow("bad call id") << good << u"01K8PC05EJ4T11HRYE78AN7EE/"_s;
    QTest::newRow("empty call id") << good << QString();
}

void TestApiErrors::badIdsAreNeverSent()
{
    QFETCH(QString, caseId);
    QFETCH(QString, callId);

    const auto single = record(m_api->client->getCall(caseId, callId));
    std::shared_ptr<ReplyOutcome> list;
    if (callId == u"01K8PC05EJ4T11HRYE78AN7EEE"_s)
        list = record(m_api->client->listCalls(caseId, m_api->query(), PagePosition()));
    QCOMPARE(single->finishedCount, 0); // finishes via the event loop, not inside the call
    WAIT_FINISHED(single);
    QCOMPARE(single->error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(!single->error.userMessage().isEmpty());
    if (list) {
        WAIT_FINISHED(list);
        QCOMPARE(list->error.kind, ApiError::Kind::InvalidRequest);
    }
    QTRY_COMPARE(m_api->client->activeRequestCount(), 0);
    QVERIFY(m_api->server->requests().isEmpty());
}

void TestApiErrors::unknownCaseShowsRequestId()
{
    const auto outcome = record(
        m_api->client->listCalls(u"01K8PC05EJ4T11HRYE78AN7EEE"_s, m_api->query(), PagePosition()));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 404);
    QVERIFY(!outcome->error.requestId.isEmpty());
    QVERIFY(outcome->error.userMessage().contains(outcome->error.requestId));
    QCOMPARE(m_api->apiRequests().size(), 1);
}

void TestApiErrors::clientErrorsAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 403, 404, 410, 422})
        QTest::addRow("%d", status) << status;
}

void TestApiErrors::clientErrorsAreNotRetried()
{
    QFETCH(int, status);
    SampleApiFaults faults;
    faults.failNextCount = 1;
    faults.failStatus = status;
    m_api->server->setFaults(faults);
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition()));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, status);
    QVERIFY(outcome->retryAttempts.isEmpty());
    QCOMPARE(m_api->apiRequests().size(), 1);
}

void TestApiErrors::htmlErrorPageIsHttpError()
{
    SampleApiFaults faults;
    faults.failNextCount = 1;
    faults.failStatus = 403;
    faults.htmlErrors = true;
    m_api->server->setFaults(faults);
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition()));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 403);
    QVERIFY(outcome->error.code.isEmpty()); // no envelope to read a code from
    QVERIFY2(outcome->error.userMessage().contains(u"403"_s),
             qPrintable(outcome->error.userMessage()));
    QVERIFY(!outcome->error.message.isEmpty());
}

void TestApiErrors::malformedJsonIsDecodeError()
{
    SampleApiFaults faults;
    faults.malformedJsonNext = true;
    m_api->server->setFaults(faults);
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition()));
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Decode);
    QVERIFY(!outcome->error.requestId.isEmpty());
    QVERIFY(outcome->error.userMessage().contains(outcome->error.requestId));
    QVERIFY(outcome->callPage.calls.isEmpty());
    QCOMPARE(m_api->apiRequests().size(), 1); // a broken body is not retried
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
