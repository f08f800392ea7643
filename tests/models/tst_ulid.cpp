// SPDX-License-Identifier: MIT
#include "CallStatus.h"
#include "Ulid.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUlid : public QObject {
    Q_OBJECT
private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("contract example") << u"01K8PC05EJ4T11HRYE78AN7EEE"_s << true;
        QTest::newRow("all digits") << u"01234567890123456789012345"_s << true;
        QTest::newRow("too short") << u"01K8PC05EJ4T11HRYE78AN7EE"_s << false;
        QTest::newRow("too long") << u"01K8PC05EJ4T11HRYE78AN7EEEE"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("lower case") << u"01k8pc05ej4t11hrye78an7eee"_s << false;
        QTest::newRow("letter I") << u"01K8PC05EJ4T11HRYE78AN7EEI"_s << false;
        QTest::newRow("letter L") << u"01K8PC05EJ4T11HRYE78AN7EEL"_s << false;
        QTest::newRow("letter O") << u"01K8PC05EJ4T11HRYE78AN7EEO"_s << false;
        QTest::newRow("letter U") << u"01K8PC05EJ4T11HRYE78AN7EEU"_s << false;
        QTest::newRow("path traversal") << u"../../../../../etc/passwd.."_s << false;
        QTest::newRow("slash") << u"01K8PC05EJ4T11HRYE78AN7EE/"_s << false;
        QTest::newRow("query") << u"01K8PC05EJ4T11HRYE78AN7E?a"_s << false;
        QTest::newRow("non-ascii digit") << u"01K8PC05EJ4T11HRYE78AN7EE\u0661"_s << false;
    }
    void validation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidUlid(text), valid);
    }

    void statusRoundTrip_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<CallStatus>("status");
        QTest::newRow("initiated") << u"initiated"_s << CallStatus::Initiated;
        QTest::newRow("ringing") << u"ringing"_s << CallStatus::Ringing;
        QTest::newRow("in_progress") << u"in_progress"_s << CallStatus::InProgress;
        QTest::newRow("completed") << u"completed"_s << CallStatus::Completed;
        QTest::newRow("failed") << u"failed"_s << CallStatus::Failed;
        QTest::newRow("no_answer") << u"no_answer"_s << CallStatus::NoAnswer;
        QTest::newRow("busy") << u"busy"_s << CallStatus::Busy;
        QTest::newRow("cancelled") << u"cancelled"_s << CallStatus::Cancelled;
    }
    void statusRoundTrip()
    {
        QFETCH(QString, wire);
        QFETCH(CallStatus, status);
        QCOMPARE(callStatusFromWire(wire), status);
        QCOMPARE(callStatusToWire(status), wire);
    }

    void unknownStatus()
    {
        QCOMPARE(callStatusFromWire(u"voicemail"), CallStatus::Unknown);
        QCOMPARE(callStatusFromWire(u"Completed"), CallStatus::Unknown);
        QVERIFY(callStatusToWire(CallStatus::Unknown).isEmpty());
    }

    void liveStatuses()
    {
        QVERIFY(isCallStatusLive(CallStatus::Ringing));
        QVERIFY(isCallStatusLive(CallStatus::InProgress));
        QVERIFY(!isCallStatusLive(CallStatus::Completed));
        QVERIFY(!isCallStatusLive(CallStatus::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestUlid)
#include "tst_ulid.moc"
