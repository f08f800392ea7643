// SPDX-License-Identifier: MIT
// The instant local filters over the real paging model, fed by the sample server over loopback.
#include "CallFilterProxyModel.h"
#include "ContactListModel.h"
#include "ProxyTestFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ProxyTest;

namespace {
enum class Narrowing { Inbound, Outbound, Recording, OpenItems, DateRange, FromOnly, ToOnly };

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression nonLetters(u"[^\\p{L}]+"_s);
    QStringList words = text.split(nonLetters, Qt::SkipEmptyParts);
    words.removeIf([](const QString& word) { return word.size() < 5; });
    return words;
}

QDate localDate(const Call& call)
{
    return call.createdAt.toLocalTime().date();
}
} // namespace

Q_DECLARE_METATYPE(Narrowing)

class TestCallFilterProxyModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wordFromOneSummaryFindsItsCall();
    void wordOnlyInATranscriptFindsIt();
    void wordInAnActionItemFindsItsCall();
    void allWordsMustMatch();
    void quotedPhraseMatchesAsAPhrase();
    void noMatchShowsNothingAndClearingRestoresAll();
    void attributeFiltersNarrowLikeAPlainReading_data();
    void attributeFiltersNarrowLikeAPlainReading();
    void rowsArrivingLaterAreFiltered();
    void counterpartNamesBecomeSearchableWhenContactsArrive();
    void sortsLoadedCallsLocally();

private:
    void loadAll();
    void setText(const QString& text);
    QStringList expectedIds(const std::function<bool(const Call&, int)>& accept) const;
    QStringList idsMatchingAll(const QStringList& terms) const;
    int countMatching(const QString& term) const { return int(idsMatchingAll({term}).size()); }
    QStringList proxyIds() const;
    void verifyShows(const QStringList& ids);

    Fixture m_fixture;
    std::unique_ptr<CallFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QSignalSpy> m_countSpy;
};

void TestCallFilterProxyModel::init()
{
    SampleApiOptions options;
    options.callCount = 140;
    QVERIFY(m_fixture.start(options, 25));
    m_proxy = std::make_unique<CallFilterProxyModel>();
    m_proxy->setSourceModel(m_fixture.calls.get());
    m_proxyTester = makeTester(m_proxy.get());
    m_countSpy =
        std::make_unique<QSignalSpy>(m_proxy.get(), &CallFilterProxyModel::matchCountChanged);
}

void TestCallFilterProxyModel::cleanup()
{
    m_countSpy.reset();
    m_proxyTester.reset();
    m_proxy.reset();
    m_fixture.stop();
}

void TestCallFilterProxyModel::loadAll()
{
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    walkToTheEnd(*m_fixture.calls);
    QCOMPARE(m_fixture.calls->rowCount(), 140);
    QCOMPARE(m_proxy->matchCount(), 140);
}

void TestCallFilterProxyModel::setText(const QString& text)
{
    LocalFilter filter = m_proxy->localFilter();
    filter.text = text;
    m_proxy->setLocalFilter(filter);
}

QStringList
TestCallFilterProxyModel::expectedIds(const std::function<bool(const Call&, int)>& accept) const
{
    QStringList ids;
    for (int row = 0; row < m_fixture.calls->rowCount(); ++row) {
        if (accept(*m_fixture.calls->callAt(row), row))
            ids << m_fixture.calls->callAt(row)->id;
    }
    return ids;
}

QStringList TestCallFilterProxyModel::idsMatchingAll(const QStringList& terms) const
{
    return expectedIds([&](const Call& call, int row) {
        const QStringList fields = searchableFields(call, m_fixture.counterpart(row));
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&](const QString& term) { return fieldsContain(fields, term); });
    });
}

QStringList TestCallFilterProxyModel::proxyIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->callAt(row)->id;
    return ids;
}

