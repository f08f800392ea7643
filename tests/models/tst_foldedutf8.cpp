// SPDX-License-Identifier: MIT
// FoldedUtf8 must fold exactly as SearchText::fold() does on the same text as a QString: the
// search index is built with one and queries are folded with the other.
#include "FoldedUtf8.h"
#include "SearchText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFoldedUtf8 : public QObject {
    Q_OBJECT
private slots:
    void foldsLikeCallSearch_data();
    void foldsLikeCallSearch();
    void randomTextFoldsLikeCallSearch();
    void appendsAfterWhatIsThere();
};

namespace {
QByteArray reference(const QString& text)
{
    return SearchText::fold(text).toUtf8();
}
} // namespace

void TestFoldedUtf8::foldsLikeCallSearch_data()
{
    QTest::addColumn<QString>("text");
    const QString words = u"Called Chase Bank Credit Card Bereavement. Spoke with Angela Moreno"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   \t\n  "_s;
    QTest::newRow("short") << u"Hello World"_s;
    QTest::newRow("long sentence") << words + u' ' + words;
    QTest::newRow("leading and trailing space") << u"   "_s + words + u"   "_s;
    QTest::newRow("space ends a block") << u"ABCDEFGHIJKLMNO PQRSTUVWXYZabcdefghij klm"_s;
    QTest::newRow("two spaces across a block") << u"ABCDEFGHIJKLMNO  PQRSTUVWXYZabcdefghij"_s;
    QTest::newRow("line breaks and tabs") << u"Agent: hello\nCaller:\tHI THERE\r\nAgent: ok"_s;
    QTest::newRow("no-break space") << u"Letters\u00A0Testamentary and\u2028more"_s;
    QTest::newRow("accents") << u"ÉSTATE of JOSÉ NÚÑEZ, Straße ẞ, Ωmega ΣΊΣΥΦΟΣ"_s;
    QTest::newRow("folds longer in UTF-8") << u"\u023A\u023E Ⱥ and \u212A kelvin"_s;
    QTest::newRow("beyond the BMP") << u"Emoji 😀 and 𝐀𝐁 plus 𐐀 Deseret"_s;
    QTest::newRow("control characters") << u"a\u0001b\u007FC\u0085D  E"_s;
    QTest::newRow("digits and punctuation")
        << u"REF# BRV-2025-14868; Account 12345678 / $1,234.56 (OK)"_s;
}

void TestFoldedUtf8::foldsLikeCallSearch()
{
    QFETCH(QString, text);
    QCOMPARE(FoldedUtf8::of(text.toUtf8()), reference(text));
}

void TestFoldedUtf8::randomTextFoldsLikeCallSearch()
{
    // Alphabets chosen to hit every path: ASCII words (the fast path), runs of white space,
    // capitals, and characters of every UTF-8 length.
    const QString alphabet =
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     \t\n\r.,;:!?"
        "ÄÖÜäöüßÉéÑñΣσΩ\u00A0\u023A\u2028ẞ\u212A"_s;
    QRandomGenerator random(20261124);
    for (int sample = 0; sample < 3000; ++sample) {
        QString text;
        const int length = int(random.bounded(200));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(40) == 0)
                text += u"😀"_s; // a surrogate pair as a QString
            else
                text += alphabet.at(random.bounded(alphabet.size()));
        }
        const QByteArray folded = FoldedUtf8::of(text.toUtf8());
        if (folded != reference(text))
            QFAIL(qPrintable(u"differs for \"%1\""_s.arg(text)));
    }
}

void TestFoldedUtf8::appendsAfterWhatIsThere()
{
    QByteArray out = "prefix\n";
    FoldedUtf8::append(out, "  Two  WORDS  ");
    QCOMPARE(out, QByteArray("prefix\ntwo words"));
}

QTEST_GUILESS_MAIN(TestFoldedUtf8)
#include "tst_foldedutf8.moc"
