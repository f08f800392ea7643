// SPDX-License-Identifier: MIT
#include "FirstPageBench.h"

#include "ClientStack.h"
#include "Clock.h"
#include "SampleServerProcess.h"
#include "TimedTableView.h"
#include "Wait.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Sample {
    double modelMs = -1;
    double paintMs = -1;
};

Sample measureOnce(const SampleServerProcess& server)
{
    ClientStack stack(server.address(), ClientStack::Layers::WithView, CallsQuery {}.perPage);
    TimedTableView* view = stack.view();
    if (!QTest::qWaitForWindowExposed(view))
        return {};
    double rowsInAt = 0;
    QObject::connect(&stack.model(), &QAbstractItemModel::rowsInserted, view, [&rowsInAt] {
        if (rowsInAt == 0)
            rowsInAt = monotonicMs();
    });
    stack.open();
    waitUntil(
        view, &TimedTableView::rowsPainted, [view] { return view->firstRowsPaintedAtMs() > 0; },
        20000);
    const auto& arrivals = stack.network().arrivals();
    if (arrivals.isEmpty() || rowsInAt == 0 || view->firstRowsPaintedAtMs() == 0)
        return {};
    const double responseAt = arrivals.constFirst().atMs;
    return {rowsInAt - responseAt, view->firstRowsPaintedAtMs() - responseAt};
}
} // namespace

void FirstPageBench::run(const BenchOptions& options, Report& report)
{
    Figure model0 {
        u"first_page_ms"_s, u"1 first page in model, 0 ms latency"_s, u"ms"_s, 12, {}, {}};
    Figure paint0 {
        u"first_paint_ms"_s, u"1 first rows painted, 0 ms latency"_s, u"ms"_s, 12, {}, {}};
    Figure model50 {u"first_page_latency50_ms"_s,
                    u"1 first page in model, 50 ms latency"_s,
                    u"ms"_s,
                    12,
                    {},
                    {}};
    Figure paint50 {u"first_paint_latency50_ms"_s,
                    u"1 first rows painted, 50 ms latency"_s,
                    u"ms"_s,
                    12,
                    {},
                    {}};
    for (const int latency : {0, 50}) {
        SampleServerProcess server;
        if (!server.start({u"--latency-ms"_s, QString::number(latency), u"--live-call-seconds"_s,
                           u"100000"_s})) {
            model0.note = server.errorString();
            break;
        }
        Figure& model = latency == 0 ? model0 : model50;
        Figure& paint = latency == 0 ? paint0 : paint50;
        measureOnce(server); // warm-up: fonts, styles, the first connection
        for (int run = 0; run < options.runs; ++run) {
            const Sample sample = measureOnce(server);
            if (sample.modelMs < 0)
                continue;
            model.samples.append(sample.modelMs);
            paint.samples.append(sample.paintMs);
        }
    }
    const QString note =
        u"sample case (140 calls), per_page %1 as the app asks; measured from the "
        "first reply's finished() to rowsInserted / the view's first paint with rows"_s.arg(
            CallsQuery {}.perPage);
    model0.note = model0.note.isEmpty() ? note : model0.note;
    for (Figure* figure : {&model0, &paint0, &model50, &paint50})
        report.add(*figure);
}
