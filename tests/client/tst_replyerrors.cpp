// SPDX-License-Identifier: MIT
// ReplyErrors::classify without a network: each kind of outcome from plain ReplyFacts. The
// loopback tests (tst_apierrors, tst_apiresilience) show the same outcomes from real replies.
#include "ReplyErrors.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
ReplyFacts http(int status, const QString& contentType = u"application/json"_s)
{
    ReplyFacts facts;
    facts.httpStatus = status;
    facts.contentType = contentType;
    facts.requestId = u"req-7"_s;
    return facts;
}
} // namespace

class TestReplyErrors : public QObject {
    Q_OBJECT
private slots:
    void completeSuccessIsNoError()
    {
        ReplyFacts facts = http(200);
        facts.contentLength = 4;
        QVERIFY(!ReplyErrors::classify(facts, "{}  ", RetryPolicy {}).isError());
    }

    void shortBodyIsCutOff()
    {
        ReplyFacts facts = http(200);
        facts.contentLength = 100;
        const ApiError error = ReplyErrors::classify(facts, "{\"data\":", RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message.contains(u"cut off"_s), qPrintable(error.message));
        QCOMPARE(error.requestId, u"req-7"_s);
        // A gzip body is longer inflated than announced: its length proves nothing.
        facts.contentEncoding = "gzip";
        QVERIFY(!ReplyErrors::classify(facts, "{\"data\":", RetryPolicy {}).isError());
    }

    void errorEnvelopeGivesTheServersMessage()
    {
        const ApiError error = ReplyErrors::classify(
            http(404), R"({"error":{"code":"not_found","message":"No such case"}})",
            RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY2(error.message.contains(u"No such case"_s), qPrintable(error.message));
    }

    void htmlFromAProxyIsNamed()
    {
        const ApiError error = ReplyErrors::classify(http(502, u"text/html"_s),
                                                     "<html>Bad gateway</html>", RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QVERIFY2(error.message.contains(u"web page"_s), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"Bad gateway"_s)); // the page itself is not shown
    }

    void rateLimitedCarriesWhenToRetry()
    {
        ReplyFacts facts = http(429);
        facts.retryAfter = "30";
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ApiError error = ReplyErrors::classify(facts, "", RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QVERIFY(error.retryAt.isValid());
        QVERIFY(error.retryAt >= before.addSecs(29));
        QVERIFY(error.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }

    void timeoutsQuoteThePolicy()
    {
        RetryPolicy policy;
        policy.overallDeadlineMs = 1234;
        policy.transferTimeoutMs = 567;
        ReplyFacts deadline = http(0);
        deadline.deadlineExpired = true;
        ApiError error = ReplyErrors::classify(deadline, {}, policy);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.message.contains(QLocale().toString(1234)), qPrintable(error.message));
        ReplyFacts silent = http(0);
        silent.networkError = QNetworkReply::TimeoutError;
        error = ReplyErrors::classify(silent, {}, policy);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.message.contains(u"567"_s), qPrintable(error.message));
    }

    void tooLargeIsADecodeErrorAndPermanent()
    {
        ReplyFacts facts = http(200);
        facts.tooLarge = true;
        const ApiError error = ReplyErrors::classify(facts, {}, RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Decode);
        QVERIFY(ReplyErrors::isPermanent(facts));
    }

    void transportFailures()
    {
        ReplyFacts refused = http(0);
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        refused.errorString = u"Connection refused"_s;
        ApiError error = ReplyErrors::classify(refused, {}, RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QCOMPARE(error.message, u"Connection refused"_s);
        QVERIFY(error.isTransient());
        QVERIFY(!ReplyErrors::isPermanent(refused));

        ReplyFacts redirected = http(302);
        redirected.networkError = QNetworkReply::InsecureRedirectError;
        error = ReplyErrors::classify(redirected, {}, RetryPolicy {});
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message.contains(u"redirected"_s), qPrintable(error.message));
        QVERIFY(ReplyErrors::isPermanent(redirected));
    }
};

QTEST_GUILESS_MAIN(TestReplyErrors)
#include "tst_replyerrors.moc"
