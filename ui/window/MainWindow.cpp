// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ActionItemsModel.h"
#include "ActionItemsPane.h"
#include "ApiClient.h"
#include "CallColumns.h"
#include "CallDetailView.h"
#include "CallFilterProxyModel.h"
#include "CallPresentationProxy.h"
#include "CallsTableModel.h"
#include "CallsTableView.h"
#include "ContactListModel.h"
#include "DiagnosticLog.h"
#include "EmptyTableText.h"
#include "ErrorBanner.h"
#include "FilterPane.h"
#include "PlainLabel.h"
#include "PlayerPane.h"
#include "RecordingFetcher.h"
#include "UiResources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(ApiClient* client, CallsTableModel* calls, ContactListModel* contacts,
                       QWidget* parent)
    : QMainWindow(parent),
      m_client(client),
      m_calls(calls),
      m_contacts(contacts),
      m_filter(new CallFilterProxyModel(this)),
      m_presentation(new CallPresentationProxy(this)),
      m_actionItems(new ActionItemsModel(this)),
      m_banner(new ErrorBanner(this)),
      m_view(new CallsTableView(this)),
      m_detail(new CallDetailView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_filterPane(new FilterPane(this)),
      m_actionPane(new ActionItemsPane(m_actionItems, this)),
      m_loaded(new PlainLabel(this)),
      m_activity(new PlainLabel(this)),
      m_lastRefresh(new PlainLabel(this))
{
    ensureUiResources();
    setWindowTitle(tr("Case Calls"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/casecalls.svg")));
    m_filter->setSourceModel(calls);
    m_actionItems->setSourceModel(calls);
    m_presentation->setSourceModel(m_filter);
    m_view->setModel(m_presentation);
    m_view->showServerSort(CallColumn::When, Qt::DescendingOrder);
    m_view->sizeColumns();
    m_filterPane->setContacts(contacts);
    m_filterPane->setServerQuery(calls->query());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(centre);

    m_loaded->setObjectName(QStringLiteral("loadedCount"));
    statusBar()->addWidget(m_loaded, 1);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_lastRefresh);

    createDocks();
    createActions();

    connect(m_view, &CallsTableView::currentCallChanged, this, &MainWindow::showCurrentCall);
    connect(m_view, &CallsTableView::serverSortRequested, this, &MainWindow::onServerSort);
    connect(m_filterPane, &FilterPane::serverQueryChanged, calls, &CallsTableModel::setQuery);
    connect(m_filterPane, &FilterPane::localFilterChanged, this, [this](const LocalFilter& filter) {
        m_filter->setLocalFilter(filter);
        m_detail->setHighlightTerms(m_filter->highlightTerms());
    });
    connect(m_filterPane, &FilterPane::loadAllRequested, calls, &CallsTableModel::loadAll);
    connect(m_filterPane, &FilterPane::cancelLoadAllRequested, calls,
            &CallsTableModel::cancelLoadAll);
    connect(m_filter, &CallFilterProxyModel::matchCountChanged, this, &MainWindow::onRowsChanged);
    connect(calls, &CallsTableModel::progressChanged, this, &MainWindow::onProgress);
    connect(calls, &CallsTableModel::loadingAllChanged, this,
            [this] { onProgress(m_calls->rowCount(), -1); });
    connect(calls, &CallsTableModel::errorOccurred, this, &MainWindow::onError);
    connect(calls, &CallsTableModel::loadingChanged, this, &MainWindow::updateEmptyText);
    connect(calls, &CallsTableModel::errorOccurred, this, &MainWindow::updateEmptyText);
    connect(calls, &CallsTableModel::refreshed, this, &MainWindow::onRefreshed);
    connect(calls, &CallsTableModel::rateLimited, this, [this](const QDateTime& retryAt) {
        statusBar()->showMessage(
            tr("Rate limited by the server: waiting until %1")
                .arg(QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat)),
            10000);
    });
    connect(calls, &QAbstractItemModel::dataChanged, this,
            [this] { showCurrentCall(m_view->currentCallId()); });
    connect(calls, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        m_banner->hide();
    });
    connect(m_banner, &ErrorBanner::retryRequested, calls, &CallsTableModel::retry);
    connect(client, &ApiClient::activeRequestCountChanged, this,
            [this](int count) { m_activity->setText(count > 0 ? tr("Loading…") : QString()); });
    connect(m_actionPane, &ActionItemsPane::callActivated, this, &MainWindow::jumpToCall);
    connect(contacts, &ContactListModel::errorOccurred, this, [this](const ApiError&) {
        statusBar()->showMessage(
            tr("Institution names could not be loaded; calls show numbers instead."), 10000);
    });

    resize(1320, 820);
    restoreSettings();
    onProgress(0, -1);
    // The first page of every new walk counts as an update, like a refresh.
    connect(calls, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_lastRefresh->text().isEmpty())
            onRefreshed();
    });
    connect(calls, &QAbstractItemModel::modelReset, m_lastRefresh, &QLabel::clear);
    // A case of a few hundred calls is a few requests: the whole of it, so that the action
    // items pane and searches cover the case without the user asking.
    calls->setCompleteLoadLimit(500);
}

