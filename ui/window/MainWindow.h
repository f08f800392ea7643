// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class ActionItemsModel;
class ActionItemsPane;
class ApiClient;
class CallDetailView;
class CallFilterProxyModel;
class CallPresentationProxy;
class CallsTableModel;
class CallsTableView;
class ContactListModel;
class ErrorBanner;
class FilterPane;
class QDockWidget;
class RecordingFetcher;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
struct ApiError;

// The case window: filter pane (dock, left), calls table (centre), detail view (splitter, right),
// action items (dock). Menus, toolbar and status bar; window, dock and splitter state are
// restored between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ApiClient* client, CallsTableModel* calls, ContactListModel* contacts,
               QWidget* parent = nullptr);

    CallsTableView* callsView() const { return m_view; }
    CallDetailView* detailView() const { return m_detail; }
    FilterPane* filterPane() const { return m_filterPane; }
    ErrorBanner* errorBanner() const { return m_banner; }
    CallFilterProxyModel* filterModel() const { return m_filter; }
    // Shows the case's label in the title ("Estate of Margaret Ellis — Case Calls").
    void setCaseLabel(const QString& label);
    // Recordings come through `fetcher` (not owned); adds the recording actions.
    void setRecordingFetcher(RecordingFetcher* fetcher);
    // Hides the error banner (a new token is in and the load resumes).
    void hideError();
    RecordingFetcher* recordingFetcher() const { return m_recordings; }

signals:
    // Ctrl+L: the composition root owns the connection dialog.
    void openCaseRequested();
    // Case → Sign Out…: the composition root confirms, then forgets tokens and recordings.
    void signOutRequested();
    // The server refused the token (401), once the model has settled on the error: the
    // composition root asks for a new one. The rows stay; retry() resumes where it stopped.
    void tokenRejected(const ApiError& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createActions();
    void restoreSettings();
    void saveSettings() const;
    void showCurrentCall(const QString& callId);
    void onRowsChanged();
    void updateEmptyText();
    void onProgress(int loaded, int total);
    void onError(const ApiError& error);
    void onServerSort(int column, Qt::SortOrder order);
    void onRefreshed();
    void jumpToCall(const QString& callId);

    ApiClient* m_client;
    CallsTableModel* m_calls;
    ContactListModel* m_contacts;
    CallFilterProxyModel* m_filter;
    CallPresentationProxy* m_presentation;
    ActionItemsModel* m_actionItems;
    ErrorBanner* m_banner;
    CallsTableView* m_view;
    CallDetailView* m_detail;
    QSplitter* m_splitter;
    FilterPane* m_filterPane;
    ActionItemsPane* m_actionPane;
    QDockWidget* m_filterDock = nullptr;
    QDockWidget* m_actionDock = nullptr;
    QLabel* m_loaded;
    QLabel* m_activity;
    QLabel* m_lastRefresh;
    QMenu* m_recordingMenu = nullptr;
    RecordingFetcher* m_recordings = nullptr;
};
