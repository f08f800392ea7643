// SPDX-License-Identifier: MIT
// The paging table model against the sample API server over real loopback HTTP.
#include "CallColumns.h"
#include "CallsTableModel.h"
#include "ContactListModel.h"
#include "LoopbackApi.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int loadTimeoutMs = 15000;

QStringList idsOf(const CallsTableModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.callAt(row)->id;
    return ids;
}
} // namespace

class TestCallsTableModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstPageThenScrollingPagesInEverything();
    void pageNumberPagingWorksToo();
    void cursorWalkWhileCallsAreInsertedLosesAndDuplicatesNothing();
    void duplicateIdsAcrossPagesAreDropped();
    void serverFilterAndSortReload();
    void staleReplyAfterFilterChangeIsDropped();
    void refreshKeepsTheSelectedCallSelected();
    void errorKeepsRowsAndRetryResumes();
    void rateLimitMidWalkResumesWithoutRefetching();
    void progressReportsLoadedOfTotal();
    void smallCaseIsLoadedCompletelyAndALargerOneIsNot();
    void counterpartUsesInstitutionContacts();
    void loadAllWalksToTheEndAndCanBeCancelled();
    void loadAllHoldsPagesBackAndInsertsThemOnce();
    void cancellingLoadAllInsertsWhatIsHeld();
    void loadAllStopsAtAFailedPageAndRetryFinishesTheWalk();
    void viewDrivenFetchingRequestsEachPageOnce();

private:
    void walkToTheEnd();
    int successfulListRequests() const;

    std::unique_ptr<LoopbackApi> m_api;
    std::unique_ptr<CallsTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCallsTableModel::init()
{
    SampleApiOptions options;
    options.callCount = 140;
    m_api = std::make_unique<LoopbackApi>(options);
    QString error;
    QVERIFY2(m_api->start(&error), qPrintable(error));
    m_api->client.setRetryPolicy(LoopbackApi::fastRetries());
    m_model = std::make_unique<CallsTableModel>(&m_api->client);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tests page by hand; viewDrivenFetchingRequestsEachPageOnce lets a tester drive it.
    m_tester->setUseFetchMore(false);
    CallsQuery query;
    query.perPage = 25;
    m_model->setQuery(query);
}

void TestCallsTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_api.reset();
}

void TestCallsTableModel::walkToTheEnd()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QVERIFY(m_model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    }
}

int TestCallsTableModel::successfulListRequests() const
{
    int count = 0;
    for (const RecordedRequest& request : m_api->server.requests()) {
        if (request.path.endsWith(u"/phone-calls"_s) && request.status == 200)
            ++count;
    }
    return count;
}

void TestCallsTableModel::firstPageThenScrollingPagesInEverything()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
    walkToTheEnd();
    QCOMPARE(idsOf(*m_model), m_api->server.callIds());
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(successfulListRequests(), (140 + 24) / 25);
    for (const RecordedRequest& request : m_api->server.requests()) {
        if (request.path.endsWith(u"/phone-calls"_s))
            QVERIFY2(!request.query.hasQueryItem(u"page"_s), "cursor paging sends no page number");
    }
}

void TestCallsTableModel::pageNumberPagingWorksToo()
{
    CallsQuery query = m_model->query();
    query.paging = CallsQuery::Paging::PageNumber;
    m_model->setQuery(query);
    m_model->setCaseId(m_api->server.caseId());
    walkToTheEnd();
    QCOMPARE(idsOf(*m_model), m_api->server.callIds());
    const auto requests = m_api->server.requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest& request) {
        return request.query.queryItemValue(u"page"_s) == u"6"_s;
    }));
}

void TestCallsTableModel::cursorWalkWhileCallsAreInsertedLosesAndDuplicatesNothing()
{
    const QStringList original = m_api->server.callIds();
    m_model->setCaseId(m_api->server.caseId());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    while (m_model->canFetchMore({})) {
        m_api->server.insertCall(); // newer than everything: a shifting page-number walk would
                                    // repeat a call
        m_model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    }
    const QStringList loaded = idsOf(*m_model);
    QCOMPARE(loaded, original);
    QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), loaded.size());
}

void TestCallsTableModel::duplicateIdsAcrossPagesAreDropped()
{
    // Page numbers shift when calls are inserted between pages, so the server repeats calls.
    CallsQuery query = m_model->query();
    query.paging = CallsQuery::Paging::PageNumber;
    m_model->setQuery(query);
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    for (int i = 0; i < 3; ++i)
        m_api->server.insertCall();
    m_model->fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    // Page 2 now starts with the last 3 calls of page 1: only 22 are new.
    QCOMPARE(m_model->rowCount(), 25 + 22);
    const QStringList loaded = idsOf(*m_model);
    QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), loaded.size());
}

