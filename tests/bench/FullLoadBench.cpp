// SPDX-License-Identifier: MIT
#include "FullLoadBench.h"

#include "ApiClient.h"
#include "CaseLoadRun.h"
#include "DecoderBench.h"
#include "RawFetcher.h"
#include "SampleServerProcess.h"

#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kCalls = 10000;
constexpr int kTranscriptBytes = 5000;

QStringList serverArguments(int calls, int transcriptBytes)
{
    return {u"--calls"_s,
            QString::number(calls),
            u"--transcript-bytes"_s,
            QString::number(transcriptBytes),
            u"--rate-limit"_s,
            u"100000000"_s,
            u"--live-call-seconds"_s,
            u"100000"_s};
}

struct Figures {
    Figure ratioToFloor {u"full_load_ratio_to_floor"_s,
                         u"2 full load (model) / raw QNAM floor"_s,
                         u"x"_s,
                         1.5,
                         {},
                         {}};
    Figure ratioToCurl {u"full_load_ratio_to_curl"_s,
                        u"2 full load (model) / one curl process"_s,
                        u"x"_s,
                        1.5,
                        {},
                        {}};
    Figure appRatioToFloor {u"full_load_app_ratio_to_floor"_s,
                            u"2 full load (model+proxies+view) / floor"_s,
                            u"x"_s,
                            1.5,
                            {},
                            {}};
    Figure modelMs {u"full_load_model_ms"_s, u"2 full load, model only"_s, u"ms"_s, 0, {}, {}};
    Figure appMs {u"full_load_app_ms"_s, u"2 full load, model+proxies+view"_s, u"ms"_s, 0, {}, {}};
    Figure floorMs {u"full_load_floor_ms"_s, u"2 raw QNAM floor, same URLs"_s, u"ms"_s, 0, {}, {}};
    Figure curlMs {u"full_load_curl_ms"_s, u"2 one curl process, same URLs"_s, u"ms"_s, 0, {}, {}};
    Figure stall {
        u"max_stall_ms"_s, u"3 longest GUI stall (5 KB and 50 KB loads)"_s, u"ms"_s, 16, {}, {}};
    Figure stall5 {
        u"max_stall_5kb_ms"_s, u"3 longest GUI stall, 5 KB transcripts"_s, u"ms"_s, 16, {}, {}};
    Figure stall50 {
        u"max_stall_50kb_ms"_s, u"3 longest GUI stall, 50 KB transcripts"_s, u"ms"_s, 16, {}, {}};
    Figure stallModel {
        u"max_stall_model_ms"_s, u"3 longest GUI stall, model only, 5 KB"_s, u"ms"_s, 16, {}, {}};
    Figure decodeReference {
        u"decode_reference_ms"_s, u"2 decode one 5 KB page, QJsonDocument"_s, u"ms"_s, 0, {}, {}};
    Figure decodeApp {
        u"decode_app_ms"_s, u"2 decode one 5 KB page, app decoder"_s, u"ms"_s, 0, {}, {}};
    Figure decodeReference50 {u"decode_50kb_reference_ms"_s,
                              u"2 decode one 50 KB page, QJsonDocument"_s,
                              u"ms"_s,
                              0,
                              {},
                              {}};
    Figure decodeApp50 {
        u"decode_50kb_app_ms"_s, u"2 decode one 50 KB page, app decoder"_s, u"ms"_s, 0, {}, {}};
    Figure search {
        u"search_ms"_s, u"4 search keystroke, realistic query (worst)"_s, u"ms"_s, 10, {}, {}};
    Figure searchFilterOnly {u"search_filter_only_ms"_s,
                             u"4 search keystroke, filter proxy without view (worst)"_s,
                             u"ms"_s,
                             10,
                             {},
                             {}};
    Figure searchNoMatch {
        u"search_nomatch_ms"_s, u"4 search keystroke, no match (worst)"_s, u"ms"_s, 10, {}, {}};
};

void addDecoderFigures(const DecoderBench::Result& result, Figure& reference, Figure& app)
{
    if (result.pages == 0)
        return;
    reference.samples = {result.referenceMsPerPage};
    app.samples = {result.appMsPerPage};
    app.note =
        u"mean over %1 pages of %2 MB; %3 pages where the two decoders disagree"_s.arg(result.pages)
            .arg(result.megabytesPerPage, 0, 'f', 2)
            .arg(result.disagreements);
}
} // namespace

