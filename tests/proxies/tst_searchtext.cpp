// SPDX-License-Identifier: MIT
// SearchText: the folded text a call is searched by, prepared off the GUI thread.
#include "PresenceFilter.h"
#include "SearchText.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
Call sampleCall()
{
    Call call;
    call.id = u"01JC0000000000000000000001"_s;
    call.summary = CompactText(u"Chase asked for the DEATH certificate"_s);
    call.transcript = CompactText(u"Agent:  please   mail\tLetters Testamentary"_s);
    call.notes = CompactText(u"Müller estate"_s);
    call.calledBy = u"Dana Whitfield"_s;
    ActionItem item;
    item.description = CompactText(u"Mail Letters Testamentary to Chase"_s);
    call.actionItems.append(item);
    return call;
}
} // namespace

class TestSearchText : public QObject {
    Q_OBJECT
private slots:
    void foldsCaseAndWhitespace()
    {
        QCOMPARE(SearchText::fold(u"  Hello\n\t WORLD  "_s), u"hello world"_s);
        QCOMPARE(SearchText::fold(u"MÜLLER Ærø"_s), u"müller ærø"_s);
        QCOMPARE(SearchText::fold(u""_s), QString());
        QCOMPARE(SearchText::foldUtf8(u"MÜLLER"_s), u"müller"_s.toUtf8());
    }

    void oneFieldALineInIndexOrder()
    {
        const QString content = SearchText::foldedContent(sampleCall());
        QCOMPARE(content,
                 u"chase asked for the death certificate\nagent: please mail letters testamentary\n"
                 u"müller estate\nmail letters testamentary to chase\ndana whitfield"_s);
        QCOMPARE(SearchText::of(sampleCall()), content.toUtf8());
    }

    void indexedIsTheTextThenItsFilter()
    {
        const Call call = sampleCall();
        const QByteArray text = SearchText::of(call);
        const QByteArray indexed = SearchText::indexed(call);
        QCOMPARE(indexed.size(), text.size() + PresenceFilter::bytes);
        QVERIFY(indexed.startsWith(text));
    }

    void prepareOnAWorkerGivesTheSameBytes()
    {
        Call prepared = QtConcurrent::run([] {
                            Call call = sampleCall();
                            SearchText::prepare(call);
                            return call;
                        }).result();
        QCOMPARE(prepared.searchText.indexed, SearchText::indexed(sampleCall()));
        // The fields still read as they were: they only share the prepared bytes.
        QCOMPARE(prepared.summary.toString(), sampleCall().summary.toString());
        QCOMPARE(prepared.actionItems.first().description.toString(),
                 u"Mail Letters Testamentary to Chase"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
