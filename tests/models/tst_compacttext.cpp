// SPDX-License-Identifier: MIT
// CompactText and its case code: every way a text is stored reads back as the same QString.
#include "CaseCode.h"
#include "CompactText.h"
#include "SearchText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// ASCII-lower-cased with line breaks as spaces: the byte-for-byte fold shareFolded() accepts.
QByteArray foldedBytes(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
        else if (c == '\n')
            c = ' ';
    }
    return bytes;
}

// A transcript like the API's: speaker labels, sentences, the word "I".
QString prose(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i) {
        text += i % 2 ? u"Agent: I'm calling about the estate. Is the account frozen now?"_s
                      : u"Representative: Yes, it is. I can send the form today. Anything else?"_s;
        if (i + 1 < lines)
            text += u'\n';
    }
    return text;
}

// Capitals everywhere: the surprise list would be longer than one bit per byte.
QString shouting(int words)
{
    QString text;
    for (int i = 0; i < words; ++i)
        text += i % 2 ? u"aBcDeF "_s : u"GhIjK\n"_s;
    return text;
}
} // namespace

class TestCompactText : public QObject {
    Q_OBJECT
private slots:
    void roundTripsOwnText_data();
    void roundTripsOwnText();
    void roundTripsSharedText_data() { roundTripsOwnText_data(); }
    void roundTripsSharedText();
    void keepsNullAndEmptyApart();
    void refusesSliceThatIsNotItsFold_data();
    void refusesSliceThatIsNotItsFold();
    void sparseCodeIsSmallForProse();
    void denseTextFallsBackToBitmap();
    void copiesShareAndCompareByText();
    void appendsAndClears();
    void prepareSharesEveryCompactField();
};

void TestCompactText::roundTripsOwnText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one letter") << u"a"_s;
    QTest::newRow("one capital") << u"A"_s;
    QTest::newRow("line break only") << u"\n"_s;
    QTest::newRow("sentence") << u"Hello. I am here!\nAgent: ok"_s;
    QTest::newRow("lone i") << u"i said I, and i'm sure I'm right: i"_s;
    QTest::newRow("non-ASCII") << u"Renée Dubois, MÜLLER Ærø ß — ok 😀"_s;
    QTest::newRow("capital after accent") << u"éA ÉB"_s;
    QTest::newRow("digits and marks") << u"Ref# EST-2025-00456 (called 3x)."_s;
    QTest::newRow("prose") << prose(60);
    QTest::newRow("dense capitals") << shouting(200);
}

void TestCompactText::roundTripsOwnText()
{
    QFETCH(QString, text);
    const CompactText compact(text);
    QCOMPARE(compact.toString(), text);
    QCOMPARE(QString(compact), text);
    QCOMPARE(compact.utf8Size(), text.toUtf8().size());
    QCOMPARE(compact.size(), text.size());
    QVERIFY(!compact.isSharingFolded());
    QCOMPARE(CompactText::fromUtf8(text.toUtf8()), compact);
}

void TestCompactText::roundTripsSharedText()
{
    QFETCH(QString, text);
    // The slice sits inside a larger buffer, as a field does in a call's search text.
    const QByteArray folded = "summary\n" + foldedBytes(text) + "\nnotes";
    CompactText compact(text);
    QVERIFY(compact.shareFolded(folded, 8, compact.utf8Size()));
    QVERIFY(compact.isSharingFolded());
    QCOMPARE(compact.toString(), text);
    QCOMPARE(compact.utf8Size(), text.toUtf8().size());
    QCOMPARE(compact, CompactText(text));
    QCOMPARE(CompactText(text), compact);
    QVERIFY(compact == text);
    QVERIFY(!(compact == CompactText(text + u'x')));
}

void TestCompactText::keepsNullAndEmptyApart()
{
    const CompactText null;
    const CompactText empty(u""_s);
    QVERIFY(null.isNull() && null.isEmpty());
    QVERIFY(!empty.isNull() && empty.isEmpty());
    QVERIFY(null.toString().isNull());
    QVERIFY(!empty.toString().isNull() && empty.toString().isEmpty());
    QVERIFY(!CompactText::fromUtf8({}).isNull());
    QVERIFY(CompactText(QString()).isNull());
    QVERIFY(!(null == empty));
    // Nothing to share: an empty text stays as it is.
    CompactText stillEmpty = empty;
    QVERIFY(!stillEmpty.shareFolded("abc", 0, 0));
    QVERIFY(!stillEmpty.isNull());
}

