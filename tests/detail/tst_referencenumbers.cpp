// SPDX-License-Identifier: MIT
#include "ReferenceNumbers.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReferenceNumbers : public QObject {
    Q_OBJECT
private slots:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("Ref# with space")
            << u"Letters needed. Ref# EST-2025-00456."_s << QStringList {u"EST-2025-00456"_s};
        QTest::newRow("Ref# no space")
            << u"Ref#EST-2025-00456"_s << QStringList {u"EST-2025-00456"_s};
        QTest::newRow("reference number")
            << u"Their reference number 12345678 is on file."_s << QStringList {u"12345678"_s};
        QTest::newRow("reference number is")
            << u"The reference number is AB-77-1234."_s << QStringList {u"AB-77-1234"_s};
        QTest::newRow("claim #") << u"Opened claim #CLM-889123 today"_s
                                 << QStringList {u"CLM-889123"_s};
        QTest::newRow("claim number") << u"claim number 55501234"_s << QStringList {u"55501234"_s};
        QTest::newRow("Ref. No.") << u"Ref. No. 4455/22"_s << QStringList {u"4455/22"_s};
        QTest::newRow("reference no.") << u"reference no. 98765"_s << QStringList {u"98765"_s};
        QTest::newRow("case colon") << u"Case: 7781"_s << QStringList {u"7781"_s};
        QTest::newRow("confirmation") << u"confirmation #Q1W2E3"_s << QStringList {u"Q1W2E3"_s};
        QTest::newRow("under reference") << u"I can see the file under reference CHS-2025-1001."_s
                                         << QStringList {u"CHS-2025-1001"_s};
        QTest::newRow("upper case keyword") << u"REF# X9-001"_s << QStringList {u"X9-001"_s};
        QTest::newRow("short marked values") << u"Ref# EST-1 and claim #CLM-2222, see Ref# EST-2"_s
                                             << QStringList {u"EST-1"_s, u"CLM-2222"_s, u"EST-2"_s};
        QTest::newRow("several formats")
            << u"Ref# EST-2025-00456; claim #CLM-889123; reference number 12345678."_s
            << QStringList {u"EST-2025-00456"_s, u"CLM-889123"_s, u"12345678"_s};
        QTest::newRow("duplicates once")
            << u"Ref# EST-2025-00456. Again: ref # est-2025-00456 and Ref# EST-2025-00456."_s
            << QStringList {u"EST-2025-00456"_s};
        QTest::newRow("rejected value before a keyword")
            << u"with reference to claim #CLM-1234"_s << QStringList {u"CLM-1234"_s};
        QTest::newRow("plain prose")
            << u"We mailed the claim form and will reference it in case the policy changes."_s
            << QStringList {};
        QTest::newRow("ref not given") << u"Ref# not given."_s << QStringList {};
        QTest::newRow("year after bare keyword") << u"the case 2024 was closed"_s << QStringList {};
        QTest::newRow("number without keyword")
            << u"Call 555-0100 about 12345678"_s << QStringList {};
        QTest::newRow("keyword inside a word")
            << u"preferences 123456, suitcase 99999"_s << QStringList {};
        QTest::newRow("empty") << QString() << QStringList {};
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, values);
        QStringList found;
        for (const ReferenceNumber& reference : ReferenceNumbers::find(text)) {
            // Start and length must point at the value inside the text.
            QCOMPARE(text.mid(reference.start, reference.length), reference.value);
            found.append(reference.value);
        }
        QCOMPARE(found, values);
    }
};

QTEST_APPLESS_MAIN(TestReferenceNumbers)
#include "tst_referencenumbers.moc"
