// SPDX-License-Identifier: MIT
#include "ClientStack.h"

#include "CallFilterProxyModel.h"
#include "CallPresentationProxy.h"
#include "TimedTableView.h"

#include <QEventLoop>
#include <QTimer>

ClientStack::ClientStack(const ServerAddress& server, Layers layers, int perPage)
    : m_caseId(server.caseId), m_client(&m_network), m_model(&m_client)
{
    m_client.setBaseUrl(server.baseUrl);
    m_client.setToken(server.token);
    CallsQuery query;
    query.perPage = perPage;
    m_model.setQuery(query);
    if (layers == Layers::ModelOnly)
        return;
    m_filter = std::make_unique<CallFilterProxyModel>();
    m_filter->setSourceModel(&m_model);
    if (layers == Layers::WithProxy)
        return;
    m_presentation = std::make_unique<CallPresentationProxy>();
    m_presentation->setSourceModel(m_filter.get());
    m_view = std::make_unique<TimedTableView>();
    m_view->setModel(m_presentation.get());
    m_view->resize(1200, 800);
    m_view->show();
}

// The view goes first: it must not react to the models it watches being torn down.
ClientStack::~ClientStack()
{
    m_view.reset();
    m_presentation.reset();
    m_filter.reset();
}

void ClientStack::open()
{
    m_model.setCaseId(m_caseId);
}

bool ClientStack::loadAll(int timeoutMs)
{
    open();
    m_model.loadAll();
    // progressChanged comes after a page's rows are in; errorOccurred ends the walk.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_model, &CallsTableModel::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&m_model, &CallsTableModel::progressChanged, &loop, [&] {
        if (!m_model.hasMore() && !m_model.isLoading())
            loop.quit();
    });
    timeout.start(timeoutMs);
    if (m_model.hasMore() || m_model.isLoading())
        loop.exec();
    return !m_model.lastError().isError() && !m_model.hasMore() && !m_model.isLoading();
}