void TestCompactText::refusesSliceThatIsNotItsFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("folded");
    QTest::newRow("other letter") << u"Hello"_s << QByteArray("hellp");
    QTest::newRow("upper in slice") << u"hello"_s << QByteArray("HELLO");
    QTest::newRow("collapsed space") << u"a  b"_s << QByteArray("a b ");
    QTest::newRow("tab is not a line break") << u"a\tb"_s << QByteArray("a b");
    QTest::newRow("non-ASCII folded") << u"É"_s << QByteArray("é");
    QTest::newRow("shorter") << u"abc"_s << QByteArray("ab");
}

void TestCompactText::refusesSliceThatIsNotItsFold()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, folded);
    CompactText compact(text);
    QVERIFY(!compact.shareFolded(folded, 0, compact.utf8Size()));
    QVERIFY(!compact.isSharingFolded());
    QCOMPARE(compact.toString(), text);
    QVERIFY(!CaseCode::encode(text.toUtf8(), folded).has_value());
}

void TestCompactText::sparseCodeIsSmallForProse()
{
    const QString text = prose(80);
    const QByteArray folded = foldedBytes(text);
    CompactText compact(text);
    QVERIFY(compact.shareFolded(folded, 0, folded.size()));
    // One bit per byte would be size / 8; the predicted capitals leave mostly the line breaks.
    QVERIFY2(
        compact.ownBytes() * 2 < folded.size() / 8,
        qPrintable(u"%1 bytes of code for %2 bytes"_s.arg(compact.ownBytes()).arg(folded.size())));
    QCOMPARE(compact.toString(), text);
}

void TestCompactText::denseTextFallsBackToBitmap()
{
    const QString text = shouting(300);
    const QByteArray folded = foldedBytes(text);
    const std::optional<QByteArray> code = CaseCode::encode(text.toUtf8(), folded);
    QVERIFY(code.has_value());
    QCOMPARE(code->size(), 1 + (folded.size() + 7) / 8);
    QByteArray decoded(folded.size(), '\0');
    CaseCode::decode(*code, folded, decoded.data());
    QCOMPARE(QString::fromUtf8(decoded), text);
}

void TestCompactText::copiesShareAndCompareByText()
{
    const QString text = prose(3);
    CompactText shared(text);
    QVERIFY(shared.shareFolded(foldedBytes(text), 0, shared.utf8Size()));
    CompactText copy = shared;
    QCOMPARE(copy, shared);
    CompactText moved = std::move(copy);
    QCOMPARE(moved.toString(), text);
    copy = moved; // assigning into a moved-from text
    QCOMPARE(copy.toString(), text);
    moved = CompactText(u"other"_s);
    QCOMPARE(copy.toString(), text);
    QVERIFY(!(moved == copy));
    // Two texts sharing different buffers compare by their text.
    CompactText twin(text);
    QVERIFY(twin.shareFolded("x" + foldedBytes(text), 1, twin.utf8Size()));
    QCOMPARE(twin, shared);
}

void TestCompactText::appendsAndClears()
{
    CompactText text(u"Hello"_s);
    QVERIFY(text.shareFolded("hello", 0, 5));
    text += u", World"_s;
    QCOMPARE(text.toString(), u"Hello, World"_s);
    QVERIFY(!text.isSharingFolded());
    text.clear();
    QVERIFY(text.isNull());
}

void TestCompactText::prepareSharesEveryCompactField()
{
    Call call;
    call.id = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
    call.summary = u"Called MetLife. Ref# CLM-2025-19826."_s;
    call.transcript = prose(20);
    call.notes = u"Rep was helpful;\nask for John."_s;
    call.actionItems = {{u"Mail Letters Testamentary"_s, false}, {u"Send form"_s, true}};
    call.calledBy = u"Dana Whitfield"_s;
    const Call original = call;
    SearchText::prepare(call);
    QVERIFY(call.summary.isSharingFolded());
    QVERIFY(call.transcript.isSharingFolded());
    QVERIFY(call.notes.isSharingFolded());
    QVERIFY(call.actionItems.at(0).description.isSharingFolded());
    QVERIFY(call.actionItems.at(1).description.isSharingFolded());
    QCOMPARE(call.summary.toString(), original.summary.toString());
    QCOMPARE(call.transcript.toString(), original.transcript.toString());
    QCOMPARE(call.notes.toString(), original.notes.toString());
    QCOMPARE(call.actionItems, original.actionItems);
    QCOMPARE(call, original);
    // The search text is what it was before the fields shared it.
    QVERIFY(call.searchText.indexed.startsWith(SearchText::of(original)));
    QCOMPARE(SearchText::of(call), SearchText::of(original));
}

QTEST_APPLESS_MAIN(TestCompactText)
#include "tst_compacttext.moc"
