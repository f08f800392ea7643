// SPDX-License-Identifier: MIT
#include "CallsTableModel.h"

#include "ApiClient.h"
#include "CallColumnText.h"
#include "CallColumns.h"
#include "CallPageReply.h"
#include "ContactListModel.h"

#include <QScopeGuard>
#include <QSet>

CallsTableModel::CallsTableModel(ApiClient* client, QObject* parent)
    : CallRowsModel(parent), m_client(client)
{
    connect(&m_held, &HeldCalls::due, this, &CallsTableModel::insertHeld);
}

void CallsTableModel::setCaseId(const QString& caseId)
{
    m_caseId = caseId;
    restart();
}

void CallsTableModel::setQuery(const CallsQuery& query)
{
    if (query == m_query)
        return;
    m_query = query;
    restart();
}

void CallsTableModel::setContacts(ContactListModel* contacts)
{
    if (m_contacts)
        m_contacts->disconnect(this);
    m_contacts = contacts;
    if (!contacts)
        return;
    const auto renameCounterparts = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, CallColumn::Counterpart),
                             index(rowCount() - 1, CallColumn::Counterpart));
    };
    connect(contacts, &QAbstractItemModel::rowsInserted, this, renameCounterparts);
    connect(contacts, &QAbstractItemModel::modelReset, this, renameCounterparts);
    renameCounterparts();
}

void CallsTableModel::restart()
{
    ++m_generation;
    m_arrivalQueued = false; // dropped with its generation
    if (m_pending)
        m_pending->abort();
    m_ahead.drop();
    beginResetModel();
    clearRows();
    m_held.clear();
    m_walk = CallWalk(m_query.paging);
    m_refreshing = false;
    m_staged.clear();
    m_stagedIds.clear();
    m_lastError = {};
    // The first page is requested before the reset ends, so that views and testers that call
    // fetchMore() on reset see a load in flight instead of starting a second one.
    if (!m_caseId.isEmpty())
        requestPage();
    endResetModel();
    setLoadingAll(false);
    emitProgress();
}

void CallsTableModel::refresh()
{
    if (m_caseId.isEmpty())
        return;
    insertHeld(); // the refresh re-reads what is shown
    ++m_generation;
    m_arrivalQueued = false; // dropped with its generation
    if (m_pending)
        m_pending->abort();
    m_ahead.drop();
    m_refreshing = true;
    m_refreshWalk = CallWalk(m_query.paging);
    m_staged.clear();
    m_stagedIds.clear();
    const QList<QString> shown = callIds();
    m_refreshAwaited = QSet<QString>(shown.cbegin(), shown.cend());
    m_lastError = {};
    requestPage();
}

void CallsTableModel::loadAll()
{
    setLoadingAll(true);
    if (canFetchMore({}))
        requestPage();
    else if (!isLoading())
        setLoadingAll(false);
}

void CallsTableModel::cancelLoadAll()
{
    setLoadingAll(false);
}

void CallsTableModel::setLoadingAll(bool loadingAll)
{
    if (m_loadingAll == loadingAll)
        return;
    m_loadingAll = loadingAll;
    if (!loadingAll) {
        m_ahead.drop();
        insertHeld();
    }
    emit loadingAllChanged(loadingAll);
}

void CallsTableModel::retry()
{
    if (!m_lastError.isError() || isLoading())
        return;
    m_lastError = {};
    if (m_refreshing || m_walk.hasMore())
        requestPage();
}

CallWalk& CallsTableModel::activeWalk()
{
    return m_refreshing ? m_refreshWalk : m_walk;
}

void CallsTableModel::requestPage()
{
    if (!adoptAhead())
        m_pending = startRequest(activeWalk().nextPosition());
    emit loadingChanged(true);
}

CallPageReply* CallsTableModel::startRequest(const PagePosition& position)
{
    CallPageReply* reply = m_client->listCalls(m_caseId, m_query, position);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::rateLimited, this, &CallsTableModel::rateLimited);
    connect(reply, &CallPageReply::metaDecoded, this,
            [this, reply, generation](const PageMeta& meta) {
                if (generation != m_generation)
                    return;
                // The signal may come late, after the walk moved past this page: only for the
                // pending page, or for the page ahead, which asks for its successor once it is
                // the pending one.
                if (reply == m_pending)
                    requestAhead(meta);
                else
                    m_ahead.metaDecoded(reply, meta);
            });
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        // A reply for an older case, query or refresh never lands.
        if (generation == m_generation)
            onReplyFinished(reply);
    });
    return reply;
}

// Decoding a page is quick, preparing its calls for search is not: asking for the next page
// in between lets the server and the network work while this page is prepared.
void CallsTableModel::requestAhead(const PageMeta& meta)
{
    if (!m_loadingAll || m_refreshing || m_lastError.isError())
        return;
    if (const std::optional<PagePosition> position = m_ahead.positionAfter(m_walk, meta))
        m_ahead.start(startRequest(*position), *position);
}

