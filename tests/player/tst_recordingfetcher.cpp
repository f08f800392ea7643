// SPDX-License-Identifier: MIT
#include "PlayerTestApi.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using Kind = RecordingProblem::Kind;

// Real HTTP over loopback: the token reaches the API origin only, signed URLs are followed
// without it, expired ones are renewed once, and failures say what happened.
class TestRecordingFetcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void apiRecordingCarriesToken();
    void redirectToSignedOriginDropsToken();
    void expiredSignedUrlIsRenewedOnce();
    void expiredUrlThatCannotBeRenewed();
    void missingRecordingIs404();
    void unavailableCallsAreNotFetched_data();
    void unavailableCallsAreNotFetched();
    void secondFetchComesFromCache();
    void truncatedDownloadLeavesNoFile();

private:
    PlayerTestApi m_api;
};

void TestRecordingFetcher::initTestCase()
{
    QVERIFY(m_api.start());
}

void TestRecordingFetcher::init()
{
    m_api.fetcher->clearCache();
    m_api.server->setFaults({});
    m_api.server->clearRequests();
}

void TestRecordingFetcher::apiRecordingCarriesToken()
{
    const Call call = m_api.first([this](const Call& c) { return !m_api.isSigned(c); });
    QVERIFY(!call.id.isEmpty());
    const QString file = m_api.fetch(call);
    QVERIFY2(!file.isEmpty(), "no file");
    QVERIFY(file.startsWith(m_api.cacheDir.path()));
    const auto requests = m_api.requestsFrom(u"api"_s);
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().path.endsWith(u"/recording"_s));
    QVERIFY(requests.first().authorizationValid);
    QCOMPARE(requests.first().status, 200);
}

void TestRecordingFetcher::redirectToSignedOriginDropsToken()
{
    // The API's /recording endpoint of a signed-host call answers 302 to the other origin.
    const Call signedCall = m_api.first([this](const Call& c) { return m_api.isSigned(c); });
    QVERIFY(!signedCall.id.isEmpty());
    Call viaApi = signedCall;
    viaApi.recordingUrl = m_api.server->baseUrl().toString()
        + u"/cases/%1/phone-calls/%2/recording"_s.arg(m_api.server->caseId(), signedCall.id);
    QVERIFY(!m_api.fetch(viaApi).isEmpty());

    const auto api = m_api.requestsFrom(u"api"_s);
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.first().status, 302);
    QVERIFY(api.first().authorizationValid);
    const auto signedRequests = m_api.requestsFrom(u"signed"_s);
    QCOMPARE(signedRequests.size(), 1);
    QCOMPARE(signedRequests.first().status, 200);
    QVERIFY2(!signedRequests.first().hadAuthorization, "the token leaked to the signed origin");
}

void TestRecordingFetcher::expiredSignedUrlIsRenewedOnce()
{
    Call call = m_api.first([this](const Call& c) { return m_api.isSigned(c); });
    QVERIFY(!call.id.isEmpty());
    const bool wav = call.recordingUrl.contains(u".wav"_s);
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    call.recordingUrl = m_api.server->signedRecordingUrl(call.id, wav, past).toString();
    QVERIFY(!m_api.fetch(call).isEmpty());

    const auto signedRequests = m_api.requestsFrom(u"signed"_s);
    QCOMPARE(signedRequests.size(), 2);
    QCOMPARE(signedRequests.at(0).status, 403);
    QCOMPARE(signedRequests.at(1).status, 200);
    QVERIFY(!signedRequests.at(0).hadAuthorization && !signedRequests.at(1).hadAuthorization);
    const auto api = m_api.requestsFrom(u"api"_s);
    QCOMPARE(api.size(), 1); // the call, fetched again for a fresh URL
    QVERIFY(api.first().path.endsWith(call.id));
}

void TestRecordingFetcher::expiredUrlThatCannotBeRenewed()
{
    Call call = m_api.first([this](const Call& c) { return m_api.isSigned(c); });
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    call.recordingUrl = m_api.server->signedRecordingUrl(call.id, false, past).toString();
    SampleApiFaults faults;
    faults.failNextCount = 1;
    faults.failStatus = 404;
    m_api.server->setFaults(faults);
    RecordingProblem problem;
    QVERIFY(m_api.fetch(call, &problem).isEmpty());
    QCOMPARE(problem.kind, Kind::Expired);
    QVERIFY2(problem.message.contains(u"expired"_s), qPrintable(problem.message));
    QCOMPARE(m_api.requestsFrom(u"api"_s).size(), 1); // renewed once, not in a loop
    QVERIFY(QDir(m_api.cacheDir.path()).isEmpty());
}

void TestRecordingFetcher::missingRecordingIs404()
{
    // A call id the server does not know: its /recording endpoint answers 404.
    Call call = m_api.calls.first();
    call.id = u"01ARZ3NDEKTSV4RRFFQ69G5FAV"_s;
    call.recordingUrl = m_api.server->baseUrl().toString()
        + u"/cases/%1/phone-calls/%2/recording"_s.arg(m_api.server->caseId(), call.id);
    RecordingProblem problem;
    QVERIFY(m_api.fetch(call, &problem).isEmpty());
    QCOMPARE(problem.kind, Kind::NotFound);
    QCOMPARE(problem.httpStatus, 404);
    QVERIFY(problem.message.contains(u"404"_s));
    QVERIFY(!problem.requestId.isEmpty());
}

void TestRecordingFetcher::unavailableCallsAreNotFetched_data()
{
    QTest::addColumn<QString>("recordingStatus");
    QTest::addColumn<bool>("hasUrl");
    QTest::addColumn<int>("kind");
    QTest::newRow("processing") << u"processing"_s << false << int(Kind::Processing);
    QTest::newRow("failed") << u"failed"_s << false << int(Kind::ProcessingFailed);
    QTest::newRow("no recording") << QString() << false << int(Kind::NoRecording);
}

void TestRecordingFetcher::unavailableCallsAreNotFetched()
{
    QFETCH(QString, recordingStatus);
    QFETCH(bool, hasUrl);
    QFETCH(int, kind);
    Call call = m_api.calls.first();
    call.recordingStatus = recordingStatus;
    if (!hasUrl)
        call.recordingUrl.clear();
    RecordingProblem problem;
    QVERIFY(m_api.fetch(call, &problem).isEmpty());
    QCOMPARE(int(problem.kind), kind);
    QVERIFY(!problem.message.isEmpty());
    QVERIFY(m_api.server->requests().isEmpty());
}

void TestRecordingFetcher::secondFetchComesFromCache()
{
    const Call call = m_api.calls.first();
    const QString file = m_api.fetch(call);
    QVERIFY(!file.isEmpty());
    m_api.server->clearRequests();
    QCOMPARE(m_api.fetch(call), file);
    QVERIFY(m_api.server->requests().isEmpty());
}

void TestRecordingFetcher::truncatedDownloadLeavesNoFile()
{
    SampleApiFaults faults;
    faults.truncateEveryNth = 1;
    m_api.server->setFaults(faults);
    RecordingProblem problem;
    const Call call = m_api.first([this](const Call& c) { return !m_api.isSigned(c); });
    QVERIFY(m_api.fetch(call, &problem).isEmpty());
    QCOMPARE(problem.kind, Kind::Download);
    QVERIFY(!problem.message.isEmpty());
    QVERIFY2(QDir(m_api.cacheDir.path()).isEmpty(), "a partial download was left behind");
}

QTEST_GUILESS_MAIN(TestRecordingFetcher)
#include "tst_recordingfetcher.moc"
