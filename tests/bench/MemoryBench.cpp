// SPDX-License-Identifier: MIT
#include "MemoryBench.h"

#include "CallsTableModel.h"
#include "ClientStack.h"
#include "SampleServerProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString kBaseUrlVariable = u"CASECALLS_BENCH_BASE_URL"_s;
const QString kCaseIdVariable = u"CASECALLS_BENCH_CASE_ID"_s;
const QString kTokenVariable = u"CASECALLS_BENCH_TOKEN"_s;
constexpr int kCalls = 10000;

// Resident bytes now, after returning freed heap to the system: what the data still holds,
// not what the allocator kept around from the JSON bodies.
qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}
// Bytes of string data a QString holds (UTF-16), without its header.
qint64 utf16Bytes(const QString& text)
{
    return text.size() * 2;
}
} // namespace

QString MemoryBench::bytesPerCall(const CallsTableModel& model)
{
    qint64 search = 0;
    qint64 caseCodes = 0;
    qint64 ownText = 0;
    qint64 sharedTexts = 0;
    qint64 compactTexts = 0;
    qint64 otherStrings = 0;
    QSet<const void*> seen; // a value interned for many calls is counted once
    const auto countCompact = [&](const CompactText& text) {
        if (text.isNull())
            return;
        ++compactTexts;
        (text.isSharingFolded() ? caseCodes : ownText) += text.ownBytes();
        sharedTexts += text.isSharingFolded() ? 1 : 0;
    };
    const int calls = model.rowCount();
    for (int row = 0; row < calls; ++row) {
        const Call& call = *model.callAt(row);
        search += call.searchText.indexed.size();
        for (const CompactText* text : {&call.summary, &call.transcript, &call.notes})
            countCompact(*text);
        for (const ActionItem& item : call.actionItems)
            countCompact(item.description);
        for (const QString* text :
             {&call.id, &call.institutionContactId, &call.toNumber, &call.fromNumber,
              &call.statusWire, &call.directionWire, &call.recordingUrl, &call.recordingStatus,
              &call.calledBy, &call.twilioCallSid}) {
            if (!text->isEmpty() && !seen.contains(text->constData())) {
                seen.insert(text->constData());
                otherStrings += utf16Bytes(*text);
            }
        }
    }
    const auto perCall = [calls](qint64 bytes) { return calls ? bytes / calls : 0; };
    return u"search text and filter %1 B, case codes %2 B (%3 of %4 texts share the search "
           "text), own UTF-8 %5 B, other strings %6 B (each shared value once), Call %7 B"_s
               .arg(perCall(search))
               .arg(perCall(caseCodes))
               .arg(sharedTexts)
               .arg(compactTexts)
               .arg(perCall(ownText))
               .arg(perCall(otherStrings))
               .arg(sizeof(Call));
}

int MemoryBench::runChild(bool withSearchIndex)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const ServerAddress server {QUrl(env.value(kBaseUrlVariable)), env.value(kCaseIdVariable),
                                env.value(kTokenVariable)};
    const auto layers =
        withSearchIndex ? ClientStack::Layers::WithProxy : ClientStack::Layers::ModelOnly;
    // The stack exists before the first reading: only the calls are counted, not Qt's set-up.
    ClientStack stack(server, layers);
    const qint64 before = residentBytes();
    if (!stack.loadAll())
        return 1;
    const qint64 growth = residentBytes() - before;
    std::printf("rss_growth=%lld json_bytes=%lld calls=%d\nbreakdown=%s\n",
                static_cast<long long>(growth),
                static_cast<long long>(stack.network().totalBytes()), stack.model().rowCount(),
                qPrintable(bytesPerCall(stack.model())));
    std::fflush(stdout);
    return 0;
}

std::optional<MemoryBench::Reading> MemoryBench::measure(const ServerAddress& server,
                                                         bool withSearchIndex)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kBaseUrlVariable, server.baseUrl.toString());
    env.insert(kCaseIdVariable, server.caseId);
    env.insert(kTokenVariable, server.token); // environment, not argv: `ps` shows argv
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {withSearchIndex ? u"--child-memory-index"_s : u"--child-memory"_s});
    if (!child.waitForFinished(300000) || child.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression line(u"rss_growth=(\\d+) json_bytes=(\\d+) calls=(\\d+)"_s);
    static const QRegularExpression breakdown(u"breakdown=([^\n]*)"_s);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QRegularExpressionMatch match = line.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    Reading reading;
    reading.rssGrowth = match.captured(1).toLongLong();
    reading.jsonBytes = match.captured(2).toLongLong();
    reading.calls = match.captured(3).toInt();
    reading.breakdown = breakdown.match(output).captured(1);
    if (reading.jsonBytes <= 0)
        return std::nullopt;
    reading.ratio = double(reading.rssGrowth) / double(reading.jsonBytes);
    return reading;
}

void MemoryBench::run(const BenchOptions& options, Report& report)
{
    Figure app {u"memory_ratio_to_json"_s,
                u"5 RSS growth / JSON bytes, model+search index"_s,
                u"x"_s,
                1.3,
                {},
                {}};
    Figure model {u"memory_model_ratio_to_json"_s,
                  u"5 RSS growth / JSON bytes, model only"_s,
                  u"x"_s,
                  1.3,
                  {},
                  {}};
    SampleServerProcess server;
    if (!server.start({u"--calls"_s, QString::number(kCalls), u"--transcript-bytes"_s, u"5000"_s,
                       u"--rate-limit"_s, u"100000000"_s})) {
        app.note = server.errorString();
        report.add(app);
        return;
    }
    const int runs = std::min(options.runs, 3); // each reading is deterministic to ~1%
    qint64 jsonBytes = 0;
    int calls = 0;
    QString breakdown;
    for (int run = 0; run < runs; ++run) {
        if (const auto reading = measure(server.address(), true)) {
            app.samples.append(reading->ratio);
            jsonBytes = reading->jsonBytes;
            calls = reading->calls;
            breakdown = reading->breakdown;
        }
        if (const auto reading = measure(server.address(), false))
            model.samples.append(reading->ratio);
    }
    app.note =
        u"%1 calls, %2 MB of JSON; each load in a fresh process, heap trimmed before reading"_s
            .arg(kCalls)
            .arg(double(jsonBytes) / 1e6, 0, 'f', 1);
    model.note = u"JSON %1 B per call; stored per call: %2"_s.arg(calls ? jsonBytes / calls : 0)
                     .arg(breakdown);
    report.add(app);
    report.add(model);
}
