// SPDX-License-Identifier: MIT
// Fault matrix, redirects and TLS: which redirects the API client follows, which URLs may be
// fetched or carry the token, a hard failure on an untrusted certificate, and HTTP/2 as a
// setting. TLS cases use a self-signed certificate made by the openssl CLI at test time.
#include "HardeningHarness.h"
#include "RecordingUrlPolicy.h"
#include "ReplyRecorder.h"
#include "TokenLeakGuard.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestFaultRedirects : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { TokenLeakGuard::install(); }
    void sameOriginRedirectIsFollowedWithToken();
    void redirectToAnotherHostIsNotFollowed();
    void redirectLoopStops();
    void recordingUrlPolicy_data();
    void recordingUrlPolicy();
    void untrustedCertificateFailsHard();
    void httpsToHttpRedirectIsRefused();
    void http2CanBeSwitchedOff();
    void http2SettingSwitchesItOff_data();
    void http2SettingSwitchesItOff();

private:
    // A server certificate the client trusts only when `trusted` (added as a CA for the run).
    bool startTls(HardeningHarness& api, bool trusted);

    QTemporaryDir m_dir;
    QString m_whyNoTls;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestFaultRedirects::initTestCase()
{
    TokenLeakGuard::install();
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (!QSslSocket::supportsSsl())
        m_whyNoTls = u"this Qt has no TLS backend"_s;
    else if (openssl.isEmpty())
        m_whyNoTls = u"the openssl command is not installed (QSslCertificate cannot make keys)"_s;
    if (!m_whyNoTls.isEmpty())
        return;
    QProcess make;
    make.setWorkingDirectory(m_dir.path());
    make.start(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                u"key.pem"_s, u"-out"_s, u"cert.pem"_s});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    QFile certFile(m_dir.filePath(u"cert.pem"_s));
    QFile keyFile(m_dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

bool TestFaultRedirects::startTls(HardeningHarness& api, bool trusted)
{
    QSslConfiguration server = QSslConfiguration::defaultConfiguration();
    server.setLocalCertificate(m_certificate);
    server.setPrivateKey(m_key);
    server.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setAllowedNextProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
    if (!api.start(true, server))
        return false;
    // This scripted server speaks HTTP/1.1 only; http2CanBeSwitchedOff turns it back on.
    api.client->setHttp2Allowed(false);
    // Requests copy the default configuration when they are made: trusting the certificate
    // there covers this run's later requests (the untrusted case runs first).
    if (trusted) {
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(client);
    }
    return true;
}

void TestFaultRedirects::sameOriginRedirectIsFollowedWithToken()
{
    HardeningHarness api;
    QVERIFY(api.start());
    const QByteArray moved = api.server.baseUrl().toEncoded() + "/moved";
    api.server.enqueue(ScriptedResponse::redirect(302, moved));
    api.server.enqueue(ScriptedResponse::json(HardeningHarness::page({1})));
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QCOMPARE(api.server.requestCount(), 2);
    QVERIFY(api.server.requests().at(1).target.endsWith("/moved"));
    QCOMPARE(api.server.requests().at(1).header("authorization"),
             QByteArray("Bearer ") + HardeningHarness::token);
}

void TestFaultRedirects::redirectToAnotherHostIsNotFollowed()
{
    HardeningHarness api;
    QVERIFY(api.start());
    ScriptedServer elsewhere; // another port is another origin
    QVERIFY(elsewhere.listen());
    elsewhere.setHandler(
        [](const ScriptedRequest&) { return ScriptedResponse::json(HardeningHarness::page({1})); });
    const QByteArray target = QByteArray("http://localhost:") + QByteArray::number(elsewhere.port())
        + "/v1/cases/x/phone-calls";
    api.server.setHandler(
        [target](const ScriptedRequest&) { return ScriptedResponse::redirect(302, target); });
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY(outcome->error.isError());
    QVERIFY(!outcome->error.isTransient() || outcome->retryAttempts.isEmpty());
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(api.server.requestCount(), 1); // not retried either: it would redirect again
}

void TestFaultRedirects::redirectLoopStops()
{
    HardeningHarness api;
    QVERIFY(api.start());
    const QByteArray self = api.server.baseUrl().toEncoded() + "/loop";
    api.server.setHandler(
        [self](const ScriptedRequest&) { return ScriptedResponse::redirect(302, self); });
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY2(outcome->error.message.contains(u"redirected more than 5 times"_s),
             qPrintable(outcome->error.message));
    QVERIFY(outcome->retryAttempts.isEmpty());
    QCOMPARE(api.server.requestCount(), 1 + api.client->retryPolicy().maxRedirects);
}

void TestFaultRedirects::recordingUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("mayFetch");
    QTest::addColumn<bool>("mayCarryToken");
    const auto row = [](const char* name, const char* url, bool fetch, bool token) {
        QTest::newRow(name) << QString::fromLatin1(url) << fetch << token;
    };
    row("api origin", "https://api.example.com/v1/cases/x/recording", true, true);
    row("api origin, explicit port", "https://api.example.com:443/r.mp3", true, true);
    row("api host upper case", "https://API.example.com/r.mp3", true, true);
    row("CDN over https", "https://cdn.example.net/r.mp3?sig=1", true, false);
    row("api host, other port", "https://api.example.com:8443/r.mp3", true, false);
    row("api host over http", "http://api.example.com/r.mp3", false, false);
    row("remote http", "http://cdn.example.net/r.mp3", false, false);
    row("loopback http", "http://127.0.0.1:8080/r.mp3", true, false);
    row("file", "file:///etc/passwd", false, false);
    row("javascript", "javascript:alert(1)", false, false);
    row("data", "data:audio/mpeg;base64,AAAA", false, false);
    row("ftp", "ftp://api.example.com/r.mp3", false, false);
    row("user info", "https://user:pw@api.example.com/r.mp3", false, false);
    row("relative", "/v1/r.mp3", false, false);
    row("empty", "", false, false);
}