// Unsorted, the proxy keeps the source's order, so the lists compare directly.
void TestCallFilterProxyModel::verifyShows(const QStringList& ids)
{
    QCOMPARE(proxyIds(), ids);
    QCOMPARE(m_proxy->matchCount(), int(ids.size()));
    QVERIFY(!m_countSpy->isEmpty());
    QCOMPARE(m_countSpy->constLast().constFirst().toInt(), int(ids.size()));
}

void TestCallFilterProxyModel::wordFromOneSummaryFindsItsCall()
{
    loadAll();
    // The rarest word of the first summary: the test then shows the filter narrows.
    const Call* chosen = nullptr;
    QString rarest;
    int rarestCount = INT_MAX;
    for (int row = 0; row < m_fixture.calls->rowCount() && !chosen; ++row) {
        const Call* call = m_fixture.calls->callAt(row);
        for (const QString& word : wordsOf(call->summary)) {
            if (const int count = countMatching(word); count < rarestCount) {
                rarestCount = count;
                rarest = word;
                chosen = call;
            }
        }
    }
    QVERIFY2(chosen, "the sample case has summaries");
    QVERIFY(rarestCount < 140);
    setText(rarest.toUpper());
    QVERIFY(proxyIds().contains(chosen->id));
    verifyShows(idsMatchingAll({rarest}));
    QCOMPARE(m_proxy->highlightTerms(), QStringList {rarest.toUpper()});
}

void TestCallFilterProxyModel::wordOnlyInATranscriptFindsIt()
{
    loadAll();
    const auto inOtherFields = [this](const QString& word) {
        for (int row = 0; row < m_fixture.calls->rowCount(); ++row) {
            Call withoutTranscript = *m_fixture.calls->callAt(row);
            withoutTranscript.transcript.clear();
            if (fieldsContain(searchableFields(withoutTranscript, m_fixture.counterpart(row)),
                              word))
                return true;
        }
        return false;
    };
    QString word;
    for (int row = 0; row < m_fixture.calls->rowCount() && word.isEmpty(); ++row) {
        for (const QString& candidate : wordsOf(m_fixture.calls->callAt(row)->transcript)) {
            if (!inOtherFields(candidate)) {
                word = candidate;
                break;
            }
        }
    }
    QVERIFY2(!word.isEmpty(), "some word occurs only in transcripts");
    setText(word);
    const QStringList expected = idsMatchingAll({word});
    QVERIFY(!expected.isEmpty());
    verifyShows(expected);
}

void TestCallFilterProxyModel::wordInAnActionItemFindsItsCall()
{
    loadAll();
    for (int row = 0; row < m_fixture.calls->rowCount(); ++row) {
        Call withoutItems = *m_fixture.calls->callAt(row);
        const QList<ActionItem> items = std::exchange(withoutItems.actionItems, {});
        const QStringList otherFields = searchableFields(withoutItems, m_fixture.counterpart(row));
        for (const ActionItem& item : items) {
            for (const QString& word : wordsOf(item.description)) {
                if (fieldsContain(otherFields, word))
                    continue;
                setText(word);
                QVERIFY(proxyIds().contains(withoutItems.id));
                verifyShows(idsMatchingAll({word}));
                return;
            }
        }
    }
    QFAIL("no call has an action item word found nowhere else in it");
}

void TestCallFilterProxyModel::allWordsMustMatch()
{
    loadAll();
    // Two words of one call whose calls overlap only in part: AND must differ from OR.
    for (int row = 0; row < m_fixture.calls->rowCount(); ++row) {
        const Call* call = m_fixture.calls->callAt(row);
        const QStringList summaryWords = wordsOf(call->summary);
        const QStringList transcriptWords = wordsOf(call->transcript);
        for (const QString& first : summaryWords) {
            for (const QString& second : transcriptWords) {
                const QStringList both = idsMatchingAll({first, second});
                if (both.size() >= countMatching(first) || both.size() >= countMatching(second))
                    continue;
                setText(first + u"  "_s + second);
                QVERIFY(both.contains(call->id));
                verifyShows(both);
                return;
            }
        }
    }
    QFAIL("no pair of words narrows more than either word alone");
}

