// SPDX-License-Identifier: MIT
#include "UlidValidator.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ulid = u"01ARZ3NDEKTSV4RRFFQ69G5FAV"_s;
}

class TestUlidValidator : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void problem_data();
    void problem();
    void lineEditTyping();
};

void TestUlidValidator::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<QString>("expectedText"); // after validate, when not Invalid
    const int intermediate = QValidator::Intermediate;
    const int acceptable = QValidator::Acceptable;
    const int invalid = QValidator::Invalid;
    QTest::newRow("empty") << QString() << intermediate << QString();
    QTest::newRow("prefix") << u"01ARZ"_s << intermediate << u"01ARZ"_s;
    QTest::newRow("25 chars") << ulid.left(25) << intermediate << ulid.left(25);
    QTest::newRow("complete") << ulid << acceptable << ulid;
    QTest::newRow("lower case") << ulid.toLower() << acceptable << ulid;
    QTest::newRow("pasted with blanks") << u" "_s + ulid + u"\n"_s << acceptable << ulid;
    QTest::newRow("27 chars") << ulid + u"0"_s << invalid << QString();
    QTest::newRow("I") << u"01I"_s << invalid << QString();
    QTest::newRow("l lower") << u"01l"_s << invalid << QString();
    QTest::newRow("O") << u"O1"_s << invalid << QString();
    QTest::newRow("U") << ulid.left(25) + u"U"_s << invalid << QString();
    QTest::newRow("dash") << u"01-AR"_s << invalid << QString();
    QTest::newRow("non-ASCII") << u"01\u00C9"_s << invalid << QString();
}

void TestUlidValidator::validate()
{
    QFETCH(QString, input);
    QFETCH(int, expectedState);
    QFETCH(QString, expectedText);
    UlidValidator validator;
    QString text = input;
    int pos = int(text.size());
    QCOMPARE(int(validator.validate(text, pos)), expectedState);
    if (expectedState != QValidator::Invalid) {
        QCOMPARE(text, expectedText);
        QVERIFY(pos >= 0 && pos <= text.size());
    }
}

void TestUlidValidator::problem_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedPart"); // empty: no problem
    QTest::newRow("empty") << QString() << u"Enter the case id"_s;
    QTest::newRow("short") << u"01ARZ"_s << u"5 of its 26"_s;
    QTest::newRow("bad letter") << u"01ARZI"_s << u"without I, L, O and U"_s;
    QTest::newRow("too long") << ulid + u"0"_s << u"too long"_s;
    QTest::newRow("lower case ok") << ulid.toLower() << QString();
    QTest::newRow("complete") << ulid << QString();
}

void TestUlidValidator::problem()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedPart);
    const QString problem = UlidValidator::problem(input);
    if (expectedPart.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(expectedPart), qPrintable(problem));
}

void TestUlidValidator::lineEditTyping()
{
    QLineEdit edit;
    edit.setValidator(new UlidValidator(&edit));
    QTest::keyClicks(&edit, u"01arz3i-ndektsv4rrffq69g5favxyz"_s);
    QCOMPARE(edit.text(), ulid); // upper-cased; i, - and everything past 26 refused
    QVERIFY(edit.hasAcceptableInput());
    edit.clear();
    QTest::keyClicks(&edit, u"01arz"_s);
    QCOMPARE(edit.text(), u"01ARZ"_s);
    QVERIFY(!edit.hasAcceptableInput());
}

QTEST_MAIN(TestUlidValidator)
#include "tst_ulidvalidator.moc"