void MainWindow::setCaseLabel(const QString& label)
{
    setWindowTitle(label.isEmpty() ? tr("Case Calls") : tr("%1 — Case Calls").arg(label));
}

void MainWindow::createDocks()
{
    m_filterDock = new QDockWidget(tr("Filters"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filterPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);

    m_actionDock = new QDockWidget(m_actionPane->title(), this);
    m_actionDock->setObjectName(QStringLiteral("actionItemsDock"));
    m_actionDock->setWidget(m_actionPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_actionDock);
    connect(m_actionPane, &ActionItemsPane::titleChanged, m_actionDock,
            &QDockWidget::setWindowTitle);
}

void MainWindow::createActions()
{
    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction* open = caseMenu->addAction(tr("&Open Case…"), this, &MainWindow::openCaseRequested);
    open->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Open});
    QAction* refresh = caseMenu->addAction(tr("&Refresh"), m_calls, &CallsTableModel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    QAction* loadAll =
        caseMenu->addAction(tr("Load &All Calls"), m_calls, &CallsTableModel::loadAll);
    caseMenu->addSeparator();
    QAction* signOut = caseMenu->addAction(tr("Sign &Out…"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QAction* quit = caseMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find =
        editMenu->addAction(tr("&Find in Calls"), m_filterPane, &FilterPane::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* findInTranscript =
        editMenu->addAction(tr("Find in &Transcript"), m_detail, &CallDetailView::focusFind);
    findInTranscript->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    editMenu->addAction(tr("&Clear All Filters"), m_filterPane, &FilterPane::clearAll);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_filterDock->toggleViewAction());
    viewMenu->addAction(m_actionDock->toggleViewAction());
    QAction* focusTable =
        viewMenu->addAction(tr("Go to &Calls"), m_view, qOverload<>(&QWidget::setFocus));
    focusTable->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction* focusItems = viewMenu->addAction(tr("Go to &Action Items"), this, [this] {
        m_actionDock->show();
        m_actionPane->view()->setFocus();
    });
    focusItems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    m_recordingMenu = menuBar()->addMenu(tr("&Recording"));
    PlayerPane* player = m_detail->player();
    QAction* playPause =
        m_recordingMenu->addAction(tr("&Play or Pause"), player, &PlayerPane::togglePlayPause);
    playPause->setShortcuts(
        {QKeySequence(Qt::Key_MediaTogglePlayPause), QKeySequence(Qt::Key_MediaPlay)});
    QAction* pause = new QAction(tr("Pause"), this);
    pause->setShortcut(QKeySequence(Qt::Key_MediaPause));
    connect(pause, &QAction::triggered, player, &PlayerPane::pause);
    addAction(pause);
    QAction* saveAs =
        m_recordingMenu->addAction(tr("&Save Recording As…"), player, &PlayerPane::saveRecordingAs);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAs->setEnabled(false);
    connect(player, &PlayerPane::canSaveRecordingChanged, saveAs, &QAction::setEnabled);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    // For problem reports: the log file is found by the person, not attached behind their back.
    helpMenu
        ->addAction(tr("Open &Log Folder"), this,
                    [] {
                        const QString log = DiagnosticLog::filePath();
                        if (!log.isEmpty())
                            QDesktopServices::openUrl(
                                QUrl::fromLocalFile(QFileInfo(log).absolutePath()));
                    })
        ->setEnabled(!DiagnosticLog::filePath().isEmpty());
    helpMenu->addAction(tr("&About Case Calls"), this, [this] {
        QMessageBox::about(this, tr("About Case Calls"),
                           tr("Case Calls %1\nReview the phone calls of an estate case.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(refresh);
    toolbar->addAction(loadAll);
}

void MainWindow::setRecordingFetcher(RecordingFetcher* fetcher)
{
    m_recordings = fetcher;
    m_detail->setRecordingFetcher(fetcher);
    m_recordingMenu->addSeparator();
    m_recordingMenu->addAction(tr("&Clear Cached Recordings"), this, [this, fetcher] {
        statusBar()->showMessage(fetcher->clearCache()
                                     ? tr("Cached recordings removed.")
                                     : tr("Some cached recordings could not be removed."),
                                 8000);
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showCurrentCall(const QString& callId)
{
    const Call* call = callId.isEmpty() ? nullptr : m_calls->callAt(m_calls->rowOfCall(callId));
    if (!call) {
        m_detail->clear();
        return;
    }
    m_detail->showCall(*call, m_contacts->contact(call->institutionContactId));
}

void MainWindow::onRowsChanged()
{
    m_filterPane->setMatchCount(m_filter->matchCount(), m_calls->rowCount());
    updateEmptyText();
}

void MainWindow::updateEmptyText()
{
    EmptyTableText::State state;
    state.caseOpen = !m_calls->caseId().isEmpty();
    state.loadedRows = m_calls->rowCount();
    state.loading = m_calls->isLoading();
    state.failed = m_calls->lastError().isError();
    state.serverFiltered =
        !m_calls->query().status.isEmpty() || !m_calls->query().institutionContactId.isEmpty();
    state.matchingRows = m_filter->matchCount();
    state.hasMore = m_calls->hasMore();
    m_view->setEmptyText(EmptyTableText::of(state));
}

void MainWindow::onProgress(int loaded, int total)
{
    if (total < 0 && m_calls->totalCount())
        total = *m_calls->totalCount();
    m_loaded->setText(total >= 0 ? tr("Loaded %L1 of %Ln calls", nullptr, total).arg(loaded)
                                 : tr("Loaded %Ln calls", nullptr, loaded));
    m_filterPane->setLoadAllState(m_calls->isLoadingAll(), loaded, total);
    onRowsChanged();
}

void MainWindow::onError(const ApiError& error)
{
    m_banner->showError(error);
    // Asked once the model has settled on the error, so that retry() resumes where it stopped.
    if (error.httpStatus == 401)
        QTimer::singleShot(0, this, [this, error] { emit tokenRejected(error); });
}

void MainWindow::hideError()
{
    m_banner->hide();
}

void MainWindow::onServerSort(int column, Qt::SortOrder order)
{
    CallsQuery query = m_calls->query();
    query.sortBy = column == CallColumn::Duration ? CallsQuery::SortBy::Duration
                                                  : CallsQuery::SortBy::CreatedAt;
    query.sortOrder = order == Qt::AscendingOrder ? CallsQuery::SortOrder::Ascending
                                                  : CallsQuery::SortOrder::Descending;
    m_filterPane->setServerQuery(query);
    m_calls->setQuery(query);
}

void MainWindow::onRefreshed()
{
    m_lastRefresh->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::jumpToCall(const QString& callId)
{
    if (!m_view->selectCall(callId)) {
        // Hidden by a local filter: clear them rather than jump nowhere.
        m_filterPane->clearLocal();
        m_view->selectCall(callId);
    }
    m_view->setFocus();
}
