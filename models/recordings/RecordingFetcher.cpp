// SPDX-License-Identifier: MIT
#include "RecordingFetcher.h"

#include "ApiClient.h"
#include "RecordingDownload.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

RecordingFetcher::RecordingFetcher(ApiClient* client, QNetworkAccessManager* network,
                                   const QString& cacheDirectory, QObject* parent)
    : QObject(parent), m_client(client), m_network(network), m_cache(cacheDirectory)
{
}

RecordingFetcher::~RecordingFetcher()
{
    const QList<RecordingDownload*> downloads = m_downloads.values();
    for (RecordingDownload* download : downloads)
        download->abort();
}

RecordingProblem RecordingFetcher::unavailableReason(const Call& call)
{
    using Kind = RecordingProblem::Kind;
    if (call.recordingStatus == "processing"_L1)
        return {Kind::Processing,
                tr("The recording is still being processed. It can be played once processing "
                   "has finished."),
                0,
                {}};
    if (call.recordingStatus == "failed"_L1)
        return {Kind::ProcessingFailed,
                tr("The service could not process this call's recording."),
                0,
                {}};
    if (!call.hasRecording())
        return {Kind::NoRecording, tr("This call has no recording."), 0, {}};
    return {};
}

void RecordingFetcher::fetch(const Call& call)
{
    if (m_downloads.contains(call.id))
        return;
    const QString callId = call.id;
    if (const RecordingProblem reason = unavailableReason(call); reason.isProblem()) {
        QTimer::singleShot(0, this, [this, callId, reason] { emit failed(callId, reason); });
        return;
    }
    if (const QString cached = m_cache.lookup(callId); !cached.isEmpty()) {
        QTimer::singleShot(0, this, [this, callId, cached] { emit ready(callId, cached); });
        return;
    }
    auto* download = new RecordingDownload(m_client, m_network, &m_cache, m_caseId, call, this);
    download->setDeadlineMs(m_deadlineMs);
    m_downloads.insert(callId, download);
    connect(download, &RecordingDownload::finished, this,
            [this, download] { onDownloadFinished(download); });
    connect(
        download, &RecordingDownload::progress, this,
        [this, callId](qint64 received, qint64 total) { emit progress(callId, received, total); });
    download->start();
}

void RecordingFetcher::cancel(const QString& callId)
{
    RecordingDownload* download = m_downloads.take(callId);
    if (!download)
        return;
    download->abort();
    download->deleteLater();
}

bool RecordingFetcher::clearCache()
{
    const QStringList running = m_downloads.keys();
    for (const QString& callId : running)
        cancel(callId);
    return m_cache.clear();
}

void RecordingFetcher::onDownloadFinished(RecordingDownload* download)
{
    m_downloads.remove(download->callId());
    download->deleteLater();
    if (download->problem().isProblem())
        emit failed(download->callId(), download->problem());
    else
        emit ready(download->callId(), download->filePath());
}
