// SPDX-License-Identifier: MIT
// casecalls-bench: the figures of the "Measure and be fast" issue, headless. Prints a table, or
// with --json one object whose headline keys are medians. Benchmarks are never CTest tests:
// timings on shared machines make flaky assertions.
#include "BenchOptions.h"
#include "ColdStartBench.h"
#include "FirstPageBench.h"
#include "FullLoadBench.h"
#include "MachineInfo.h"
#include "MemoryBench.h"
#include "PlaybackBench.h"
#include "Report.h"
#include "ScalingBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Returns -1 to go on, or an exit code.
int parseOptions(const QApplication& app, BenchOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures Case Calls against the targets of the performance issue. Starts the sample "
        "API server as a separate process. Groups: "_s
        + BenchOptions::groups().join(u", "_s));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON instead of the table."_s);
    const QCommandLineOption quickOption(u"quick"_s,
                                         u"Two runs and smaller stress cases: checks the bench "
                                         "itself, the figures are rough."_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Comma-separated groups to run."_s,
                                        u"groups"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Samples per figure (default 5)."_s, u"n"_s);
    const QCommandLineOption childOption(u"child-memory"_s, u"Internal: one memory reading."_s);
    const QCommandLineOption childIndexOption(u"child-memory-index"_s,
                                              u"Internal: one memory reading with the index."_s);
    parser.addOptions(
        {jsonOption, quickOption, onlyOption, runsOption, childOption, childIndexOption});
    parser.process(app);
    if (parser.isSet(childOption) || parser.isSet(childIndexOption))
        return MemoryBench::runChild(parser.isSet(childIndexOption));
    options.json = parser.isSet(jsonOption);
    options.quick = parser.isSet(quickOption);
    options.runs = options.quick ? 2 : 5;
    if (parser.isSet(runsOption))
        options.runs = std::max(1, parser.value(runsOption).toInt());
    for (const QString& group : parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)) {
        if (!BenchOptions::groups().contains(group.trimmed())) {
            std::fprintf(stderr, "Unknown group \"%s\"; groups: %s\n", qPrintable(group),
                         qPrintable(BenchOptions::groups().join(u", "_s)));
            return 2;
        }
        options.only.insert(group.trimmed());
    }
    return -1;
}

void progress(const char* what)
{
    std::fprintf(stderr, "casecalls-bench: %s...\n", what);
}
} // namespace

int main(int argc, char* argv[])
{
    // Headless by default (the environment can say otherwise). The media backend is the one
    // the running Qt chooses, as for the app: GStreamer on Qt 6.4, FFmpeg from 6.5 on.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"casecalls-bench"_s);

    BenchOptions options;
    if (const int exitCode = parseOptions(app, options); exitCode >= 0)
        return exitCode;

    QElapsedTimer total;
    total.start();
    Report report;
    report.addContext(u"load average at start"_s, MachineInfo::loadAverage());
    if (options.wants(u"first_page"_s)) {
        progress("first page and first paint");
        FirstPageBench::run(options, report);
    }
    if (options.wants(u"full_load"_s) || options.wants(u"search"_s)) {
        progress("full load, stalls and search");
        FullLoadBench::run(options, report);
    }
    if (options.wants(u"memory"_s)) {
        progress("memory");
        MemoryBench::run(options, report);
    }
    if (options.wants(u"playback"_s)) {
        progress("playback start");
        PlaybackBench::run(options, report);
    }
    if (options.wants(u"cold_start"_s)) {
        progress("cold start");
        ColdStartBench::run(options, report);
    }
    if (options.wants(u"scaling"_s)) {
        progress("scaling");
        ScalingBench::run(options, report);
    }
    report.addContext(u"load average at end"_s, MachineInfo::loadAverage());
    report.addContext(u"machine"_s, MachineInfo::summary());
    report.addContext(u"runs"_s,
                      QString::number(options.runs) + (options.quick ? u" (quick)"_s : u""_s));
    report.addContext(u"bench seconds"_s, QString::number(total.elapsed() / 1000.0, 'f', 1));
    const QByteArray out = options.json ? report.json() : report.table().toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
