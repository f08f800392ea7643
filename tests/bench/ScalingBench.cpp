// SPDX-License-Identifier: MIT
#include "ScalingBench.h"

#include "CaseLoadRun.h"
#include "MemoryBench.h"
#include "SampleServerProcess.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString describe(const QList<double>& sizes, const QList<double>& costs, const QString& unit)
{
    QStringList parts;
    for (qsizetype i = 0; i < sizes.size() && i < costs.size(); ++i)
        parts.append(u"%1 calls: %2 %3"_s.arg(sizes.at(i)).arg(costs.at(i), 0, 'f', 1).arg(unit));
    return parts.join(u"; "_s);
}
} // namespace

double ScalingBench::exponent(const QList<double>& sizes, const QList<double>& costs)
{
    const qsizetype n = std::min(sizes.size(), costs.size());
    double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = std::log(sizes.at(i));
        const double y = std::log(std::max(costs.at(i), 1e-6));
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumXY += x * y;
    }
    const double denominator = double(n) * sumXX - sumX * sumX;
    return denominator == 0 ? 0 : (double(n) * sumXY - sumX * sumY) / denominator;
}

void ScalingBench::run(const BenchOptions& options, Report& report)
{
    const QList<double> sizes =
        options.quick ? QList<double> {500, 2000, 5000} : QList<double> {1000, 10000, 50000};
    QList<double> loadMs, clientMs, keystrokeMs, memoryBytes;
    QString error;
    for (const double size : sizes) {
        SampleServerProcess server;
        if (!server.start({u"--calls"_s, QString::number(int(size)), u"--transcript-bytes"_s,
                           u"5000"_s, u"--rate-limit"_s, u"100000000"_s, u"--live-call-seconds"_s,
                           u"100000"_s},
                          300000)) {
            error = server.errorString();
            break;
        }
        // One unmeasured walk first: the sample server serialises each call once and caches
        // it, so the measured loads see a warm server whose pages cost it O(page).
        CaseLoadRun::loadModel(server.address());
        const int runs = options.quick || size > 10000 ? 1 : 2;
        QList<double> loads, clients, keys;
        for (int run = 0; run < runs; ++run) {
            const CaseLoadRun::Result model = CaseLoadRun::loadModel(server.address());
            loads.append(model.loadMs);
            clients.append(model.clientMs);
            // The search index alone: the view's share is figure 4's, and does not scale with
            // the index.
            const CaseLoadRun::Result filter = CaseLoadRun::loadFilter(server.address());
            keys.append(std::max(filter.worstKeystrokeMs, filter.worstNoMatchKeystrokeMs));
        }
        loadMs.append(medianOf(loads));
        clientMs.append(medianOf(clients));
        keystrokeMs.append(medianOf(keys));
        const auto memory = MemoryBench::measure(server.address(), true);
        memoryBytes.append(memory ? double(memory->rssGrowth) : 0);
    }
    Figure load {u"scaling_load_exponent"_s, u"8 full-load time exponent"_s, u"k"_s, 1.1, {}, {}};
    Figure client {
        u"scaling_client_exponent"_s, u"8 full-load client share exponent"_s, u"k"_s, 1.1, {}, {}};
    Figure search {
        u"scaling_search_exponent"_s, u"8 search keystroke exponent"_s, u"k"_s, 1.1, {}, {}};
    Figure memory {u"scaling_memory_exponent"_s, u"8 memory exponent"_s, u"k"_s, 1.1, {}, {}};
    Figure worst {u"scaling_exponent"_s, u"8 worst scaling exponent"_s, u"k"_s, 1.1, {}, {}};
    if (loadMs.size() == sizes.size()) {
        load.samples = {exponent(sizes, loadMs)};
        client.samples = {exponent(sizes, clientMs)};
        search.samples = {exponent(sizes, keystrokeMs)};
        memory.samples = {exponent(sizes, memoryBytes)};
        worst.samples = {
            std::max({client.samples.first(), search.samples.first(), memory.samples.first()})};
        load.note = describe(sizes, loadMs, u"ms"_s)
            + u" (includes the sample server's time, O(page) per request)"_s;
        client.note = describe(sizes, clientMs, u"ms"_s)
            + u" (load time less the time a request was in flight)"_s;
        search.note = describe(sizes, keystrokeMs, u"ms worst keystroke"_s);
        QList<double> memoryMb;
        for (const double bytes : std::as_const(memoryBytes))
            memoryMb.append(bytes / 1e6);
        memory.note = describe(sizes, memoryMb, u"MB"_s);
        worst.note = u"worst of client share, search, memory; cost ∝ calls^k, 1 is linear"_s;
    } else {
        worst.note = u"server failed: "_s + error;
    }
    for (const Figure& figure : {worst, load, client, search, memory})
        report.add(figure);
}
