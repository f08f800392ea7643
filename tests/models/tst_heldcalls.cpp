// SPDX-License-Identifier: MIT
#include "HeldCalls.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
QList<Call> callsWithIds(const QStringList& ids)
{
    QList<Call> calls;
    for (const QString& id : ids) {
        Call call;
        call.id = id;
        calls << call;
    }
    return calls;
}

QStringList idsOf(const QList<Call>& calls)
{
    QStringList ids;
    for (const Call& call : calls)
        ids << call.id;
    return ids;
}
} // namespace

class TestHeldCalls : public QObject {
    Q_OBJECT
private slots:
    void dueOnceForEverythingHeldWithinTheInterval();
    void takeEmptiesAndStopsTheWait();
    void holdingNothingDoesNotWait();
};

void TestHeldCalls::dueOnceForEverythingHeldWithinTheInterval()
{
    HeldCalls held;
    held.setInterval(50ms);
    QSignalSpy due(&held, &HeldCalls::due);
    held.hold(callsWithIds({QStringLiteral("a"), QStringLiteral("b")}));
    held.hold(callsWithIds({QStringLiteral("c")}));
    QVERIFY(held.contains(QStringLiteral("c")));
    QCOMPARE(held.size(), 3);
    QVERIFY(due.wait(5000));
    QCOMPARE(due.size(), 1);
    QCOMPARE(idsOf(held.take()),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(held.isEmpty());
    QVERIFY(!held.contains(QStringLiteral("a")));
}

void TestHeldCalls::takeEmptiesAndStopsTheWait()
{
    HeldCalls held;
    held.setInterval(20ms);
    QSignalSpy due(&held, &HeldCalls::due);
    held.hold(callsWithIds({QStringLiteral("a")}));
    QCOMPARE(held.take().size(), 1);
    QTest::qWait(100); // longer than the interval: a stopped wait must stay silent
    QCOMPARE(due.size(), 0);
    held.hold(callsWithIds({QStringLiteral("b")}));
    held.clear();
    QTest::qWait(100);
    QCOMPARE(due.size(), 0);
    QVERIFY(held.isEmpty());
}

void TestHeldCalls::holdingNothingDoesNotWait()
{
    HeldCalls held;
    held.setInterval(10ms);
    QSignalSpy due(&held, &HeldCalls::due);
    held.hold({});
    QTest::qWait(50);
    QCOMPARE(due.size(), 0);
}

QTEST_GUILESS_MAIN(TestHeldCalls)
#include "tst_heldcalls.moc"
