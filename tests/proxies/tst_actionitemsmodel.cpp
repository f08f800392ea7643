// SPDX-License-Identifier: MIT
// Every action item of the loaded calls, checked against a plain count of the source.
#include "ActionItemsModel.h"
#include "ProxyTestFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ProxyTest;

class TestActionItemsModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsMatchTheSource();
    void openFirstThenNewestCallThenItemOrder();
    void rolesDescribeTheItemReadOnly();
    void callIdJumpsToTheCall();
    void keepsUpWithPagesRefreshAndReset();
    void newPagesKeepTheSelectedItem();
    void rebuildSpeedWithTenThousandCalls();

private:
    void loadAll();
    void verifyMatchesSource();

    Fixture m_fixture;
    std::unique_ptr<ActionItemsModel> m_items;
    std::unique_ptr<QAbstractItemModelTester> m_itemsTester;
    std::unique_ptr<QSignalSpy> m_openSpy;
};

void TestActionItemsModel::init()
{
    SampleApiOptions options;
    options.callCount = 140;
    QVERIFY(m_fixture.start(options, 25));
    m_items = std::make_unique<ActionItemsModel>();
    m_items->setSourceModel(m_fixture.calls.get());
    m_itemsTester = makeTester(m_items.get());
    m_openSpy = std::make_unique<QSignalSpy>(m_items.get(), &ActionItemsModel::openCountChanged);
}

void TestActionItemsModel::cleanup()
{
    m_openSpy.reset();
    m_itemsTester.reset();
    m_items.reset();
    m_fixture.stop();
}

void TestActionItemsModel::loadAll()
{
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    walkToTheEnd(*m_fixture.calls);
    QCOMPARE(m_fixture.calls->rowCount(), 140);
}

void TestActionItemsModel::verifyMatchesSource()
{
    int total = 0;
    int open = 0;
    for (int row = 0; row < m_fixture.calls->rowCount(); ++row) {
        for (const ActionItem& item : m_fixture.calls->callAt(row)->actionItems) {
            ++total;
            open += item.completed ? 0 : 1;
        }
    }
    QCOMPARE(m_items->rowCount(), total);
    QCOMPARE(m_items->openCount(), open);
    if (open > 0) {
        QVERIFY(!m_openSpy->isEmpty());
        QCOMPARE(m_openSpy->constLast().constFirst().toInt(), open);
    }
}

void TestActionItemsModel::countsMatchTheSource()
{
    loadAll();
    verifyMatchesSource();
    QVERIFY2(m_items->openCount() > 0 && m_items->openCount() < m_items->rowCount(),
             "the sample case has open and completed items");
}

void TestActionItemsModel::openFirstThenNewestCallThenItemOrder()
{
    loadAll();
    QHash<QString, int> nextItemOfCall; // items of one call must appear in the call's order
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QModelIndex index = m_items->index(row);
        if (row > 0) {
            const QModelIndex previous = m_items->index(row - 1);
            const bool previousCompleted = previous.data(ActionItemsModel::CompletedRole).toBool();
            const bool completed = index.data(ActionItemsModel::CompletedRole).toBool();
            QVERIFY2(!previousCompleted || completed, "open items come first");
            if (previousCompleted == completed)
                QVERIFY(previous.data(ActionItemsModel::CallCreatedAtRole).toDateTime()
                        >= index.data(ActionItemsModel::CallCreatedAtRole).toDateTime());
        }
        const QString callId = index.data(ActionItemsModel::CallIdRole).toString();
        const Call* call = m_fixture.calls->callAt(m_fixture.calls->rowOfCall(callId));
        QVERIFY(call);
        // Open and completed items of a call are ordered separately: search on from where the
        // same kind of item of this call was last seen.
        const bool completed = index.data(ActionItemsModel::CompletedRole).toBool();
        const QString key = callId + (completed ? u"/done"_s : u"/open"_s);
        int position = nextItemOfCall.value(key, 0);
        while (position < call->actionItems.size()
               && !(call->actionItems.at(position).description == index.data().toString()
                    && call->actionItems.at(position).completed == completed))
            ++position;
        QVERIFY2(position < call->actionItems.size(), "items of one call keep their order");
        nextItemOfCall.insert(key, position + 1);
    }
}

