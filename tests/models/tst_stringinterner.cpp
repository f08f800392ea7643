// SPDX-License-Identifier: MIT
// StringInterner: equal values share one QString, across threads and through the decoders.
#include "CallJsonDecoder.h"
#include "StringInterner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace {
bool sameBlock(const QString& a, const QString& b)
{
    return a.constData() == b.constData();
}

QJsonObject callJson(int index)
{
    return QJsonObject {
        {"id"_L1, u"01K8PC05EJ4T11HRYE78AN7E%1"_s.arg(index, 2, 10, QLatin1Char('0'))},
        {"institution_contact_id"_L1, u"01K8PC05EJ4T11HRYE78AN7EEF"_s},
        {"to_number"_L1, u"+18005551234"_s},
        {"from_number"_L1, u"+12125550100"_s},
        {"status"_L1, u"completed"_s},
        {"direction"_L1, u"outbound"_s},
        {"recording_status"_L1, u"completed"_s},
        {"called_by"_L1, u"Dana Whitfield"_s},
        {"twilio_call_sid"_L1,
         u"CA0123456789abcdef0123456789abcd%1"_s.arg(index, 2, 10, QLatin1Char('0'))},
        {"created_at"_L1, u"2025-03-04T14:04:58Z"_s},
        {"updated_at"_L1, u"2025-03-04T14:12:00Z"_s},
    };
}

QByteArray pageOf(int firstIndex)
{
    const QJsonObject meta {{"per_page"_L1, 2}, {"has_more"_L1, false}};
    const QJsonArray calls {callJson(firstIndex), callJson(firstIndex + 1)};
    return QJsonDocument(QJsonObject {{"data"_L1, calls}, {"meta"_L1, meta}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestStringInterner : public QObject {
    Q_OBJECT
private slots:
    void sharesEqualValues_data();
    void sharesEqualValues();
    void keepsNullAndEmpty();
    void doesNotShareLongValues();
    void sharesAcrossThreads();
    void decodedCallsShareRepeatedFields_data();
    void decodedCallsShareRepeatedFields();
};

void TestStringInterner::sharesEqualValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("status") << u"no_answer"_s;
    QTest::newRow("number") << u"+12125550187"_s;
    QTest::newRow("non-ASCII name") << u"Renée Dubois"_s;
}

void TestStringInterner::sharesEqualValues()
{
    QFETCH(QString, value);
    // Copies made apart (not by copying the QString), as two decoded calls would have.
    const QString fromText = StringInterner::intern(QString(value.constData(), value.size()));
    const QByteArray utf8 = value.toUtf8();
    const QString fromUtf8 = StringInterner::intern(QByteArrayView(utf8));
    QCOMPARE(fromText, value);
    QCOMPARE(fromUtf8, value);
    QVERIFY(sameBlock(fromText, fromUtf8));
    const QString other = StringInterner::intern(value + u'!');
    QVERIFY(!sameBlock(other, fromText));
}

void TestStringInterner::keepsNullAndEmpty()
{
    QVERIFY(StringInterner::intern(QString()).isNull());
    const QString empty = StringInterner::intern(u""_s);
    QVERIFY(!empty.isNull() && empty.isEmpty());
    const QString emptyFromUtf8 = StringInterner::intern(QByteArrayView(""));
    QVERIFY(!emptyFromUtf8.isNull() && emptyFromUtf8.isEmpty());
}

void TestStringInterner::doesNotShareLongValues()
{
    const QString longValue(StringInterner::kMaxValueBytes + 1, u'x');
    const QString a = StringInterner::intern(QString(longValue.constData(), longValue.size()));
    const QString b = StringInterner::intern(QString(longValue.constData(), longValue.size()));
    QCOMPARE(a, b);
    QVERIFY(!sameBlock(a, b));
}

void TestStringInterner::sharesAcrossThreads()
{
    const QByteArray value = "shared_from_two_threads";
    QString first;
    QString second;
    std::thread one([&] { first = StringInterner::intern(QByteArrayView(value)); });
    std::thread two([&] { second = StringInterner::intern(QByteArrayView(value)); });
    one.join();
    two.join();
    QCOMPARE(first, QString::fromUtf8(value));
    QVERIFY(sameBlock(first, second));
}

void TestStringInterner::decodedCallsShareRepeatedFields_data()
{
    QTest::addColumn<bool>("reference");
    QTest::newRow("app decoder") << false;
    QTest::newRow("reference decoder") << true;
}

void TestStringInterner::decodedCallsShareRepeatedFields()
{
    QFETCH(bool, reference);
    const auto decode = [reference](const QByteArray& body) {
        return reference ? CallJsonDecoder::decodeCallPageReference(body)
                         : CallJsonDecoder::decodeCallPage(body);
    };
    const auto first = decode(pageOf(1));
    const auto second = decode(pageOf(3));
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first.value.calls.size(), 2);
    QCOMPARE(second.value.calls.size(), 2);
    const Call& a = first.value.calls.at(0);
    const Call& b = second.value.calls.at(1);
    for (const auto field :
         {&Call::institutionContactId, &Call::toNumber, &Call::fromNumber, &Call::statusWire,
          &Call::directionWire, &Call::recordingStatus, &Call::calledBy}) {
        QVERIFY(!(a.*field).isEmpty());
        QCOMPARE(a.*field, b.*field);
        QVERIFY(sameBlock(a.*field, b.*field));
    }
    // Values unique to a call are not interned.
    QVERIFY(a.twilioCallSid != b.twilioCallSid);
    QVERIFY(a.id != b.id);
}

QTEST_APPLESS_MAIN(TestStringInterner)
#include "tst_stringinterner.moc"
