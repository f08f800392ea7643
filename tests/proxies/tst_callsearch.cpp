// SPDX-License-Identifier: MIT
// The search index on its own: parsing, folding, agreement with a plain scan, and its speed.
#include "CallSearch.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList vocabulary = {
    u"the"_s,         u"estate"_s,       u"of"_s,      u"account"_s,   u"balance"_s,
    u"letters"_s,     u"testamentary"_s, u"probate"_s, u"court"_s,     u"executor"_s,
    u"beneficiary"_s, u"please"_s,       u"send"_s,    u"copy"_s,      u"death"_s,
    u"certificate"_s, u"reference"_s,    u"number"_s,  u"hold"_s,      u"transfer"_s,
    u"department"_s,  u"closing"_s,      u"form"_s,    u"signature"_s, u"notarized"_s,
    u"mail"_s,        u"fax"_s,          u"Müller"_s,  u"O'Brien"_s,   u"EST-2025-00456"_s,
};

QString randomText(QRandomGenerator& random, int targetChars)
{
    QString text;
    while (text.size() < targetChars) {
        if (random.bounded(10) == 0)
            text += u"\nAgent: "_s;
        QString word = vocabulary.at(random.bounded(int(vocabulary.size())));
        if (random.bounded(7) == 0)
            word = word.toUpper();
        text += word + u' ';
        if (random.bounded(40) == 0)
            text += QString::number(random.bounded(100000)) + u' ';
    }
    return text;
}

Call randomCall(QRandomGenerator& random, int index, int transcriptChars)
{
    Call call;
    call.id = u"CALL%1"_s.arg(index, 6, 10, QLatin1Char('0'));
    call.summary = randomText(random, 80);
    call.transcript = randomText(random, transcriptChars);
    call.notes = random.bounded(3) == 0 ? randomText(random, 40) : QString();
    for (int i = 0; i < 2; ++i)
        call.actionItems.append({randomText(random, 30), random.bounded(2) == 0});
    call.calledBy = random.bounded(2) == 0 ? u"Jordan Reyes"_s : u"Sam Okafor"_s;
    return call;
}

QString counterpartOf(int index)
{
    return index % 3 == 0 ? u"First National Bank"_s : u"+1 212-555-%1"_s.arg(index % 10000);
}
} // namespace

class TestCallSearch : public QObject {
    Q_OBJECT
private slots:
    void parsesWordsAndPhrases_data();
    void parsesWordsAndPhrases();
    void indexAgreesWithPlainScan_data();
    void indexAgreesWithPlainScan();
    void phraseDoesNotSpanTwoFields();
    void reindexingFollowsChangedText();
    void counterpartChangesAlone();
    void callsIndexedAfterTheQueryAreMatched();
    void removedAndUnknownCallsDoNotMatch();
    void speedOnTenThousandLongTranscripts();
};

void TestCallSearch::parsesWordsAndPhrases_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("highlights");
    QTest::newRow("empty") << u""_s << QStringList() << QStringList();
    QTest::newRow("blank") << u"  \t "_s << QStringList() << QStringList();
    QTest::newRow("one word") << u"Letters"_s << QStringList {u"letters"_s}
                              << QStringList {u"Letters"_s};
    QTest::newRow("two words") << u" letters   Probate "_s
                               << QStringList {u"letters"_s, u"probate"_s}
                               << QStringList {u"letters"_s, u"Probate"_s};
    QTest::newRow("phrase") << u"\"Letters  Testamentary\""_s
                            << QStringList {u"letters testamentary"_s}
                            << QStringList {u"Letters Testamentary"_s};
    QTest::newRow("phrase and word") << u"court \"letters testamentary\""_s
                                     << QStringList {u"court"_s, u"letters testamentary"_s}
                                     << QStringList {u"court"_s, u"letters testamentary"_s};
    QTest::newRow("unclosed phrase")
        << u"\"death cert"_s << QStringList {u"death cert"_s} << QStringList {u"death cert"_s};
    QTest::newRow("empty quotes") << u"\"\" \" \""_s << QStringList() << QStringList();
    QTest::newRow("duplicates") << u"Fax fax FAX"_s << QStringList {u"fax"_s}
                                << QStringList {u"Fax"_s};
    QTest::newRow("punctuation") << u"EST-2025"_s << QStringList {u"est-2025"_s}
                                 << QStringList {u"EST-2025"_s};
}

void TestCallSearch::parsesWordsAndPhrases()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, highlights);
    const CallSearch::Query query = CallSearch::parse(typed);
    QCOMPARE(query.terms, terms);
    QCOMPARE(query.typed, highlights);
    QCOMPARE(query.isEmpty(), terms.isEmpty());
}

void TestCallSearch::indexAgreesWithPlainScan_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString& typed :
         {u"letters"_s, u"LETTERS testamentary"_s, u"\"letters testamentary\""_s, u"lett"_s,
          u"tary"_s, u"müller"_s, u"o'brien"_s, u"est-2025-00456"_s, u"2025"_s, u"first national"_s,
          u"\"national bank\""_s, u"jordan"_s, u"212-555"_s, u"zebra"_s, u"\"probate probate\""_s,
          u"-"_s, u"e"_s}) {
        QTest::newRow(qPrintable(typed)) << typed;
    }
}

