// SPDX-License-Identifier: MIT
// The main window driven the way a case worker uses it: keyboard and mouse on real widgets,
// the sample server behind them.
#include "CallColumns.h"
#include "CallDetailView.h"
#include "CallFilterProxyModel.h"
#include "CallsTableView.h"
#include "ErrorBanner.h"
#include "FilterPane.h"
#include "MainWindowFixture.h"
#include "PlayerPane.h"
#include "RecordingFetcher.h"

#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 15000;

int rowOfCallWithSummaryContaining(const QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CallColumn::Summary).data(Qt::ToolTipRole).toString().contains(text))
            return row;
    }
    return -1;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        QVERIFY(m_fixture->open());
    }
    void cleanup() { m_fixture.reset(); }

    void selectingACallShowsItsSummaryAndActionItems()
    {
        CallsTableView* view = m_fixture->window->callsView();
        const int row = rowOfCallWithSummaryContaining(view->model(), u"Letters Testamentary"_s);
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, CallColumn::Summary);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const QString callId = index.data(CallRole::Id).toString();
        QTRY_COMPARE(m_fixture->window->detailView()->callId(), callId);
        auto* summary = m_fixture->window->detailView()->findChild<QTextEdit*>(u"summaryText"_s);
        QVERIFY(summary);
        QVERIFY(summary->toPlainText().contains(u"Letters Testamentary"_s));
        const Call* call = m_fixture->calls.callAt(m_fixture->calls.rowOfCall(callId));
        const auto checks =
            m_fixture->window->detailView()->findChildren<QWidget*>(u"actionItemText"_s);
        QCOMPARE(checks.size(), call->actionItems.size());
    }

    void typingASearchNarrowsTheTableAndUpdatesTheCount()
    {
        auto* search = m_fixture->window->filterPane()->findChild<QLineEdit*>(u"searchField"_s);
        auto* count = m_fixture->window->filterPane()->findChild<QLabel*>(u"matchCount"_s);
        const int before = m_fixture->window->callsView()->model()->rowCount();
        QTest::keySequence(m_fixture->window.get(), QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"testamentary"_s);
        const int after = m_fixture->window->callsView()->model()->rowCount();
        QVERIFY(after > 0);
        QVERIFY(after < before);
        QVERIFY2(count->text().startsWith(u"%1 of %2"_s.arg(after).arg(before)),
                 qPrintable(count->text()));
        for (int row = 0; row < after; ++row) {
            const Call* call = m_fixture->window->filterModel()->callAt(row);
            const QString all = call->summary + call->transcript + call->notes
                + (call->actionItems.isEmpty() ? QString() : call->actionItems.first().description);
            QVERIFY(all.contains(u"testamentary"_s, Qt::CaseInsensitive)
                    || call->actionItems.size() > 1);
        }
        search->clear();
        QCOMPARE(m_fixture->window->callsView()->model()->rowCount(), before);
    }

    void choosingAStatusAsksTheServer()
    {
        auto* status = m_fixture->window->filterPane()->findChild<QComboBox*>(u"statusFilter"_s);
        m_fixture->server.clearRequests();
        status->setCurrentIndex(status->findData(u"no_answer"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->calls.isLoading() && m_fixture->calls.rowCount() > 0,
                                 timeoutMs);
        const auto requests = m_fixture->server.requests();
        QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest& request) {
            return request.query.queryItemValue(u"status"_s) == u"no_answer"_s;
        }));
        for (int row = 0; row < m_fixture->calls.rowCount(); ++row)
            QCOMPARE(m_fixture->calls.callAt(row)->statusWire, u"no_answer"_s);
        auto* summary = m_fixture->window->filterPane()->findChild<QLabel*>(u"filterSummary"_s);
        QVERIFY2(summary->text().contains(u"No answer"_s), qPrintable(summary->text()));
    }

    void keyboardMovesBetweenCalls()
    {
        CallsTableView* view = m_fixture->window->callsView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        QTRY_COMPARE(m_fixture->window->detailView()->callId(),
                     view->model()->index(1, 0).data(CallRole::Id).toString());
    }

    void htmlInASummaryIsShownLiterally()
    {
        m_fixture->calls.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->calls.isLoadingAll(), timeoutMs);
        CallsTableView* view = m_fixture->window->callsView();
        const int row = rowOfCallWithSummaryContaining(view->model(), u"<a href="_s);
        QVERIFY(row >= 0);
        view->setCurrentIndex(view->model()->index(row, 0));
        auto* summary = m_fixture->window->detailView()->findChild<QTextEdit*>(u"summaryText"_s);
        QTRY_VERIFY(summary->toPlainText().contains(u"<b>Urgent:</b>"_s));
        QVERIFY(summary->toPlainText().contains(u"<a href=\"https://example.com/upload\">"_s));
        QVERIFY(!summary->toHtml().contains(u"<a href=\"https://example.com/upload\">"_s));
    }

    void unauthorizedMidSessionKeepsTheLoadedRows()
    {
        const int loaded = m_fixture->calls.rowCount();
        m_fixture->client.setToken(u"expired-token"_s);
        // The window asks for a new token in a dialog; answer it as a user would.
        QTimer::singleShot(0, this, [this] { answerTokenPrompt(); });
        m_fixture->calls.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->calls.rowCount() > loaded, timeoutMs);
        QVERIFY(m_answeredPrompt);
        for (int row = 0; row < loaded; ++row)
            QVERIFY(m_fixture->calls.callAt(row));
    }

    void actionItemsPaneJumpsToTheCall()
    {
        auto* list = m_fixture->window->findChild<QListView*>(u"actionItemsView"_s);
        auto* dock = m_fixture->window->findChild<QDockWidget*>(u"actionItemsDock"_s);
        QVERIFY(list && dock);
        QVERIFY2(dock->windowTitle().contains(u"open"_s), qPrintable(dock->windowTitle()));
        QVERIFY(list->model()->rowCount() > 0);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString callId = list->currentIndex().data(Qt::UserRole + 1).toString();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_fixture->window->callsView()->currentCallId(), callId);
        QTRY_COMPARE(m_fixture->window->detailView()->callId(), callId);
    }

    void errorsKeepRowsAndOfferRetry()
    {
        const int loaded = m_fixture->calls.rowCount();
        SampleApiFaults faults;
        faults.failNextCount = 2;
        faults.failStatus = 503;
        m_fixture->server.setFaults(faults);
        m_fixture->calls.fetchMore({});
        ErrorBanner* banner = m_fixture->window->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeoutMs);
        QVERIFY(banner->text().contains(u"503"_s));
        QVERIFY(banner->text().contains(u"req"_s, Qt::CaseInsensitive));
        QCOMPARE(m_fixture->calls.rowCount(), loaded);
        auto* retry = banner->findChild<QWidget*>(u"retryButton"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->calls.rowCount() > loaded, timeoutMs);
        QVERIFY(!banner->isVisible());
    }

    void smallCaseLoadsCompletelyForTheActionItems()
    {
        SampleApiServer small;
        QVERIFY(small.listen());
        m_fixture->client.setBaseUrl(small.baseUrl());
        m_fixture->calls.setCaseId(small.caseId());
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->calls.rowCount(), 140, timeoutMs);
        auto* dock = m_fixture->window->findChild<QDockWidget*>(u"actionItemsDock"_s);
        QTRY_VERIFY2(!dock->windowTitle().contains(u" of "_s), qPrintable(dock->windowTitle()));
        QVERIFY(dock->windowTitle().contains(u"open)"_s));
    }

    void spacePlaysTheSelectedCallsRecording()
    {
        QTemporaryDir cache;
        RecordingFetcher fetcher(&m_fixture->client, &m_fixture->network, cache.path());
        fetcher.setCaseId(m_fixture->server.caseId());
        m_fixture->window->setRecordingFetcher(&fetcher);
        CallsTableView* view = m_fixture->window->callsView();
        int row = 0;
        while (row < m_fixture->calls.rowCount()
               && !(m_fixture->calls.callAt(row)->hasRecording()
                    && m_fixture->calls.callAt(row)->durationSeconds.value_or(0) < 180))
            ++row;
        QVERIFY(row < m_fixture->calls.rowCount());
        view->setCurrentIndex(view->model()->index(row, 0));
        CallDetailView* detail = m_fixture->window->detailView();
        QTRY_COMPARE(detail->callId(), m_fixture->calls.callAt(row)->id);
        detail->player()->setFocus();
        QTest::keyClick(detail->player(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(detail->player()->position() > 0, timeoutMs);
        QVERIFY(detail->player()->isPlaying());
        // Another call stops the one playing.
        view->setCurrentIndex(view->model()->index(row == 0 ? 1 : 0, 0));
        QTRY_VERIFY(!detail->player()->isPlaying());
        m_fixture.reset(); // the window goes before the fetcher it points to
    }

    void emptyTableSaysWhy()
    {
        auto* search = m_fixture->window->filterPane()->findChild<QLineEdit*>(u"searchField"_s);
        QTest::keyClicks(search, u"zqxjvwk"_s);
        CallsTableView* view = m_fixture->window->callsView();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(view->accessibleDescription().contains(u"No loaded call matches"_s),
                 qPrintable(view->accessibleDescription()));
        search->clear();
        QVERIFY(view->model()->rowCount() > 0);
    }

private:
    void answerTokenPrompt()
    {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, this, [this] { answerTokenPrompt(); });
            return;
        }
        m_answeredPrompt = true;
        dialog->setTextValue(m_fixture->server.token());
        dialog->accept();
    }

    std::unique_ptr<MainWindowFixture> m_fixture;
    bool m_answeredPrompt = false;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
