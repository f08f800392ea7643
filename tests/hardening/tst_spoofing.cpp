// SPDX-License-Identifier: MIT
#include "Call.h"
#include "CallDetailView.h"
#include "CallFormatter.h"
#include "DisplayText.h"
#include "InstitutionContact.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
const QString rlo = QString(QChar(0x202E));
const QString zwsp = QString(QChar(0x200B));

bool hasHiddenCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (DisplayText::isInvisibleFormat(c.unicode()))
            return true;
    }
    return false;
}

// The bidi controls of `text` in order, as code points.
QList<char16_t> controlsOf(const QString& text)
{
    QList<char16_t> controls;
    for (const QChar c : text) {
        if (DisplayText::isBidiControl(c.unicode()))
            controls.append(c.unicode());
    }
    return controls;
}
} // namespace

// Issue 6, "Text": bidi overrides and zero-width characters in server text cannot make a phone
// number, an id or a reference number look like another, and cannot reorder text around them.
class TestSpoofing : public QObject {
    Q_OBJECT

private slots:
    void identifiersLoseEveryInvisibleCharacter_data();
    void identifiersLoseEveryInvisibleCharacter();
    void freeTextIsIsolatedAndBalanced_data();
    void freeTextIsIsolatedAndBalanced();
    void plainTextStaysByteForByte();
    void toolTipsAreEscaped();
    void detailViewShowsAndCopiesPlainNumbers();
};

void TestSpoofing::identifiersLoseEveryInvisibleCharacter_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("RLO in a phone number")
        << u"+1 (555) "_s + rlo + u"0100"_s << u"+1 (555) 0100"_s;
    QTest::newRow("zero-width space") << u"+1555"_s + zwsp + u"0100"_s << u"+15550100"_s;
    QString everything = u"EST-"_s;
    for (char16_t c :
         {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x00AD, 0x061C})
        everything += QChar(c) + u"1"_s;
    QTest::newRow("every listed character") << everything << u"EST-"_s + QString(22, u'1');
    // An invisible tag character outside the BMP (a surrogate pair).
    QTest::newRow("tag character")
        << u"CA9"_s + QString::fromUcs4(U"\U000E0041") + u"9"_s << u"CA99"_s;
    QTest::newRow("Arabic digits stay") << u"\u0661\u0662\u0663"_s << u"\u0661\u0662\u0663"_s;
}

void TestSpoofing::identifiersLoseEveryInvisibleCharacter()
{
    QFETCH(QString, server);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::identifier(server), shown);
    QVERIFY(!hasHiddenCharacter(DisplayText::identifier(server)));
}

void TestSpoofing::freeTextIsIsolatedAndBalanced_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    const QString fsi(QChar(0x2068));
    const QString pdi(QChar(0x2069));
    const QString pdf(QChar(0x202C));
    QTest::newRow("unclosed override is closed")
        << u"call "_s + rlo + u"0100 5551"_s << fsi + u"call "_s + rlo + u"0100 5551"_s + pdf + pdi;
    QTest::newRow("stray PDI cannot end the isolate early")
        << pdi + rlo + u"x"_s << fsi + rlo + u"x"_s + pdf + pdi;
    QTest::newRow("stray PDF dropped") << pdf + u"x"_s << fsi + u"x"_s + pdi;
    QTest::newRow("each line on its own")
        << rlo + u"a\nb"_s << fsi + rlo + u"a"_s + pdf + pdi + u"\nb"_s;
    QTest::newRow("PDI closes embeddings inside its isolate")
        << QString(QChar(0x2067)) + rlo + u"a"_s + pdi + u"b"_s
        << fsi + QString(QChar(0x2067)) + rlo + u"a"_s + pdi + u"b"_s + pdi;
}

void TestSpoofing::freeTextIsIsolatedAndBalanced()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    const QString shown = DisplayText::isolated(server);
    QCOMPARE(shown, expected);
    // Balanced as UAX #9 pairs them: every closer closes something, nothing stays open.
    QList<bool> open; // true: an isolate
    for (char16_t c : controlsOf(shown)) {
        if (c >= 0x2066 && c <= 0x2068) {
            open.append(true);
        } else if (c >= 0x202A && c <= 0x202E && c != 0x202C) {
            open.append(false);
        } else if (c == 0x202C) {
            QVERIFY(!open.isEmpty() && !open.last());
            open.removeLast();
        } else if (c == 0x2069) {
            QVERIFY(open.contains(true));
            while (!open.takeLast()) { }
        }
    }
    QVERIFY(open.isEmpty());
}