void TestActionItemsModel::rolesDescribeTheItemReadOnly()
{
    loadAll();
    QVERIFY(m_items->rowCount() > 0);
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QModelIndex index = m_items->index(row);
        const bool completed = index.data(ActionItemsModel::CompletedRole).toBool();
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(),
                 int(completed ? Qt::Checked : Qt::Unchecked));
        QVERIFY(!(index.flags() & (Qt::ItemIsUserCheckable | Qt::ItemIsEditable)));
        QVERIFY(index.flags() & Qt::ItemIsEnabled);
        QVERIFY(!index.data().toString().isEmpty());
        const int sourceRow =
            m_fixture.calls->rowOfCall(index.data(ActionItemsModel::CallIdRole).toString());
        const QString counterpart = m_fixture.counterpart(sourceRow);
        QCOMPARE(index.data(ActionItemsModel::CounterpartRole).toString(), counterpart);
        QCOMPARE(index.data(ActionItemsModel::CallCreatedAtRole).toDateTime(),
                 m_fixture.calls->callAt(sourceRow)->createdAt);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(counterpart));
    }
    QVERIFY(!m_items->setData(m_items->index(0), Qt::Checked, Qt::CheckStateRole));
}

void TestActionItemsModel::callIdJumpsToTheCall()
{
    loadAll();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QModelIndex index = m_items->index(row);
        const int sourceRow =
            m_fixture.calls->rowOfCall(index.data(ActionItemsModel::CallIdRole).toString());
        QVERIFY(sourceRow >= 0);
        const QList<ActionItem>& items = m_fixture.calls->callAt(sourceRow)->actionItems;
        const ActionItem item {index.data().toString(),
                               index.data(ActionItemsModel::CompletedRole).toBool()};
        QVERIFY(items.contains(item));
    }
}

void TestActionItemsModel::keepsUpWithPagesRefreshAndReset()
{
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.calls->rowCount(), 25, loadTimeoutMs);
    verifyMatchesSource();
    const int firstPageItems = m_items->rowCount();
    walkToTheEnd(*m_fixture.calls);
    verifyMatchesSource();
    QVERIFY(m_items->rowCount() > firstPageItems);

    // A call created meanwhile arrives with a refresh.
    m_fixture.server->insertCall();
    QSignalSpy refreshed(m_fixture.calls.get(), &CallsTableModel::refreshed);
    m_fixture.calls->refresh();
    QVERIFY(refreshed.wait(loadTimeoutMs));
    QCOMPARE(m_fixture.calls->rowCount(), 141);
    verifyMatchesSource();

    m_fixture.calls->setCaseId({});
    QCOMPARE(m_items->rowCount(), 0);
    QCOMPARE(m_items->openCount(), 0);
    QCOMPARE(m_openSpy->constLast().constFirst().toInt(), 0);
}

// A reset would drop the pane's selection and scroll position every time a page arrives.
void TestActionItemsModel::newPagesKeepTheSelectedItem()
{
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.calls->rowCount(), 25, loadTimeoutMs);
    QVERIFY(m_items->rowCount() > 1);
    const QPersistentModelIndex selected = m_items->index(m_items->rowCount() - 1);
    const QString description = selected.data().toString();
    const QString callId = selected.data(ActionItemsModel::CallIdRole).toString();
    QSignalSpy resets(m_items.get(), &QAbstractItemModel::modelReset);

    walkToTheEnd(*m_fixture.calls);
    m_fixture.server->insertCall();
    QSignalSpy refreshed(m_fixture.calls.get(), &CallsTableModel::refreshed);
    m_fixture.calls->refresh();
    QVERIFY(refreshed.wait(loadTimeoutMs));

    QCOMPARE(resets.size(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), description);
    QCOMPARE(selected.data(ActionItemsModel::CallIdRole).toString(), callId);
    // Updating in place gives the same list as building it from scratch.
    ActionItemsModel fresh;
    fresh.setSourceModel(m_fixture.calls.get());
    QCOMPARE(m_items->rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        QCOMPARE(m_items->index(row).data().toString(), fresh.index(row).data().toString());
        QCOMPARE(m_items->index(row).data(ActionItemsModel::CallIdRole).toString(),
                 fresh.index(row).data(ActionItemsModel::CallIdRole).toString());
    }
    verifyMatchesSource();
}

// No assertion on time: the figure is printed for the record.
void TestActionItemsModel::rebuildSpeedWithTenThousandCalls()
{
    cleanup();
    SampleApiOptions options;
    options.callCount = 10000;
    QVERIFY(m_fixture.start(options, 100));
    m_fixture.callsTester.reset(); // the tester's checks on every page would dominate
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    walkToTheEnd(*m_fixture.calls);
    ActionItemsModel items;
    QElapsedTimer timer;
    timer.start();
    items.setSourceModel(m_fixture.calls.get());
    qInfo("rebuilding %d action items of %d calls: %.2f ms", items.rowCount(),
          m_fixture.calls->rowCount(), double(timer.nsecsElapsed()) / 1e6);
    QVERIFY(items.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestActionItemsModel)
#include "tst_actionitemsmodel.moc"
