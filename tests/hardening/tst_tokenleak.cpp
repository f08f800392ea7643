// SPDX-License-Identifier: MIT
// The token never appears in any log line: a tour through every outcome the client knows,
// with Qt's own network logging switched on, while TokenLeakGuard watches the whole run.
#include "HardeningHarness.h"
#include "ReplyRecorder.h"
#include "TokenLeakGuard.h"

#include <QProcess>

#include <thread>

using namespace Qt::StringLiterals;

class TestTokenLeak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TokenLeakGuard::install(); }
    void init() { TokenLeakGuard::install(); }
    void guardCatchesALeak_data();
    void guardCatchesALeak();
    void proseAndMaskedLinesPass_data();
    void proseAndMaskedLinesPass();
    void leakFailsTheWholeProgram();
    void leakOnPurpose(); // run by leakFailsTheWholeProgram in a child process only
    void tourOfOutcomesLogsNoToken_data();
    void tourOfOutcomesLogsNoToken();
};

void TestTokenLeak::guardCatchesALeak_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("fromAnotherThread");
    const QByteArray header = QByteArray("Authorization: Bearer ") + HardeningHarness::token;
    QTest::newRow("harness token") << header << false;
    QTest::newRow("harness token, worker thread") << header << true;
    QTest::newRow("sample server token") << QByteArray("sent sample-token to the API") << false;
    QTest::newRow("unknown bearer value") << QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.x") << false;
}

void TestTokenLeak::guardCatchesALeak()
{
    // The guard must be able to fail: a line with a token is caught while QtTest's own handler
    // is installed, from any thread, and the record names the test but not the token.
    QFETCH(QByteArray, line);
    QFETCH(bool, fromAnotherThread);
    TestLogGuard::forgetLeaks();
    if (fromAnotherThread)
        std::thread([line] { qWarning("%s", line.constData()); }).join();
    else
        qDebug("%s", line.constData());
    const QStringList leaks = TokenLeakGuard::leaks();
    TokenLeakGuard::forgetLeaks(); // before any QCOMPARE can return early
    QCOMPARE(leaks.size(), 1);
    QVERIFY2(
        leaks.first().startsWith(u"guardCatchesALeak("_s + QLatin1String(QTest::currentDataTag())),
        qPrintable(leaks.first()));
    QVERIFY(leaks.first().contains(u"<TOKEN>"_s));
    QVERIFY(!leaks.first().contains(QLatin1String(HardeningHarness::token)));
    QVERIFY(!leaks.first().contains(u"eyJhbGciOiJIUzI1NiJ9"_s));
}

void TestTokenLeak::proseAndMaskedLinesPass_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("sample server's 401 message") << u"Missing or invalid bearer token."_s;
    QTest::newRow("scheme only") << u"Authorization: Bearer"_s;
    QTest::newRow("masked") << u"Authorization: Bearer <TOKEN>"_s;
    QTest::newRow("short word") << u"Bearer token required"_s;
}

void TestTokenLeak::proseAndMaskedLinesPass()
{
    QFETCH(QString, line);
    bool leaked = true;
    QCOMPARE(TestLogGuard::masked(line, &leaked), line);
    QVERIFY(!leaked);
}

void TestTokenLeak::leakFailsTheWholeProgram()
{
    // A child run of this program whose only test logs the token and passes: the guard must
    // still make the program fail, say where, and never print the token.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CASECALLS_LEAK_ON_PURPOSE"_s, u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {u"leakOnPurpose"_s});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(output.contains("PASS   : TestTokenLeak::leakOnPurpose()"), output.constData());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY(child.exitCode() != 0);
    QVERIFY2(output.contains("TOKEN LEAK in leakOnPurpose()"), output.constData());
    QVERIFY(!output.contains(HardeningHarness::token));
}

void TestTokenLeak::leakOnPurpose()
{
    if (qEnvironmentVariableIsEmpty("CASECALLS_LEAK_ON_PURPOSE"))
        QSKIP("run by leakFailsTheWholeProgram only");
    qInfo("Authorization: Bearer %s", HardeningHarness::token);
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
