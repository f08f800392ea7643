// SPDX-License-Identifier: MIT
#include "CaseLoadRun.h"

#include "CallFilterProxyModel.h"
#include "ClientStack.h"
#include "Clock.h"
#include "KeystrokeTimer.h"
#include "StallMonitor.h"
#include "TimedTableView.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
void fillWalk(CaseLoadRun::Result& result, ClientStack& stack, bool ok)
{
    result.ok = ok;
    result.clientMs = result.loadMs - stack.network().waitingMs();
    result.calls = stack.model().rowCount();
    result.bodyBytes = stack.network().totalBytes();
    for (const auto& arrival : stack.network().arrivals())
        result.urls.append(arrival.url);
    if (!ok)
        result.error = stack.errorString().isEmpty() ? u"timed out"_s : stack.errorString();
}

double worst(const QList<double>& times)
{
    return times.isEmpty() ? 0 : *std::max_element(times.cbegin(), times.cend());
}
} // namespace

QString CaseLoadRun::realisticQuery()
{
    return u"letters testamentary"_s;
}

QString CaseLoadRun::noMatchQuery()
{
    return u"zqxjkv"_s;
}

CaseLoadRun::Result CaseLoadRun::loadModel(const ServerAddress& server)
{
    Result result;
    ClientStack stack(server, ClientStack::Layers::ModelOnly);
    StallMonitor stalls;
    stalls.start();
    const double start = monotonicMs();
    const bool ok = stack.loadAll();
    result.loadMs = monotonicMs() - start;
    stalls.stop();
    result.longestStallMs = stalls.longestGapMs();
    fillWalk(result, stack, ok);
    return result;
}

CaseLoadRun::Result CaseLoadRun::loadFilter(const ServerAddress& server)
{
    Result result;
    ClientStack stack(server, ClientStack::Layers::WithProxy);
    const double start = monotonicMs();
    const bool ok = stack.loadAll();
    result.loadMs = monotonicMs() - start;
    fillWalk(result, stack, ok);
    if (ok) {
        KeystrokeTimer keys(stack.filter());
        result.worstKeystrokeMs = worst(keys.type(realisticQuery()));
        result.searchMatches = keys.lastMatchCount();
        result.worstNoMatchKeystrokeMs = worst(keys.type(noMatchQuery()));
    }
    return result;
}

CaseLoadRun::Result CaseLoadRun::loadApp(const ServerAddress& server, bool typeSearch)
{
    Result result;
    ClientStack stack(server, ClientStack::Layers::WithView);
    if (!QTest::qWaitForWindowExposed(stack.view())) {
        result.error = u"the view was never exposed"_s;
        return result;
    }
    StallMonitor stalls;
    stalls.start();
    const double start = monotonicMs();
    const bool ok = stack.loadAll();
    result.loadMs = monotonicMs() - start;
    stalls.stop();
    result.longestStallMs = stalls.longestGapMs();
    fillWalk(result, stack, ok);
    if (ok && typeSearch) {
        KeystrokeTimer keys(stack.filter());
        result.worstKeystrokeMs = worst(keys.type(realisticQuery()));
        result.searchMatches = keys.lastMatchCount();
        result.worstNoMatchKeystrokeMs = worst(keys.type(noMatchQuery()));
    }
    return result;
}