void TestSpoofing::plainTextStaysByteForByte()
{
    const QString text = u"Spoke to Ms. Cohen (\u05DB\u05D4\u05DF), ref EST-2025-00456.\nNext"_s;
    QCOMPARE(DisplayText::isolated(text), text);
    QCOMPARE(DisplayText::identifier(u"01K8PC05EJ4T11HRYE78AN7EEE"_s),
             u"01K8PC05EJ4T11HRYE78AN7EEE"_s);
}

void TestSpoofing::toolTipsAreEscaped()
{
    const QString hostile = u"<b>x</b><img src=\"http://127.0.0.1:9/pixel\">"_s;
    const QString tip = DisplayText::toolTip(hostile);
    QVERIFY(Qt::mightBeRichText(tip));
    QTextDocument document;
    document.setHtml(tip);
    QCOMPARE(document.toPlainText(), hostile);
    QCOMPARE(DisplayText::toolTip(u"plain"_s), u"plain"_s);
    document.setHtml(DisplayText::toolTip(u"&lt;b&gt; a\nb"_s));
    QCOMPARE(document.toPlainText(), u"&lt;b&gt; a\nb"_s);
}

void TestSpoofing::detailViewShowsAndCopiesPlainNumbers()
{
    Call call;
    call.id = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
    call.toNumber = u"+1 (555) "_s + rlo + u"0100"_s;
    call.fromNumber = u"+1555"_s + zwsp + u"0199"_s;
    call.twilioCallSid = u"CA12"_s + rlo + u"34"_s;
    call.statusWire = u"completed"_s;
    call.status = CallStatus::Completed;
    call.direction = CallDirection::Outbound;
    call.directionWire = u"outbound"_s;
    call.summary = u"Ref# EST-"_s + zwsp + u"2025-"_s + rlo + u"00456 confirmed."_s;
    InstitutionContact contact;
    contact.id = u"01K8PC05EJ4T11HRYE78AN7EEF"_s;
    contact.institutionName = u"Chase "_s + rlo + u"Bank"_s;
    contact.contactPerson = u"A. "_s + rlo + u"Smith"_s;
    contact.contactTitle = u"Estates"_s;

    CallDetailView view;
    view.showCall(call, &contact);
    auto* to = view.findChild<QLabel*>(u"toNumberLabel"_s);
    auto* from = view.findChild<QLabel*>(u"fromNumberLabel"_s);
    auto* sid = view.findChild<QLabel*>(u"twilioSidLabel"_s);
    QVERIFY(to && from && sid);
    QCOMPARE(to->text(), u"+1 (555) 0100"_s);
    QCOMPARE(from->text(), CallFormatter::phoneNumber(u"+15550199"_s));
    QCOMPARE(CallFormatter::phoneNumber(u"+1555"_s + rlo + u"5550199"_s), u"+1 555-555-0199"_s);
    QCOMPARE(sid->text(), u"CA1234"_s);

    auto* copySid = view.findChild<QAbstractButton*>(u"copyTwilioSid"_s);
    QVERIFY(copySid);
    copySid->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"CA1234"_s);

    const QList<QAbstractButton*> chips = view.findChildren<QAbstractButton*>(u"referenceChip"_s);
    QCOMPARE(chips.size(), 1);
    QVERIFY2(!hasHiddenCharacter(chips.first()->text()), qPrintable(chips.first()->text()));
    chips.first()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"EST-2025-00456"_s);

    // Names keep their characters but cannot reorder the text after them.
    auto* counterpart = view.findChild<QLabel*>(u"counterpartLabel"_s);
    auto* person = view.findChild<QLabel*>(u"contactPersonLabel"_s);
    QVERIFY(counterpart && person);
    QVERIFY(counterpart->text().startsWith(QChar(0x2068)));
    QVERIFY(person->text().endsWith(u", Estates"_s));
    QCOMPARE(controlsOf(person->text()).last(), char16_t(0x2069));
    auto* summary = view.findChild<QTextEdit*>(u"summaryText"_s);
    QVERIFY(summary);
    QVERIFY(summary->toPlainText().startsWith(QChar(0x2068)));
}

QTEST_MAIN(TestSpoofing)
#include "tst_spoofing.moc"