void TestCallFilterProxyModel::quotedPhraseMatchesAsAPhrase()
{
    loadAll();
    const QStringList phrase = idsMatchingAll({u"letters testamentary"_s});
    QVERIFY2(!phrase.isEmpty(), "the sample case asks for Letters Testamentary");
    setText(u"\"Letters Testamentary\""_s);
    verifyShows(phrase);
    QCOMPARE(m_proxy->highlightTerms(), QStringList {u"Letters Testamentary"_s});

    const QStringList reversed = idsMatchingAll({u"testamentary letters"_s});
    QVERIFY(reversed.size() < phrase.size());
    setText(u"\"testamentary letters\""_s);
    verifyShows(reversed);

    setText(u"testamentary letters"_s);
    verifyShows(idsMatchingAll({u"testamentary"_s, u"letters"_s}));
    QVERIFY(m_proxy->matchCount() >= int(phrase.size()));
}

void TestCallFilterProxyModel::noMatchShowsNothingAndClearingRestoresAll()
{
    loadAll();
    setText(u"qqzzxxjj"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    verifyShows({});
    m_proxy->setLocalFilter({});
    verifyShows(expectedIds([](const Call&, int) { return true; }));
    QCOMPARE(m_proxy->rowCount(), m_fixture.calls->rowCount());
}

void TestCallFilterProxyModel::attributeFiltersNarrowLikeAPlainReading_data()
{
    QTest::addColumn<Narrowing>("narrowing");
    QTest::newRow("inbound") << Narrowing::Inbound;
    QTest::newRow("outbound") << Narrowing::Outbound;
    QTest::newRow("recording") << Narrowing::Recording;
    QTest::newRow("open items") << Narrowing::OpenItems;
    QTest::newRow("date range") << Narrowing::DateRange;
    QTest::newRow("from only") << Narrowing::FromOnly;
    QTest::newRow("to only") << Narrowing::ToOnly;
}

void TestCallFilterProxyModel::attributeFiltersNarrowLikeAPlainReading()
{
    QFETCH(Narrowing, narrowing);
    loadAll();
    QList<QDate> days;
    for (int row = 0; row < m_fixture.calls->rowCount(); ++row)
        days << localDate(*m_fixture.calls->callAt(row));
    std::sort(days.begin(), days.end());
    const QDate early = days.at(days.size() / 4);
    const QDate late = days.at(days.size() * 3 / 5);

    LocalFilter filter;
    std::function<bool(const Call&)> accept;
    switch (narrowing) {
    case Narrowing::Inbound:
    case Narrowing::Outbound: {
        const auto direction =
            narrowing == Narrowing::Inbound ? CallDirection::Inbound : CallDirection::Outbound;
        filter.direction = direction;
        accept = [direction](const Call& call) { return call.direction == direction; };
        break;
    }
    case Narrowing::Recording:
        filter.onlyWithRecording = true;
        accept = [](const Call& call) { return !call.recordingUrl.isEmpty(); };
        break;
    case Narrowing::OpenItems:
        filter.onlyWithOpenActionItems = true;
        accept = [](const Call& call) {
            return std::any_of(call.actionItems.cbegin(), call.actionItems.cend(),
                               [](const ActionItem& item) { return !item.completed; });
        };
        break;
    case Narrowing::DateRange:
    case Narrowing::FromOnly:
    case Narrowing::ToOnly:
        if (narrowing != Narrowing::ToOnly)
            filter.from = early;
        if (narrowing != Narrowing::FromOnly)
            filter.to = late;
        accept = [filter](const Call& call) {
            const QDate day = localDate(call);
            return (!filter.from.isValid() || day >= filter.from)
                && (!filter.to.isValid() || day <= filter.to);
        };
        break;
    }
    m_proxy->setLocalFilter(filter);
    const QStringList expected = expectedIds([&](const Call& call, int) { return accept(call); });
    QVERIFY2(!expected.isEmpty() && expected.size() < 140, "the filter narrows, not empties");
    verifyShows(expected);
    QCOMPARE(m_proxy->localFilter(), filter);
}

void TestCallFilterProxyModel::rowsArrivingLaterAreFiltered()
{
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.calls->rowCount(), 25, loadTimeoutMs);
    LocalFilter filter;
    filter.text = u"estate"_s;
    filter.direction = CallDirection::Outbound;
    m_proxy->setLocalFilter(filter);
    const int firstPageMatches = m_proxy->matchCount();
    walkToTheEnd(*m_fixture.calls);
    QCOMPARE(m_fixture.calls->rowCount(), 140);
    const QStringList expected = idsMatchingAll({u"estate"_s});
    const QStringList outboundAndEstate = expectedIds([&](const Call& call, int) {
        return call.direction == CallDirection::Outbound && expected.contains(call.id);
    });
    QVERIFY(outboundAndEstate.size() > firstPageMatches);
    verifyShows(outboundAndEstate);

    // A refresh re-sends every call (dataChanged) and brings a new one (rowsInserted).
    m_fixture.server->insertCall();
    QSignalSpy refreshed(m_fixture.calls.get(), &CallsTableModel::refreshed);
    m_fixture.calls->refresh();
    QVERIFY(refreshed.wait(loadTimeoutMs));
    QCOMPARE(m_fixture.calls->rowCount(), 141);
    const QStringList afterRefresh = idsMatchingAll({u"estate"_s});
    verifyShows(expectedIds([&](const Call& call, int) {
        return call.direction == CallDirection::Outbound && afterRefresh.contains(call.id);
    }));
}