void FullLoadBench::run(const BenchOptions& options, Report& report)
{
    Figures f;
    const bool loadFigures = options.wants(u"full_load"_s);
    const int calls50 = options.quick ? 500 : 2000;
    SampleServerProcess server;
    SampleServerProcess server50;
    if (!server.start(serverArguments(kCalls, kTranscriptBytes))
        || (loadFigures && !server50.start(serverArguments(calls50, 50000)))) {
        f.ratioToFloor.note = server.errorString() + server50.errorString();
        report.add(f.ratioToFloor);
        return;
    }
    QString curlNote;
    if (!RawFetcher::hasCurl())
        curlNote = u"curl is not installed: install the Debian package curl"_s;
    // One unmeasured walk of each case first: the sample server serialises each call once and
    // caches it, so every measured run (and the raw floor) sees the same, warm server.
    CaseLoadRun::loadModel(server.address());
    if (loadFigures)
        CaseLoadRun::loadModel(server50.address());
    int searchMatches = 0;
    for (int run = 0; run < options.runs; ++run) {
        const CaseLoadRun::Result app = CaseLoadRun::loadApp(server.address(), true);
        if (!app.ok) {
            f.ratioToFloor.note = u"load failed: "_s + app.error;
            break;
        }
        searchMatches = app.searchMatches;
        f.search.samples.append(app.worstKeystrokeMs);
        f.searchNoMatch.samples.append(app.worstNoMatchKeystrokeMs);
        const CaseLoadRun::Result filterOnly = CaseLoadRun::loadFilter(server.address());
        f.searchFilterOnly.samples.append(
            std::max(filterOnly.worstKeystrokeMs, filterOnly.worstNoMatchKeystrokeMs));
        if (!loadFigures)
            continue;
        const CaseLoadRun::Result model = CaseLoadRun::loadModel(server.address());
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setBaseUrl(server.baseUrl());
        client.setToken(server.token());
        QList<QByteArray> bodies;
        const auto floor =
            RawFetcher::fetchWithQt(client, network, model.urls, run == 0 ? &bodies : nullptr);
        const auto curl = RawFetcher::fetchWithCurl(server.token(), model.urls);
        const CaseLoadRun::Result big = CaseLoadRun::loadApp(server50.address(), false);
        if (!model.ok || !floor || !big.ok) {
            f.ratioToFloor.note = u"load failed: "_s + model.error + big.error;
            break;
        }
        f.modelMs.samples.append(model.loadMs);
        f.appMs.samples.append(app.loadMs);
        f.floorMs.samples.append(*floor);
        f.ratioToFloor.samples.append(model.loadMs / *floor);
        f.appRatioToFloor.samples.append(app.loadMs / *floor);
        if (curl) {
            f.curlMs.samples.append(*curl);
            f.ratioToCurl.samples.append(model.loadMs / *curl);
        } else if (curlNote.isEmpty()) {
            curlNote = u"curl failed"_s;
        }
        f.stall5.samples.append(app.longestStallMs);
        f.stallModel.samples.append(model.longestStallMs);
        if (run == 0) {
            client.setBaseUrl(server50.baseUrl());
            QList<QByteArray> bodies50;
            RawFetcher::fetchWithQt(client, network, big.urls, &bodies50);
            addDecoderFigures(DecoderBench::measure(bodies), f.decodeReference, f.decodeApp);
            addDecoderFigures(DecoderBench::measure(bodies50), f.decodeReference50, f.decodeApp50);
        }
        f.stall50.samples.append(big.longestStallMs);
        f.stall.samples.append(std::max(app.longestStallMs, big.longestStallMs));
        if (run == 0)
            f.floorMs.note = u"%1 requests, %2 MB of JSON"_s.arg(model.urls.size())
                                 .arg(double(model.bodyBytes) / 1e6, 0, 'f', 1);
    }
    f.ratioToCurl.note = curlNote;
    f.curlMs.note = curlNote;
    f.stall50.note =
        u"%1 calls (the stall is per page; 10 000 x 50 KB would be 500 MB)"_s.arg(calls50);
    f.search.note = u"\"%1\", %2 matches; typed one character at a time over %3 loaded calls"_s
                        .arg(CaseLoadRun::realisticQuery())
                        .arg(searchMatches)
                        .arg(kCalls);
    f.searchNoMatch.note = u"\"%1\""_s.arg(CaseLoadRun::noMatchQuery());
    if (loadFigures) {
        for (const Figure& figure :
             {f.ratioToFloor, f.ratioToCurl, f.appRatioToFloor, f.modelMs, f.appMs, f.floorMs,
              f.curlMs, f.decodeReference, f.decodeApp, f.decodeReference50, f.decodeApp50, f.stall,
              f.stall5, f.stall50, f.stallModel})
            report.add(figure);
    }
    if (options.wants(u"search"_s)) {
        report.add(f.search);
        report.add(f.searchNoMatch);
        report.add(f.searchFilterOnly);
    }
}
