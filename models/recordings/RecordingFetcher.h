// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "RecordingCache.h"
#include "RecordingProblem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class QNetworkAccessManager;
class RecordingDownload;

// Gets a playable local file for a call's recording: from the cache, or downloaded into it by
// a RecordingDownload (token only to the API origin, redirects followed by hand, one re-fetch
// of the call when a signed URL has expired). Download first, then play: measured on loopback
// a 10-minute MP3 (1.8 MB) arrives in a few ms after the server's first byte, and a local file
// seeks exactly and instantly with every backend.
class RecordingFetcher : public QObject {
    Q_OBJECT
public:
    // `client` and `network` are not owned and must outlive the fetcher. `cacheDirectory` empty:
    // RecordingCache::defaultDirectory().
    RecordingFetcher(ApiClient* client, QNetworkAccessManager* network,
                     const QString& cacheDirectory = {}, QObject* parent = nullptr);
    ~RecordingFetcher() override;

    // The case the calls belong to (needed to re-fetch a call for a fresh signed URL).
    void setCaseId(const QString& caseId) { m_caseId = caseId; }
    QString caseId() const { return m_caseId; }
    RecordingCache& cache() { return m_cache; }
    // Overall time limit of one download (the transfer timeout of the client also applies).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

    // Why the call's recording cannot be fetched at all (no URL, still processing, failed);
    // kind None when fetch() may be tried.
    static RecordingProblem unavailableReason(const Call& call);

    // Starts getting the recording; the answer is ready() or failed() for call.id, always
    // delivered later from the event loop. A fetch already running for the call is reused.
    void fetch(const Call& call);
    void cancel(const QString& callId);
    bool isFetching(const QString& callId) const { return m_downloads.contains(callId); }
    // The cached file of a call, or empty.
    QString cachedFile(const QString& callId) { return m_cache.lookup(callId); }
    // Cancels every download and empties the cache ("Clear cached recordings").
    bool clearCache();

signals:
    void ready(const QString& callId, const QString& filePath);
    void failed(const QString& callId, const RecordingProblem& problem);
    void progress(const QString& callId, qint64 received, qint64 total);

private:
    void onDownloadFinished(RecordingDownload* download);

    QPointer<ApiClient> m_client;
    QPointer<QNetworkAccessManager> m_network;
    RecordingCache m_cache;
    QString m_caseId;
    int m_deadlineMs = 5 * 60 * 1000;
    QHash<QString, RecordingDownload*> m_downloads;
};
