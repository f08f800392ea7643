// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "CallsTableModel.h"
#include "ServerAddress.h"
#include "TimingNetworkManager.h"

#include <memory>

class CallFilterProxyModel;
class CallPresentationProxy;
class TimedTableView;

// The client side of the app, wired as MainWindow wires it: calls model → filter proxy (with
// its search index) → presentation proxy → calls table view, shown offscreen. The layers above
// the model are optional, so a figure can isolate the model.
class ClientStack {
public:
    enum class Layers { ModelOnly, WithProxy, WithView };

    ClientStack(const ServerAddress& server, Layers layers, int perPage = 100);
    ~ClientStack();

    // Opens the case and pages until the walk ends. False on an error or after `timeoutMs`.
    bool loadAll(int timeoutMs = 300000);
    // Opens the case (the first page only). Does not wait.
    void open();

    TimingNetworkManager& network() { return m_network; }
    ApiClient& client() { return m_client; }
    CallsTableModel& model() { return m_model; }
    CallFilterProxyModel* filter() { return m_filter.get(); }
    TimedTableView* view() { return m_view.get(); }
    QString errorString() const { return m_model.lastError().message; }

private:
    QString m_caseId;
    TimingNetworkManager m_network;
    ApiClient m_client;
    CallsTableModel m_model;
    std::unique_ptr<CallFilterProxyModel> m_filter;
    std::unique_ptr<CallPresentationProxy> m_presentation;
    std::unique_ptr<TimedTableView> m_view;
};
