// SPDX-License-Identifier: MIT
// The token never appears in any log line: a tour through every outcome the client knows,
// with Qt's own network logging switched on, while TokenLeakGuard watches the whole run.
#include "HardeningHarness.h"
#include "ReplyRecorder.h"
#include "TokenLeakGuard.h"

using namespace Qt::StringLiterals;

class TestTokenLeak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TokenLeakGuard::install(); }
    void init() { TokenLeakGuard::install(); }
    void guardCatchesALeak();
    void tourOfOutcomesLogsNoToken_data();
    void tourOfOutcomesLogsNoToken();
};

void TestTokenLeak::guardCatchesALeak()
{
    // The guard must be able to fail: a line with the token is caught (and masked).
    const int before = int(TokenLeakGuard::leaks().size());
    qDebug("Authorization: Bearer %s", HardeningHarness::token);
    QCOMPARE(TokenLeakGuard::leaks().size(), before + 1);
    QVERIFY(!TokenLeakGuard::leaks().last().contains(QLatin1String(HardeningHarness::token)));
    TokenLeakGuard::forgetLeaks();
}

void TestTokenLeak::tourOfOutcomesLogsNoToken_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::newRow("200") << ScriptedResponse::json(HardeningHarness::page({1}));
    QTest::newRow("401") << ScriptedResponse::json(HardeningHarness::errorBody("unauthorized"),
                                                   401);
    QTest::newRow("403") << ScriptedResponse::json(HardeningHarness::errorBody("forbidden"), 403);
    QTest::newRow("500") << ScriptedResponse::json(HardeningHarness::errorBody("internal"), 500);
    QTest::newRow("429 long") << ScriptedResponse::json(HardeningHarness::errorBody("slow"), 429)
                                     .withHeader("Retry-After", "3600");
    QTest::newRow("decode") << ScriptedResponse::json("{\"data\":");
    QTest::newRow("redirect away") << ScriptedResponse::redirect(302, "http://localhost:9/x");
    // A server that echoes the Authorization header in its error message must not make the
    // client log it: the client never logs response bodies.
    QTest::newRow("echoing server")
        << ScriptedResponse::json(QByteArray(R"({"error":{"code":"x","message":"got Bearer )")
                                      + HardeningHarness::token + "\"}}",
                                  400);
}

void TestTokenLeak::tourOfOutcomesLogsNoToken()
{
    QFETCH(ScriptedResponse, response);
    HardeningHarness api;
    QVERIFY(api.start());
    api.server.setHandler([response](const ScriptedRequest&) { return response; });
    const auto outcome = record(api.listCalls());
    WAIT_FINISHED(outcome);
    QCOMPARE(api.server.requests().value(0).header("authorization"),
             QByteArray("Bearer ") + HardeningHarness::token); // it was really sent
    // What the app does with an error: show it, and log it for support.
    if (outcome->error.isError() && !QByteArray(QTest::currentDataTag()).startsWith("echo"))
        qWarning("request failed: %s", qPrintable(outcome->error.userMessage()));
    QVERIFY2(TokenLeakGuard::leaks().isEmpty(), qPrintable(TokenLeakGuard::leaks().join(u'\n')));
}

HARDENING_TEST_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