void TestCallSearch::indexAgreesWithPlainScan()
{
    QFETCH(QString, typed);
    QRandomGenerator random(7);
    QList<Call> calls;
    for (int i = 0; i < 300; ++i)
        calls.append(randomCall(random, i, 400));
    CallSearch search;
    for (qsizetype i = 0; i < calls.size(); ++i)
        search.index(calls.at(i), counterpartOf(int(i)));
    const CallSearch::Query query = CallSearch::parse(typed);
    search.setQuery(query);
    int matched = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const bool expected = CallSearch::matches(calls.at(i), counterpartOf(int(i)), query);
        QCOMPARE(search.matches(calls.at(i).id), expected);
        matched += expected;
    }
    qInfo("%s: %d of %d calls", qPrintable(typed), matched, int(calls.size()));
}

void TestCallSearch::phraseDoesNotSpanTwoFields()
{
    Call call;
    call.id = u"A"_s;
    call.summary = u"We need letters"_s;
    call.transcript = u"Testamentary papers arrived"_s;
    CallSearch search;
    search.index(call, u"Bank"_s);
    search.setQuery(CallSearch::parse(u"\"letters testamentary\""_s));
    QVERIFY(!search.matches(call.id));
    search.setQuery(CallSearch::parse(u"letters testamentary"_s));
    QVERIFY(search.matches(call.id));
    search.setQuery(CallSearch::parse(u"\"testamentary papers\""_s));
    QVERIFY(search.matches(call.id));
}

void TestCallSearch::reindexingFollowsChangedText()
{
    Call call;
    call.id = u"A"_s;
    call.summary = u"Balance confirmed"_s;
    CallSearch search;
    search.index(call, {});
    search.setQuery(CallSearch::parse(u"notarized"_s));
    QVERIFY(!search.matches(call.id));
    call.actionItems.append({u"Send the notarized form"_s, false});
    search.index(call, {});
    QVERIFY(search.matches(call.id));
    QCOMPARE(search.size(), 1);
}

void TestCallSearch::counterpartChangesAlone()
{
    Call call;
    call.id = u"A"_s;
    call.summary = u"Balance confirmed"_s;
    CallSearch search;
    search.index(call, u"+1 212-555-0100"_s);
    search.setQuery(CallSearch::parse(u"chase"_s));
    QVERIFY(!search.matches(call.id));
    search.setCounterpart(call.id, u"Chase Bank, Estate Services"_s);
    QVERIFY(search.matches(call.id));
    search.index(call, u"+1 212-555-0100"_s);
    QVERIFY(!search.matches(call.id));
}

void TestCallSearch::callsIndexedAfterTheQueryAreMatched()
{
    CallSearch search;
    search.setQuery(CallSearch::parse(u"zymurgy"_s));
    Call call;
    call.id = u"LATE"_s;
    call.transcript = u"Agent: a word never seen before: Zymurgy."_s;
    search.index(call, {});
    QVERIFY(search.matches(call.id));
}

void TestCallSearch::removedAndUnknownCallsDoNotMatch()
{
    Call call;
    call.id = u"A"_s;
    call.summary = u"Probate"_s;
    CallSearch search;
    search.index(call, {});
    QVERIFY(search.matches(call.id));
    QVERIFY(!search.matches(u"B"_s));
    search.remove(call.id);
    QVERIFY(!search.matches(call.id));
    search.index(call, {});
    search.clear();
    QCOMPARE(search.size(), 0);
    QVERIFY(!search.matches(call.id));
}

// No assertion on time (machines differ): the figures are printed for the record.
void TestCallSearch::speedOnTenThousandLongTranscripts()
{
    QRandomGenerator random(11);
    QList<Call> calls;
    for (int i = 0; i < 10000; ++i)
        calls.append(randomCall(random, i, 5000));
    CallSearch search;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < calls.size(); ++i)
        search.index(calls.at(i), counterpartOf(int(i)));
    qInfo("indexing 10000 calls x 5 KB: %lld ms", timer.elapsed());

    timer.start();
    for (qsizetype i = 0; i < calls.size(); ++i)
        search.index(calls.at(i), counterpartOf(int(i)));
    qInfo("re-indexing unchanged calls (a refresh): %lld ms", timer.elapsed());

    for (const QString& typed :
         {u"t"_s, u"te"_s, u"testam"_s, u"zebra"_s, u"est-2025-00456"_s,
          u"\"letters testamentary\""_s, u"probate court fax"_s, u"\"court zebra\""_s}) {
        timer.start();
        search.setQuery(CallSearch::parse(typed));
        int matched = 0;
        for (const Call& call : std::as_const(calls))
            matched += search.matches(call.id);
        const double indexMs = double(timer.nsecsElapsed()) / 1e6;
        qInfo("%-26s %5d matches: index %7.2f ms", qPrintable(typed), matched, indexMs);
        QVERIFY(matched >= 0);
    }
}

QTEST_GUILESS_MAIN(TestCallSearch)
#include "tst_callsearch.moc"