void TestCallFilterProxyModel::counterpartNamesBecomeSearchableWhenContactsArrive()
{
    loadAll();
    // Learn the contacts' names from a separate list, then pick a word found in no call's text.
    ContactListModel names(m_fixture.client);
    QSignalSpy namesLoaded(&names, &ContactListModel::loaded);
    names.setCaseId(m_fixture.server->caseId());
    QVERIFY(namesLoaded.wait(loadTimeoutMs));
    QString word;
    for (int row = 0; row < names.rowCount() && word.isEmpty(); ++row) {
        for (const QString& candidate : wordsOf(names.index(row).data().toString())) {
            if (countMatching(candidate) == 0) {
                word = candidate;
                break;
            }
        }
    }
    QVERIFY2(!word.isEmpty(), "some institution name is not spoken in any call");
    setText(word);
    QCOMPARE(m_proxy->matchCount(), 0);

    ContactListModel contacts(m_fixture.client);
    m_fixture.calls->setContacts(&contacts);
    contacts.setCaseId(m_fixture.server->caseId());
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->matchCount() > 0, loadTimeoutMs);
    verifyShows(idsMatchingAll({word}));
}

void TestCallFilterProxyModel::sortsLoadedCallsLocally()
{
    loadAll();
    QCOMPARE(m_proxy->sortRole(), int(CallRole::SortValue));
    m_proxy->sort(CallColumn::OpenActionItems, Qt::DescendingOrder);
    for (int row = 1; row < m_proxy->rowCount(); ++row)
        QVERIFY(m_proxy->callAt(row - 1)->openActionItemCount()
                >= m_proxy->callAt(row)->openActionItemCount());
    m_proxy->sort(CallColumn::CalledBy, Qt::AscendingOrder);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, CallColumn::CalledBy);
        QCOMPARE(m_proxy->callAt(row)->id, index.data(CallRole::Id).toString());
        if (row > 0) {
            const QString previous =
                m_proxy->index(row - 1, CallColumn::CalledBy).data().toString();
            QVERIFY(previous.compare(index.data().toString(), Qt::CaseInsensitive) <= 0);
        }
    }
    QCOMPARE(m_proxy->callAt(m_proxy->rowCount()), nullptr);
    QCOMPARE(m_proxy->callAt(-1), nullptr);
}

QTEST_GUILESS_MAIN(TestCallFilterProxyModel)
#include "tst_callfilterproxymodel.moc"