// Takes the page asked for ahead as the pending one, if it is the page the walk wants next.
bool CallsTableModel::adoptAhead()
{
    if (m_refreshing) {
        m_ahead.drop();
        return false;
    }
    std::optional<PageAhead::Adopted> adopted = m_ahead.adopt(m_walk.nextPosition());
    if (!adopted)
        return false;
    // Its cursor came while the page before it was being prepared: ask for the next one now.
    const auto askForTheNext = qScopeGuard([this, &adopted] {
        if (adopted->meta)
            requestAhead(*adopted->meta);
    });
    if (!adopted->arrived) {
        m_pending = adopted->reply;
        return true;
    }
    // It arrived already; it goes in after the caller has finished with the page before it.
    m_arrivalQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, arrived = *std::move(adopted->arrived)] {
            if (generation != m_generation)
                return;
            m_arrivalQueued = false;
            onPageArrived(arrived);
        },
        Qt::QueuedConnection);
    return true;
}

void CallsTableModel::onReplyFinished(CallPageReply* reply)
{
    ArrivedPage arrived {reply->error(), reply->page(), reply->requestId()};
    if (reply == m_pending) {
        onPageArrived(arrived);
    } else {
        m_ahead.finished(reply, std::move(arrived));
    }
}

void CallsTableModel::onPageArrived(const ArrivedPage& arrived)
{
    m_pending = nullptr;
    emit loadingChanged(false);
    const ApiError& error = arrived.error;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.isError()) {
        fail(error);
        return;
    }
    const CallPage& page = arrived.page;
    QString stopReason;
    if (m_refreshing) {
        stopReason = m_refreshWalk.advance(page.meta, stageRefreshPage(page.calls));
        // Read on until every call shown before has been seen again (or the walk ends), so a
        // refresh never drops calls that new ones pushed further down.
        if (!m_refreshWalk.hasMore() || m_refreshAwaited.isEmpty())
            finishRefresh();
        else
            requestPage();
    } else {
        // The walk moves on before the rows go in: a view that fetches more while they are
        // being inserted must ask for the next page, not this one again.
        QList<Call> fresh = unseenCalls(page.calls);
        fresh.removeIf([this](const Call& call) { return m_held.contains(call.id); });
        stopReason = m_walk.advance(page.meta, int(fresh.size()));
        // Loading everything: the next request goes out before these rows go in, so the server
        // prepares the next page while this thread inserts (and the proxies index) this one.
        if (m_loadingAll && stopReason.isEmpty() && canFetchMore({}))
            requestPage();
        // The first rows of a case show at once; the rest of a whole-case load is held back
        // and goes in a few times a second (and when the load ends, below).
        if (m_loadingAll && rowCount() > 0)
            m_held.hold(fresh);
        else
            appendRows(fresh);
    }
    emitProgress();
    if (!stopReason.isEmpty()) {
        ApiError loop;
        loop.kind = ApiError::Kind::Decode;
        loop.message = stopReason;
        loop.requestId = arrived.requestId;
        fail(loop);
    } else if (m_loadingAll) {
        if (canFetchMore({}))
            requestPage();
        else if (!isLoading() && !m_refreshing)
            setLoadingAll(false);
    }
}

int CallsTableModel::stageRefreshPage(const QList<Call>& calls)
{
    int added = 0;
    for (const Call& call : calls) {
        if (!m_stagedIds.contains(call.id)) {
            m_stagedIds.insert(call.id);
            m_staged.append(call);
            m_refreshAwaited.remove(call.id);
            ++added;
        }
    }
    return added;
}

void CallsTableModel::finishRefresh()
{
    m_refreshing = false;
    m_walk = m_refreshWalk;
    const QList<Call> fresh = std::exchange(m_staged, {});
    m_stagedIds.clear();
    mergeRefreshed(fresh);
    emit refreshed();
}

void CallsTableModel::insertHeld()
{
    if (m_held.isEmpty())
        return;
    appendRows(m_held.take());
    emitProgress();
}

void CallsTableModel::fail(const ApiError& error)
{
    setLoadingAll(false);
    m_lastError = error;
    emit errorOccurred(error);
}

void CallsTableModel::emitProgress()
{
    const int loaded = rowCount() + int(m_held.size());
    const int total = m_walk.totalCount().value_or(-1);
    emit progressChanged(loaded, total);
    loadSmallCaseCompletely(loaded, total);
}

void CallsTableModel::loadSmallCaseCompletely(int loaded, int total)
{
    if (loaded > 0 && loaded < total && total <= m_completeLoadLimit && !m_loadingAll
        && !m_lastError.isError() && canFetchMore({}))
        loadAll();
}

int CallsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CallColumn::Count;
}

bool CallsTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_caseId.isEmpty() && m_walk.hasMore() && !isLoading()
        && !m_refreshing && !m_lastError.isError();
}

void CallsTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QVariant CallsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return CallColumnText::data(calls().at(index.row()), index.column(), role, m_contacts);
}

QVariant CallsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= CallColumn::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    return CallColumnText::header(section, role);
}
