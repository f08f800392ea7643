// SPDX-License-Identifier: MIT
// The API client against the in-process sample API over loopback HTTP: paging, query
// parameters, conditional requests, decoding big pages, cancellation.
#include "LiveApi.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listsFirstPage();
    void cursorWalkCoversCase();
    void pageNumberWalkCoversCase();
    void sendsFiltersAndSort();
    void getCallHonoursEtag();
    void listsContacts();
    void bigPageDecodesOffThread();
    void abortCancels();
    void abortWhileDecodingIsSafe();
    void activeRequestCountFollowsReplies();

private:
    std::unique_ptr<LiveApi> m_api;
};

void TestApiClient::init()
{
    m_api = std::make_unique<LiveApi>();
    QVERIFY(m_api->start());
}

void TestApiClient::cleanup()
{
    m_api.reset();
}

void TestApiClient::listsFirstPage()
{
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(25), PagePosition()));
    QVERIFY(m_api->client->activeRequestCount() == 1);
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 25);
    QCOMPARE(outcome->callPage.calls.constFirst().id, m_api->server->callIds().constFirst());
    QVERIFY(outcome->callPage.meta.hasMore);
    QVERIFY(!outcome->callPage.meta.nextCursor.isEmpty());
    QVERIFY(!outcome->requestId.isEmpty());

    const QList<RecordedRequest> requests = m_api->apiRequests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.constFirst().authorizationValid);
    const QUrlQuery& query = requests.constFirst().query;
    QVERIFY(!query.hasQueryItem(u"page"_s)); // cursor mode sends no page
    QVERIFY(!query.hasQueryItem(u"cursor"_s)); // ... and no cursor on the first page
    QCOMPARE(query.queryItemValue(u"per_page"_s), u"25"_s);
    QCOMPARE(query.queryItemValue(u"sort_by"_s), u"created_at"_s);
    QCOMPARE(query.queryItemValue(u"sort_order"_s), u"desc"_s);
}

void TestApiClient::cursorWalkCoversCase()
{
    int pages = 0;
    const QStringList ids = m_api->walk(m_api->query(30), &pages);
    QCOMPARE(ids, m_api->server->callIds()); // all of them, newest first, none twice
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(pages, (ids.size() + 29) / 30);
    const QList<RecordedRequest> recorded = m_api->apiRequests();
    for (qsizetype i = 1; i < recorded.size(); ++i) {
        QVERIFY(recorded.at(i).query.hasQueryItem(u"cursor"_s));
        QVERIFY(!recorded.at(i).query.hasQueryItem(u"page"_s));
    }
}

void TestApiClient::pageNumberWalkCoversCase()
{
    const QStringList ids = m_api->walk(m_api->query(40, CallsQuery::Paging::PageNumber));
    QCOMPARE(ids, m_api->server->callIds());
    const QList<RecordedRequest> recorded = m_api->apiRequests();
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        QCOMPARE(recorded.at(i).query.queryItemValue(u"page"_s), QString::number(i + 1));
        QVERIFY(!recorded.at(i).query.hasQueryItem(u"cursor"_s));
    }
}

void TestApiClient::sendsFiltersAndSort()
{
    CallsQuery query = m_api->query(10);
    query.status = u"completed"_s;
    query.institutionContactId = m_api->server->contactIds().constFirst();
    query.sortBy = CallsQuery::SortBy::Duration;
    query.sortOrder = CallsQuery::SortOrder::Ascending;
    const auto outcome =
        record(m_api->client->listCalls(m_api->server->caseId(), query, PagePosition()));
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    for (const Call& call : std::as_const(outcome->callPage.calls)) {
        QCOMPARE(call.status, CallStatus::Completed);
        QCOMPARE(call.institutionContactId, query.institutionContactId);
    }
    const QUrlQuery sent = m_api->apiRequests().constLast().query;
    QCOMPARE(sent.queryItemValue(u"status"_s), u"completed"_s);
    QCOMPARE(sent.queryItemValue(u"institution_contact_id"_s), query.institutionContactId);
    QCOMPARE(sent.queryItemValue(u"sort_by"_s), u"duration_seconds"_s);
    QCOMPARE(sent.queryItemValue(u"sort_order"_s), u"asc"_s);
}

