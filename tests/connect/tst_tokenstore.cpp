// SPDX-License-Identifier: MIT
#include "NoKeychain.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int jobTimeoutMs = 15000;
const QString origin = u"https://api.example.com:443"_s;
const QString token = u"tok-3f9a1c7e-do-not-log"_s;
} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void originOf_data();
    void originOf();
    void firstReadWithoutKeychainIsUnavailableThenNotFound();
    void writeWithoutKeychainKeepsTokenForSession();
    void readAfterFallbackAnswersFromSession();
    void deleteForgetsSessionToken();
};

void TestTokenStore::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("These tests make the keychain unreachable through D-Bus, which only Linux uses.");
#endif
}

void TestTokenStore::originOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https default port") << u"https://Api.Example.com/v1"_s << origin;
    QTest::newRow("https explicit port") << u"https://api.example.com:443/v1/"_s << origin;
    QTest::newRow("other port") << u"https://api.example.com:8443"_s
                                << u"https://api.example.com:8443"_s;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8080/x"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http default port") << u"http://localhost"_s << u"http://localhost:80"_s;
    QTest::newRow("ipv6") << u"https://[::1]/v1"_s << u"https://[::1]:443"_s;
    QTest::newRow("user info dropped") << u"https://me:pw@api.example.com"_s << origin;
    QTest::newRow("no host") << u"/v1/cases"_s << QString();
    QTest::newRow("unknown scheme") << u"ftp://api.example.com"_s << QString();
}

void TestTokenStore::originOf()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(TokenStore::originOf(QUrl(url)), expected);
}

void TestTokenStore::firstReadWithoutKeychainIsUnavailableThenNotFound()
{
    TokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    QSignalSpy notFound(&store, &TokenStore::notFound);
    QSignalSpy tokenRead(&store, &TokenStore::tokenRead);
    QElapsedTimer timer;
    timer.start();
    store.readToken(origin);
    QVERIFY(notFound.wait(jobTimeoutMs));
    qInfo("keychain job failed after %lld ms: %s", timer.elapsed(),
          qPrintable(store.unavailableReason()));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(notFound.constFirst().constFirst().toString(), origin);
    QCOMPARE(tokenRead.size(), 0);
    QCOMPARE(store.state(), TokenStore::State::SessionOnly);
    QVERIFY(!store.unavailableReason().isEmpty());
    QCOMPARE(unavailable.constFirst().constFirst().toString(), store.unavailableReason());
}

void TestTokenStore::writeWithoutKeychainKeepsTokenForSession()
{
    TokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    QSignalSpy written(&store, &TokenStore::written);
    store.writeToken(origin, token);
    QVERIFY(unavailable.wait(jobTimeoutMs));
    QCOMPARE(written.size(), 0);
    QCOMPARE(store.state(), TokenStore::State::SessionOnly);
    QCOMPARE(store.sessionToken(origin), token);
    const QString reason = unavailable.constFirst().constFirst().toString();
    QVERIFY(reason.contains(u"session"_s));
    QVERIFY(!reason.contains(token));
}

void TestTokenStore::readAfterFallbackAnswersFromSession()
{
    TokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    store.writeToken(origin, token);
    QVERIFY(unavailable.wait(jobTimeoutMs));

    QSignalSpy tokenRead(&store, &TokenStore::tokenRead);
    QSignalSpy notFound(&store, &TokenStore::notFound);
    store.readToken(origin);
    QVERIFY(tokenRead.wait(jobTimeoutMs));
    QCOMPARE(tokenRead.constFirst().at(0).toString(), origin);
    QCOMPARE(tokenRead.constFirst().at(1).toString(), token);

    const QString otherOrigin = u"https://other.example.com:443"_s;
    store.readToken(otherOrigin);
    QVERIFY(notFound.wait(jobTimeoutMs));
    QCOMPARE(notFound.constFirst().constFirst().toString(), otherOrigin);
    QCOMPARE(tokenRead.size(), 1);
}

void TestTokenStore::deleteForgetsSessionToken()
{
    TokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    store.writeToken(origin, token);
    QVERIFY(unavailable.wait(jobTimeoutMs));

    QSignalSpy deleted(&store, &TokenStore::deleted);
    store.deleteToken(origin);
    QVERIFY(deleted.wait(jobTimeoutMs));
    QCOMPARE(store.sessionToken(origin), QString());

    QSignalSpy notFound(&store, &TokenStore::notFound);
    store.readToken(origin);
    QVERIFY(notFound.wait(jobTimeoutMs));
}

int main(int argc, char** argv)
{
    disconnectFromKeychain();
    QCoreApplication app(argc, argv);
    TestTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
