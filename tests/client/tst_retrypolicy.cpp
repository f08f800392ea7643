// SPDX-License-Identifier: MIT
// Backoff delays and rate-limit header parsing: pure functions, no network.
#include "RateLimitInfo.h"
#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void backoffStaysWithinCeiling_data();
    void backoffStaysWithinCeiling();
    void backoffWithoutBaseIsZero();
    void retryAtFromHeaders_data();
    void retryAtFromHeaders();
};

void TestRetryPolicy::backoffStaysWithinCeiling_data()
{
    QTest::addColumn<int>("baseMs");
    QTest::addColumn<int>("capMs");
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("ceilingMs");

    QTest::newRow("first retry: up to base") << 500 << 20000 << 1 << 500;
    QTest::newRow("second retry doubles") << 500 << 20000 << 2 << 1000;
    QTest::newRow("fourth retry") << 500 << 20000 << 4 << 4000;
    QTest::newRow("capped") << 500 << 20000 << 7 << 20000;
    QTest::newRow("huge retry number does not overflow") << 500 << 20000 << 1000 << 20000;
    QTest::newRow("retry 0 treated as first") << 100 << 20000 << 0 << 100;
    QTest::newRow("cap below base") << 500 << 200 << 1 << 200;
    QTest::newRow("max int base") << std::numeric_limits<int>::max() << 30000 << 31 << 30000;
}

void TestRetryPolicy::backoffStaysWithinCeiling()
{
    QFETCH(int, baseMs);
    QFETCH(int, capMs);
    QFETCH(int, retry);
    QFETCH(int, ceilingMs);

    RetryPolicy policy;
    policy.baseDelayMs = baseMs;
    policy.maxDelayMs = capMs;
    QRandomGenerator rng(7);
    int smallest = std::numeric_limits<int>::max();
    int largest = 0;
    for (int i = 0; i < 2000; ++i) {
        const int delay = policy.backoffDelayMs(retry, rng);
        QVERIFY2(delay >= 0 && delay <= ceilingMs, qPrintable(QString::number(delay)));
        smallest = std::min(smallest, delay);
        largest = std::max(largest, delay);
    }
    // Full jitter: the draws spread over the whole range, not one fixed value.
    QVERIFY(smallest < ceilingMs / 4);
    QVERIFY(largest > ceilingMs * 3 / 4);
}

void TestRetryPolicy::backoffWithoutBaseIsZero()
{
    RetryPolicy policy;
    policy.baseDelayMs = 0;
    QRandomGenerator rng(1);
    QCOMPARE(policy.backoffDelayMs(3, rng), 0);
}

void TestRetryPolicy::retryAtFromHeaders_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime now(QDate(2025, 11, 7), QTime(5, 31, 56), QTimeZone::utc());
    const QByteArray resetIn90 = QByteArray::number(now.toSecsSinceEpoch() + 90);
    QTest::newRow("seconds") << "2"_ba << QByteArray() << now.addSecs(2);
    QTest::newRow("seconds win over reset") << " 5 "_ba << resetIn90 << now.addSecs(5);
    QTest::newRow("http date") << "Fri, 07 Nov 2025 05:33:00 GMT"_ba << QByteArray()
                               << QDateTime(QDate(2025, 11, 7), QTime(5, 33), QTimeZone::utc());
    QTest::newRow("reset only") << QByteArray() << resetIn90 << now.addSecs(90);
    QTest::newRow("garbage retry-after falls back to reset")
        << "soon"_ba << resetIn90 << now.addSecs(90);
    QTest::newRow("nothing") << QByteArray() << QByteArray() << QDateTime();
    QTest::newRow("negative seconds ignored") << "-3"_ba << QByteArray() << QDateTime();
    QTest::newRow("absurd reset ignored") << QByteArray() << "99999999999"_ba << QDateTime();
}

void TestRetryPolicy::retryAtFromHeaders()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, reset);
    QFETCH(QDateTime, expected);

    const QDateTime now(QDate(2025, 11, 7), QTime(5, 31, 56), QTimeZone::utc());
    const QDateTime actual = RateLimitInfo::retryAt(retryAfter, reset, now);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
