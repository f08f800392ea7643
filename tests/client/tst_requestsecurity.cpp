// SPDX-License-Identifier: MIT
// Where the bearer token may go: base URL rules, makeRequest's origin check, and a live check
// that the signed-URL origin never sees an Authorization header.
#include "ApiClient.h"
#include "LiveApi.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestSecurity : public QObject {
    Q_OBJECT
private slots:
    void setBaseUrl_data();
    void setBaseUrl();
    void makeRequestAddsTokenOnlyForApiOrigin_data();
    void makeRequestAddsTokenOnlyForApiOrigin();
    void makeRequestRedirectsSameOriginOnly();
    void noTokenWithoutToken();
    void signedOriginNeverReceivesToken();
};

void TestRequestSecurity::setBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << u"https://api.example.com/v1"_s << true;
    QTest::newRow("https with port and slash") << u"https://api.example.com:8443/v1/"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("http loopback 127/8") << u"http://127.1.2.3:8080/v1"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/v1"_s << true;
    QTest::newRow("http localhost") << u"http://LocalHost:8080/v1"_s << true;
    QTest::newRow("http remote host") << u"http://api.example.com/v1"_s << false;
    QTest::newRow("http lan address") << u"http://192.168.1.10/v1"_s << false;
    QTest::newRow("http host named like loopback") << u"http://127.0.0.1.example.com/v1"_s << false;
    QTest::newRow("ftp") << u"ftp://api.example.com/v1"_s << false;
    QTest::newRow("no host") << u"https:///v1"_s << false;
    QTest::newRow("user info") << u"https://me:pw@api.example.com/v1"_s << false;
    QTest::newRow("query") << u"https://api.example.com/v1?x=1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRequestSecurity::setBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    QNetworkAccessManager network;
    ApiClient client(&network);
    const QUrl previous(u"https://previous.example.com/v1"_s);
    QVERIFY(client.setBaseUrl(previous));
    QString whyNot;
    QCOMPARE(client.setBaseUrl(QUrl(url), &whyNot), accepted);
    QCOMPARE(whyNot.isEmpty(), accepted);
    if (accepted)
        QVERIFY(!client.baseUrl().path().endsWith(u'/'));
    else
        QCOMPARE(client.baseUrl(), previous); // the old URL stays
}

void TestRequestSecurity::makeRequestAddsTokenOnlyForApiOrigin_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("authorized");

    const QString https = u"https://api.example.com/v1"_s;
    QTest::newRow("api path") << https << u"https://api.example.com/v1/cases/X"_s << true;
    QTest::newRow("explicit default port") << https << u"https://api.example.com:443/x"_s << true;
    QTest::newRow("host case differs") << https << u"https://API.example.com/x"_s << true;
    QTest::newRow("other host") << https << u"https://cdn.example.com/rec.mp3"_s << false;
    QTest::newRow("sub-domain trick") << https << u"https://api.example.com.evil.net/x"_s << false;
    QTest::newRow("other port") << https << u"https://api.example.com:8443/x"_s << false;
    QTest::newRow("downgraded scheme") << https << u"http://api.example.com/x"_s << false;
    QTest::newRow("user info host trick")
        << https << u"https://api.example.com@evil.net/x"_s << false;
    const QString loopback = u"http://127.0.0.1:8080/v1"_s;
    QTest::newRow("loopback same port") << loopback << u"http://127.0.0.1:8080/v1/x"_s << true;
    QTest::newRow("loopback other port") << loopback << u"http://127.0.0.1:8081/x"_s << false;
    QTest::newRow("loopback other name") << loopback << u"http://localhost:8080/x"_s << false;
    QTest::newRow("relative") << https << u"/v1/cases"_s << false;
}

void TestRequestSecurity::makeRequestAddsTokenOnlyForApiOrigin()
{
    QFETCH(QString, base);
    QFETCH(QString, target);
    QFETCH(bool, authorized);

    QNetworkAccessManager network;
    ApiClient client(&network);
    QVERIFY(client.setBaseUrl(QUrl(base)));
    client.setToken(u"secret-token"_s);
    QVERIFY(client.hasToken());
    const QUrl url(target);
    QCOMPARE(client.isApiOrigin(url), authorized);
    const QNetworkRequest request = client.makeRequest(url);
    QCOMPARE(request.url(), url);
    QCOMPARE(request.hasRawHeader("Authorization"), authorized);
    if (authorized)
        QCOMPARE(request.rawHeader("Authorization"), "Bearer secret-token"_ba);
}

void TestRequestSecurity::makeRequestRedirectsSameOriginOnly()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    RetryPolicy policy;
    policy.transferTimeoutMs = 1234;
    client.setRetryPolicy(policy);
    QVERIFY(client.setBaseUrl(QUrl(u"https://api.example.com/v1"_s)));
    const QNetworkRequest request = client.makeRequest(QUrl(u"https://api.example.com/v1/x"_s));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(request.transferTimeout(), 1234);
}

void TestRequestSecurity::noTokenWithoutToken()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    QVERIFY(client.setBaseUrl(QUrl(u"https://api.example.com/v1"_s)));
    QVERIFY(!client.hasToken());
    const QNetworkRequest request = client.makeRequest(QUrl(u"https://api.example.com/v1/x"_s));
    QVERIFY(!request.hasRawHeader("Authorization"));
}

void TestRequestSecurity::signedOriginNeverReceivesToken()
{
    LiveApi api;
    QVERIFY(api.start());
    const QUrl signedRecording = api.server->signedOrigin().resolved(QUrl(u"/recordings/x.mp3"_s));
    QVERIFY(!api.client->isApiOrigin(signedRecording));

    // Fetched directly, and through the API's recording endpoint (which may redirect there):
    // neither may carry the token to the signed origin.
    const QString caseId = api.server->caseId();
    const QString callId = api.server->callIds().constLast();
    QUrl apiRecording = api.client->baseUrl();
    apiRecording.setPath(apiRecording.path() + "/cases/"_L1 + caseId + "/phone-calls/"_L1 + callId
                         + "/recording"_L1);
    for (const QUrl& url : {signedRecording, apiRecording}) {
        QNetworkReply* reply = api.network->get(api.client->makeRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
    }

    const QList<RecordedRequest> requests = api.server->requests();
    int signedCount = 0;
    bool apiAuthorized = false;
    for (const RecordedRequest& request : requests) {
        if (request.origin == u"signed"_s) {
            ++signedCount;
            QVERIFY2(!request.hadAuthorization, qPrintable(request.path));
        } else {
            apiAuthorized = apiAuthorized || request.authorizationValid;
        }
    }
    QVERIFY(signedCount >= 1); // the direct fetch reached the signed origin
    QVERIFY(apiAuthorized); // ... and the API origin did get the token
}

QTEST_GUILESS_MAIN(TestRequestSecurity)
#include "tst_requestsecurity.moc"
