// SPDX-License-Identifier: MIT
// PresenceFilter never rules out a text that holds a term (no false negatives), and rules out
// texts that lack a term's letter or letter pair.
#include "PresenceFilter.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
QByteArray withFilter(const QByteArray& text)
{
    QByteArray folded = text;
    PresenceFilter::append(folded);
    return folded;
}

bool mayContain(const QByteArray& indexed, qsizetype textSize, const QByteArray& term)
{
    const auto* filter = reinterpret_cast<const uchar*>(indexed.constData() + textSize);
    return PresenceFilter::mayContain(filter, PresenceFilter::bitsOf(term));
}
} // namespace

class TestPresenceFilter : public QObject {
    Q_OBJECT
private slots:
    void appendsItsBytesAfterTheText()
    {
        const QByteArray text = "letters testamentary";
        const QByteArray indexed = withFilter(text);
        QCOMPARE(indexed.size(), text.size() + PresenceFilter::bytes);
        QVERIFY(indexed.startsWith(text));
    }

    void everySubstringMayBeContained()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            QByteArray text;
            for (int i = 0; i < 80; ++i)
                text.append(char('a' + random.bounded(26)));
            const QByteArray indexed = withFilter(text);
            const qsizetype at = random.bounded(70);
            const QByteArray term = text.mid(at, 1 + random.bounded(8));
            QVERIFY2(mayContain(indexed, text.size(), term), term.constData());
        }
    }

    void absentLetterOrPairRulesTheTextOut()
    {
        const QByteArray text = "mail letters testamentary to chase";
        const QByteArray indexed = withFilter(text);
        QVERIFY(!mayContain(indexed, text.size(), "zebra")); // no z and no b
        // y and m both occur, but never "ym" (nor a pair that hashes like it).
        QVERIFY(!mayContain(indexed, text.size(), "ym"));
        QVERIFY(mayContain(indexed, text.size(), "y t"));
    }
};

QTEST_GUILESS_MAIN(TestPresenceFilter)
#include "tst_presencefilter.moc"