void TestCallsTableModel::serverFilterAndSortReload()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    CallsQuery query = m_model->query();
    query.status = u"completed"_s;
    query.sortBy = CallsQuery::SortBy::Duration;
    query.sortOrder = CallsQuery::SortOrder::Ascending;
    m_model->setQuery(query);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    walkToTheEnd();
    QVERIFY(m_model->rowCount() > 50);
    int previous = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Call* call = m_model->callAt(row);
        QCOMPARE(call->statusWire, u"completed"_s);
        QVERIFY(call->durationSeconds.value_or(0) >= previous);
        previous = call->durationSeconds.value_or(0);
    }
    const RecordedRequest last = m_api->server.requests().constLast();
    QCOMPARE(last.query.queryItemValue(u"status"_s), u"completed"_s);
    QCOMPARE(last.query.queryItemValue(u"sort_by"_s), u"duration_seconds"_s);
    QCOMPARE(last.query.queryItemValue(u"sort_order"_s), u"asc"_s);
}

void TestCallsTableModel::staleReplyAfterFilterChangeIsDropped()
{
    m_api->server.setLatencyMs(300);
    m_model->setCaseId(m_api->server.caseId()); // unfiltered page 1 is on its way...
    QVERIFY(m_model->isLoading());
    CallsQuery query = m_model->query();
    query.status = u"no_answer"_s;
    m_model->setQuery(query); // ...when the user narrows to no_answer
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    QTest::qWait(400); // long enough for the unfiltered reply to have arrived, had it been sent on
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->callAt(row)->statusWire, u"no_answer"_s);
}

void TestCallsTableModel::refreshKeepsTheSelectedCallSelected()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    m_model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 50, loadTimeoutMs);
    QItemSelectionModel selection(m_model.get());
    const QModelIndex chosen = m_model->index(30, CallColumn::Summary);
    const QString chosenId = chosen.data(CallRole::Id).toString();
    selection.setCurrentIndex(chosen,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    m_api->server.insertCall();
    const QString newest = m_api->server.insertCall();
    QSignalSpy refreshed(m_model.get(), &CallsTableModel::refreshed);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QVERIFY(refreshed.wait(loadTimeoutMs));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_model->index(0, 0).data(CallRole::Id).toString(), newest);
    QCOMPARE(selection.currentIndex().data(CallRole::Id).toString(), chosenId);
    QCOMPARE(selection.currentIndex().row(), 32);
    QVERIFY(selection.isRowSelected(32, {}));
    // Two new calls pushed two old ones onto page 3, which the refresh read too: none is lost.
    QCOMPARE(m_model->rowCount(), 75);
    // Paging goes on after the refreshed rows.
    walkToTheEnd();
    QCOMPARE(m_model->rowCount(), 142);
}

void TestCallsTableModel::errorKeepsRowsAndRetryResumes()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    SampleApiFaults faults;
    faults.failNextCount = 2; // both attempts of the next page fail
    faults.failStatus = 503;
    m_api->server.setFaults(faults);
    QSignalSpy errors(m_model.get(), &CallsTableModel::errorOccurred);
    m_model->fetchMore({});
    QVERIFY(errors.wait(loadTimeoutMs));
    const auto error = errors.constFirst().constFirst().value<ApiError>();
    QCOMPARE(error.httpStatus, 503);
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(m_model->rowCount(), 25);
    QVERIFY2(!m_model->canFetchMore({}), "no hammering a failing server from the view");
    m_model->retry();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 50, loadTimeoutMs);
    QVERIFY(!m_model->lastError().isError());
}

void TestCallsTableModel::rateLimitMidWalkResumesWithoutRefetching()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    SampleApiFaults faults;
    faults.rateLimitNextCount = 1;
    faults.retryAfterSeconds = 1;
    m_api->server.setFaults(faults);
    QSignalSpy limited(m_model.get(), &CallsTableModel::rateLimited);
    walkToTheEnd();
    QCOMPARE(limited.size(), 1);
    QCOMPARE(m_model->rowCount(), 140);
    QCOMPARE(successfulListRequests(), 6);
    QStringList cursors;
    for (const RecordedRequest& request : m_api->server.requests()) {
        if (request.status == 200 && request.path.endsWith(u"/phone-calls"_s))
            cursors << request.query.queryItemValue(u"cursor"_s);
    }
    QCOMPARE(QSet<QString>(cursors.cbegin(), cursors.cend()).size(), cursors.size());
}

void TestCallsTableModel::progressReportsLoadedOfTotal()
{
    QSignalSpy progress(m_model.get(), &CallsTableModel::progressChanged);
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 25);
    QCOMPARE(progress.constLast().at(1).toInt(), 140);
    QCOMPARE(m_model->totalCount(), std::optional<int>(140));
}

void TestCallsTableModel::smallCaseIsLoadedCompletelyAndALargerOneIsNot()
{
    // 140 calls: over a limit of 139 the first page stays alone...
    m_model->setCompleteLoadLimit(139);
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    QVERIFY(!m_model->isLoadingAll());
    QCOMPARE(successfulListRequests(), 1);

    // ...within a limit of 140 the first page brings the rest, unasked.
    m_model->setCompleteLoadLimit(140);
    m_model->setCaseId(m_api->server.caseId()); // a new walk
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 140, loadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    QCOMPARE(idsOf(*m_model), m_api->server.callIds());
    QVERIFY(!m_model->hasMore());
}

