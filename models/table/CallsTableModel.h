// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "CallPage.h"
#include "CallRowsModel.h"
#include "CallWalk.h"
#include "CallsQuery.h"
#include "HeldCalls.h"
#include "PageAhead.h"

#include <QPointer>
#include <QSet>

class ApiClient;
class CallPageReply;
class ContactListModel;

// The calls of one case, paged in from the API as the view scrolls (canFetchMore/fetchMore).
// Changing the case or the query starts a new walk; a reply that belongs to an older walk never
// lands. Errors never remove rows: they stop loading until retry().
class CallsTableModel : public CallRowsModel {
    Q_OBJECT
public:
    explicit CallsTableModel(ApiClient* client, QObject* parent = nullptr);

    void setCaseId(const QString& caseId);
    QString caseId() const { return m_caseId; }
    void setQuery(const CallsQuery& query);
    CallsQuery query() const { return m_query; }
    // Names counterparts after their institution contact; optional.
    void setContacts(ContactListModel* contacts);

    // Re-reads from the start as far as was loaded, then merges: rows keep their identity, so
    // selections and persistent indexes follow their calls.
    void refresh();
    // Resumes loading after an error, from where it stopped.
    void retry();
    // Keeps fetching pages until the walk ends (for searches that must cover the whole case).
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    // A case of at most `calls` calls is a few requests: once the first page says how many
    // there are, the model loads it all, so that action items and searches cover the whole case
    // without the user asking. 0 (the default) never does.
    void setCompleteLoadLimit(int calls) { m_completeLoadLimit = calls; }
    // While loading all, rows after the first page go in together once `interval` has passed
    // since the first of them arrived, and when the load ends (100 ms unless set).
    void setHoldInterval(std::chrono::milliseconds interval) { m_held.setInterval(interval); }

    bool isLoading() const { return !m_pending.isNull() || m_arrivalQueued; }
    bool isRefreshing() const { return m_refreshing; }
    bool hasMore() const { return m_walk.hasMore(); }
    std::optional<int> totalCount() const { return m_walk.totalCount(); }
    ApiError lastError() const { return m_lastError; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadingChanged(bool loading);
    // `total` is -1 while the server has not said.
    void progressChanged(int loaded, int total);
    void errorOccurred(const ApiError& error);
    void rateLimited(const QDateTime& retryAt);
    void refreshed();
    void loadingAllChanged(bool loadingAll);

private:
    void restart();
    CallWalk& activeWalk();

    void requestPage();
    CallPageReply* startRequest(const PagePosition& position);
    void requestAhead(const PageMeta& meta);
    bool adoptAhead();
    void onReplyFinished(CallPageReply* reply);
    void onPageArrived(const ArrivedPage& arrived);
    int stageRefreshPage(const QList<Call>& calls);
    void finishRefresh();
    void insertHeld();
    void fail(const ApiError& error);
    void setLoadingAll(bool loadingAll);
    void emitProgress();
    void loadSmallCaseCompletely(int loaded, int total);

    ApiClient* m_client;
    QPointer<ContactListModel> m_contacts;
    QString m_caseId;
    CallsQuery m_query;
    CallWalk m_walk;
    CallWalk m_refreshWalk; // the walk a refresh reads with, while m_walk keeps what is shown
    QPointer<CallPageReply> m_pending;
    PageAhead m_ahead; // loading all: the page after the pending one, asked for early
    bool m_arrivalQueued = false; // an adopted page that had already arrived, on its way in
    int m_completeLoadLimit = 0;
    HeldCalls m_held; // pages decoded while loading everything, not inserted yet
    quint64 m_generation = 0;
    ApiError m_lastError;
    bool m_refreshing = false;
    bool m_loadingAll = false;
    QList<Call> m_staged; // a refresh's pages, merged when it has read as far as before
    QSet<QString> m_stagedIds;
    QSet<QString> m_refreshAwaited; // ids shown before the refresh that it has not read yet
};