void TestApiClient::getCallHonoursEtag()
{
    const QString caseId = m_api->server->caseId();
    const QString callId = m_api->server->callIds().at(3);
    const auto first = record(m_api->client->getCall(caseId, callId));
    WAIT_FINISHED(first);
    QVERIFY2(!first->error.isError(), qPrintable(first->error.userMessage()));
    QCOMPARE(first->call.id, callId);
    QVERIFY(!first->notModified);
    QVERIFY(!first->etag.isEmpty());

    const auto second = record(m_api->client->getCall(caseId, callId, first->etag));
    WAIT_FINISHED(second);
    QVERIFY2(!second->error.isError(), qPrintable(second->error.userMessage()));
    QVERIFY(second->notModified);
    QVERIFY(second->call.id.isEmpty());
    QCOMPARE(second->etag, first->etag);
    QCOMPARE(m_api->apiRequests().constLast().status, 304);
}

void TestApiClient::listsContacts()
{
    const auto outcome = record(m_api->client->listContacts(m_api->server->caseId()));
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QStringList ids;
    for (const InstitutionContact& contact : std::as_const(outcome->contactPage.contacts))
        ids.append(contact.id);
    QCOMPARE(ids, m_api->server->contactIds());
}

void TestApiClient::bigPageDecodesOffThread()
{
    SampleApiOptions options;
    options.transcriptBytes = 8000; // 100 calls ≈ 800 KB: well over the inline limit
    m_api = std::make_unique<LiveApi>();
    QVERIFY(m_api->start(options));
    const auto outcome = record(
        m_api->client->listCalls(m_api->server->caseId(), m_api->query(100), PagePosition()));
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(outcome->callPage.calls.size(), 100);
    QCOMPARE(outcome->callPage.calls.constFirst().id, m_api->server->callIds().constFirst());
}

void TestApiClient::abortCancels()
{
    m_api->server->setLatencyMs(300);
    QPointer<CallPageReply> reply =
        m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition());
    const auto outcome = record(reply);
    reply->abort();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    reply->abort(); // a second abort is harmless and does not finish twice
    QTRY_VERIFY(reply.isNull()); // deleted itself
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(m_api->client->activeRequestCount(), 0);
}

void TestApiClient::abortWhileDecodingIsSafe()
{
    SampleApiOptions options;
    options.transcriptBytes = 8000; // 100 calls ≈ 800 KB: decoded on a worker
    m_api = std::make_unique<LiveApi>();
    QVERIFY(m_api->start(options));
    // The manager's finished() is queued here: it runs just after the body arrived and the
    // reply handed it to the decoding worker. Abort in half the rounds, delete in the others.
    for (const bool useDelete : {false, true, false, true}) {
        QPointer<CallPageReply> reply =
            m_api->client->listCalls(m_api->server->caseId(), m_api->query(100), PagePosition());
        const auto outcome = record(reply);
        bool bodyArrived = false;
        const auto connection = connect(
            m_api->network, &QNetworkAccessManager::finished, this,
            [&] {
                bodyArrived = true;
                if (useDelete)
                    delete reply.data();
                else if (reply)
                    reply->abort();
            },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(bodyArrived, 15000);
        disconnect(connection);
        QTRY_VERIFY(reply.isNull()); // deleted, or deleted itself once the worker was done
        QCOMPARE(outcome->finishedCount, useDelete ? 0 : 1);
        if (!useDelete)
            QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    }
    QCOMPARE(m_api->client->activeRequestCount(), 0);
}

void TestApiClient::activeRequestCountFollowsReplies()
{
    QSignalSpy changes(m_api->client, &ApiClient::activeRequestCountChanged);
    const auto first =
        record(m_api->client->listCalls(m_api->server->caseId(), m_api->query(), PagePosition()));
    const auto second = record(m_api->client->listContacts(m_api->server->caseId()));
    QCOMPARE(m_api->client->activeRequestCount(), 2);
    WAIT_FINISHED(first);
    WAIT_FINISHED(second);
    QCOMPARE(m_api->client->activeRequestCount(), 0);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.constLast().constFirst().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