void TestCallsTableModel::counterpartUsesInstitutionContacts()
{
    ContactListModel contacts(&m_api->client);
    QAbstractItemModelTester contactsTester(&contacts,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setContacts(&contacts);
    QSignalSpy loaded(&contacts, &ContactListModel::loaded);
    contacts.setCaseId(m_api->server.caseId());
    m_model->setCaseId(m_api->server.caseId());
    QVERIFY(loaded.wait(loadTimeoutMs));
    QCOMPARE(contacts.rowCount(), m_api->server.contactIds().size());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    int named = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Call* call = m_model->callAt(row);
        const QString counterpart = m_model->index(row, CallColumn::Counterpart).data().toString();
        if (const InstitutionContact* contact = contacts.contact(call->institutionContactId)) {
            QCOMPARE(counterpart, contact->displayName());
            ++named;
        } else {
            QVERIFY2(counterpart.startsWith(u'+'),
                     qPrintable(counterpart)); // falls back to the number
        }
    }
    QVERIFY(named > 10);
}

void TestCallsTableModel::loadAllWalksToTheEndAndCanBeCancelled()
{
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QSignalSpy loadingAll(m_model.get(), &CallsTableModel::loadingAllChanged);
    m_model->loadAll();
    QVERIFY(m_model->isLoadingAll());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoadingAll(), loadTimeoutMs);
    QCOMPARE(m_model->rowCount(), 140);
    QCOMPARE(loadingAll.size(), 2);

    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    m_api->server.setLatencyMs(200);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 50, loadTimeoutMs);
    m_model->cancelLoadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    const int rowsWhenCancelled = m_model->rowCount();
    QTest::qWait(300);
    QCOMPARE(m_model->rowCount(), rowsWhenCancelled);
    QVERIFY(rowsWhenCancelled < 140);
    QVERIFY(m_model->canFetchMore({}));
}

void TestCallsTableModel::loadAllHoldsPagesBackAndInsertsThemOnce()
{
    // The reference order: the same case paged in by hand, one insert a page.
    m_model->setCaseId(m_api->server.caseId());
    walkToTheEnd();
    const QStringList pageByPage = idsOf(*m_model);
    QCOMPARE(pageByPage.size(), 140);

    m_model->setHoldInterval(std::chrono::minutes(1)); // only the end of the walk inserts
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy progress(m_model.get(), &CallsTableModel::progressChanged);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoadingAll(), loadTimeoutMs);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 25);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 139);
    QCOMPARE(idsOf(*m_model), pageByPage);
    // Progress counts held calls: it moved a page at a time while the table stayed at 25 rows.
    QList<int> loaded;
    for (const QList<QVariant>& arguments : std::as_const(progress))
        loaded << arguments.at(0).toInt();
    QVERIFY2(loaded.contains(50) && loaded.contains(125), qPrintable(QDebug::toString(loaded)));
    QCOMPARE(loaded.constLast(), 140);
    // Pages asked for ahead are each asked for once: 6 for the walk by hand, 6 for this one.
    QCOMPARE(successfulListRequests(), 12);
}

void TestCallsTableModel::loadAllStopsAtAFailedPageAndRetryFinishesTheWalk()
{
    m_model->setCaseId(m_api->server.caseId());
    walkToTheEnd();
    const QStringList pageByPage = idsOf(*m_model);
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    SampleApiFaults faults;
    faults.failEveryNth = 3; // some pages fail, including ones asked for ahead
    faults.failStatus = 400; // not retried: the walk stops there
    m_api->server.setFaults(faults);
    QSignalSpy errors(m_model.get(), &CallsTableModel::errorOccurred);
    for (int attempt = 0; attempt < 20 && m_model->rowCount() < 140; ++attempt) {
        m_model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoadingAll() && !m_model->isLoading(), loadTimeoutMs);
        if (m_model->lastError().isError())
            m_model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(idsOf(*m_model), pageByPage); // nothing lost, nothing twice, in order
}

void TestCallsTableModel::cancellingLoadAllInsertsWhatIsHeld()
{
    m_model->setHoldInterval(std::chrono::minutes(1));
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, loadTimeoutMs);
    m_api->server.setLatencyMs(100);
    int loaded = 0;
    connect(m_model.get(), &CallsTableModel::progressChanged, this,
            [&loaded](int calls) { loaded = calls; });
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(loaded >= 75, loadTimeoutMs);
    QCOMPARE(m_model->rowCount(), 25); // held back
    m_model->cancelLoadAll();
    QCOMPARE(m_model->rowCount(), loaded); // at once, nothing lost
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    QVERIFY(m_model->rowCount() < 140);
    QVERIFY(m_model->canFetchMore({}));
}

void TestCallsTableModel::viewDrivenFetchingRequestsEachPageOnce()
{
    // A tester that calls fetchMore() whenever it checks the model behaves like a view that keeps
    // scrolling: every page must be requested exactly once, the first included.
    QAbstractItemModelTester eager(m_model.get(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCaseId(m_api->server.caseId());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 140, loadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), loadTimeoutMs);
    QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
    QCOMPARE(successfulListRequests(), 6);
}

QTEST_GUILESS_MAIN(TestCallsTableModel)
#include "tst_callstablemodel.moc"