void TestFaultRedirects::recordingUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, mayFetch);
    QFETCH(bool, mayCarryToken);
    const QUrl api(u"https://api.example.com/v1"_s);
    const QUrl target(url);
    QCOMPARE(RecordingUrlPolicy::mayFetch(target), mayFetch);
    QCOMPARE(RecordingUrlPolicy::mayCarryToken(target, api), mayCarryToken);
    // The client's single Authorization point follows the same rule.
    QNetworkAccessManager network;
    ApiClient client(&network);
    QVERIFY(client.setBaseUrl(api));
    client.setToken(QString::fromLatin1(HardeningHarness::token));
    QCOMPARE(client.makeRequest(target).hasRawHeader("Authorization"), mayCarryToken);
}

void TestFaultRedirects::untrustedCertificateFailsHard()
{
    if (!m_whyNoTls.isEmpty())
        QSKIP(qPrintable(m_whyNoTls));
    HardeningHarness api;
    QVERIFY(startTls(api, false));
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY2(outcome->error.message.contains(u"identity could not be verified"_s),
             qPrintable(outcome->error.message));
    QVERIFY(outcome->retryAttempts.isEmpty()); // the certificate will not change on a retry
    QCOMPARE(api.server.requestCount(), 0); // no request, so no token, ever left the client
}

void TestFaultRedirects::httpsToHttpRedirectIsRefused()
{
    if (!m_whyNoTls.isEmpty())
        QSKIP(qPrintable(m_whyNoTls));
    HardeningHarness api;
    QVERIFY(startTls(api, true));
    ScriptedServer plain;
    QVERIFY(plain.listen());
    const QByteArray downgrade =
        "http://127.0.0.1:" + QByteArray::number(plain.port()) + "/v1/cases/x/phone-calls";
    api.server.enqueue(ScriptedResponse::redirect(302, downgrade));
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(api.server.requestCount(), 1); // TLS worked: the request arrived
    QVERIFY(outcome->error.isError());
    QCOMPARE(plain.requestCount(), 0);
}

void TestFaultRedirects::http2CanBeSwitchedOff()
{
    if (!m_whyNoTls.isEmpty())
        QSKIP(qPrintable(m_whyNoTls));
    {
        // Allowed (the default): the client asks for h2 and gets it. This scripted server
        // cannot speak HTTP/2, so the request itself fails; the handshake is what counts.
        HardeningHarness allowed;
        QVERIFY(startTls(allowed, true));
        allowed.changePolicy([](RetryPolicy& policy) { policy.maxAttempts = 1; });
        allowed.client->setHttp2Allowed(true);
        const auto outcome = record(allowed.listCalls());
        WAIT_FINISHED(outcome);
        QCOMPARE(allowed.server.negotiatedProtocols().value(0), QByteArray("h2"));
    }
    HardeningHarness api;
    QVERIFY(startTls(api, true));
    QVERIFY(ApiClient(&api.network).isHttp2Allowed()); // Qt's default, kept
    api.client->setHttp2Allowed(true);
    QVERIFY(api.client->makeRequest(api.server.baseUrl())
                .attribute(QNetworkRequest::Http2AllowedAttribute)
                .toBool());
    api.client->setHttp2Allowed(false);
    QVERIFY(!api.client->makeRequest(api.server.baseUrl())
                 .attribute(QNetworkRequest::Http2AllowedAttribute)
                 .toBool());
    // Over the wire: the server offers h2, but the client no longer asks for it.
    api.server.enqueue(ScriptedResponse::json(HardeningHarness::page({1})));
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userMessage()));
    QVERIFY(!api.server.negotiatedProtocols().isEmpty());
    QVERIFY(!api.server.negotiatedProtocols().contains("h2"));
}

void TestFaultRedirects::http2SettingSwitchesItOff_data()
{
    QTest::addColumn<QVariant>("value"); // invalid: the key is absent
    QTest::addColumn<bool>("allowed");
    QTest::newRow("absent") << QVariant() << true;
    QTest::newRow("true") << QVariant(true) << true;
    QTest::newRow("false") << QVariant(false) << false;
    QTest::newRow("\"false\" from an ini file") << QVariant(u"false"_s) << false;
}

void TestFaultRedirects::http2SettingSwitchesItOff()
{
    // The user's switch (what the app's main() applies), not only the API: an ini file in a
    // scratch directory stands in for the user's settings.
    QFETCH(QVariant, value);
    QFETCH(bool, allowed);
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.clear();
    if (value.isValid())
        settings.setValue(QLatin1StringView(ApiClient::http2SettingKey), value);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setHttp2Allowed(!allowed); // the setting must override whatever was there
    client.applySettings(settings);
    QCOMPARE(client.isHttp2Allowed(), allowed);
    QCOMPARE(client.makeRequest(QUrl(u"https://api.example.com/v1/x"_s))
                 .attribute(QNetworkRequest::Http2AllowedAttribute)
                 .toBool(),
             allowed);
}

HARDENING_TEST_MAIN(TestFaultRedirects)
#include "tst_faultredirects.moc"
