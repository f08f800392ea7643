// SPDX-License-Identifier: MIT
#include "ColdStartBench.h"

#include "Clock.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct Sample {
    double ms = -1;
    double peakRssMib = -1;
};

Sample startOnce()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"CASECALLS_BENCH_PROBE"_s, u"1"_s);
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(CASECALLS_PROBE_PATH));
    app.setProcessEnvironment(env);
    const double start = monotonicMs();
    app.start(QStringLiteral(CASECALLS_APP_PATH), {u"--demo"_s});
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished(2000);
        return {};
    }
    static const QRegularExpression line(u"first_paint_ms=([\\d.]+) peak_rss_kib=(\\d+)"_s);
    const QRegularExpressionMatch match =
        line.match(QString::fromUtf8(app.readAllStandardOutput()));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble() - start, match.captured(2).toDouble() / 1024};
}
} // namespace

void ColdStartBench::run(const BenchOptions& options, Report& report)
{
    Figure time {u"cold_start_ms"_s,
                 u"7 cold start to first paint (casecalls --demo)"_s,
                 u"ms"_s,
                 60,
                 {},
                 {}};
    Figure rss {u"cold_start_peak_rss_mib"_s, u"7 peak RSS at first paint"_s, u"MiB"_s, 60, {}, {}};
    startOnce(); // warm the page cache
    for (int run = 0; run < options.runs; ++run) {
        const Sample sample = startOnce();
        if (sample.ms < 0)
            continue;
        time.samples.append(sample.ms);
        rss.samples.append(sample.peakRssMib);
    }
    if (time.samples.isEmpty())
        time.note = u"the probe reported nothing: did casecalls paint a QMainWindow?"_s;
    else
        time.note = u"offscreen, demo mode (in-process sample server), from QProcess::start to the "
                    "end of the main window's first paint pass"_s;
    report.add(time);
    report.add(rss);
}
