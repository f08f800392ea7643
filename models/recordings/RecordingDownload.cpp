// SPDX-License-Identifier: MIT
#include "RecordingDownload.h"

#include "ApiClient.h"
#include "RecordingCache.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultDeadlineMs = 5 * 60 * 1000;

// The format from the file's first bytes, so "Save as…" keeps it whatever the server labels it.
QString sniffSuffix(const QByteArray& head, const QByteArray& contentType)
{
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return u"wav"_s;
    if (head.startsWith("ID3")
        || (head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0))
        return u"mp3"_s;
    if (head.startsWith("OggS"))
        return u"ogg"_s;
    if (head.startsWith("fLaC"))
        return u"flac"_s;
    if (contentType.contains("mpeg"))
        return u"mp3"_s;
    if (contentType.contains("wav"))
        return u"wav"_s;
    return u"audio"_s;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

RecordingDownload::RecordingDownload(ApiClient* client, QNetworkAccessManager* network,
                                     RecordingCache* cache, const QString& caseId, const Call& call,
                                     QObject* parent)
    : QObject(parent),
      m_client(client),
      m_network(network),
      m_cache(cache),
      m_caseId(caseId),
      m_callId(call.id),
      m_url(QUrl(call.recordingUrl, QUrl::StrictMode))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(defaultDeadlineMs);
    // The transfer timeout only notices silence; a server that trickles bytes is caught here.
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(RecordingProblem::Kind::Download, tr("Downloading the recording took too long."));
    });
}

RecordingDownload::~RecordingDownload()
{
    abort();
}

void RecordingDownload::start()
{
    const QString partial = m_cache->partialPath(m_callId);
    m_file.setFileName(partial);
    m_deadline.start();
    if (partial.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(RecordingProblem::Kind::Download,
                 tr("The recording cache folder %1 cannot be written.").arg(m_cache->directory()));
        });
        return;
    }
    get(m_url);
}

void RecordingDownload::abort()
{
    m_done = true;
    m_deadline.stop();
    discardReply();
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty() && m_filePath.isEmpty())
        m_file.remove();
}

void RecordingDownload::get(const QUrl& url)
{
    m_url = url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || !m_network
        || !m_client) {
        QTimer::singleShot(0, this, [this] {
            fail(RecordingProblem::Kind::Download, tr("The recording address is not valid."));
        });
        return;
    }
    // makeRequest adds the token only for the API's origin; redirects are ours to follow, so a
    // signed URL on another host never sees the Authorization header.
    QNetworkRequest request = m_client->makeRequest(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "audio/mpeg, audio/wav, audio/*;q=0.8");
    m_received = 0;
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                     QFile::ReadOwner | QFile::WriteOwner)) {
        QTimer::singleShot(0, this, [this] {
            fail(RecordingProblem::Kind::Download,
                 tr("The recording cannot be saved in the cache: %1").arg(m_file.errorString()));
        });
        return;
    }
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &RecordingDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RecordingDownload::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64, qint64 total) { emit progress(m_received, total); });
}

void RecordingDownload::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299)
        return; // an error page or a redirect body: never audio, read at the end
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_cache->maxBytes()) {
        fail(RecordingProblem::Kind::Download,
             tr("The recording is larger than the cache allows (%L1 MB).")
                 .arg(m_cache->maxBytes() / (1024 * 1024)));
        return;
    }
    if (m_file.write(chunk) != chunk.size())
        fail(RecordingProblem::Kind::Download,
             tr("The recording cannot be saved in the cache: %1").arg(m_file.errorString()));
}

void RecordingDownload::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply* reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const bool apiOrigin = m_client && m_client->isApiOrigin(m_url);
    if (isRedirect(status)) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        discardReply();
        if (!followRedirect(m_url.resolved(location)))
            fail(RecordingProblem::Kind::Download,
                 tr("The recording server redirected too often or to an unsafe address."), status);
        return;
    }
    if (status >= 200 && status <= 299 && reply->error() == QNetworkReply::NoError) {
        onReadyRead();
        m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        discardReply();
        if (!m_done)
            succeed();
        return;
    }
    const QString errorText = reply->errorString();
    discardReply();
    if (!apiOrigin && (status == 403 || status == 404) && !m_refetched) {
        refetchCall();
    } else if (!apiOrigin && (status == 403 || status == 404)) {
        fail(RecordingProblem::Kind::Expired,
             tr("The recording's link has expired and a fresh link did not work either (HTTP "
                "%1). Try again later.")
                 .arg(status),
             status);
    } else if (status == 404) {
        fail(RecordingProblem::Kind::NotFound,
             tr("The server has no recording for this call (HTTP 404)."), status, requestId);
    } else if (status != 0) {
        fail(RecordingProblem::Kind::Download,
             tr("The recording could not be downloaded: the server answered HTTP %1.").arg(status),
             status, apiOrigin ? requestId : QString());
    } else {
        fail(RecordingProblem::Kind::Download,
             tr("The recording could not be downloaded: %1").arg(errorText));
    }
}

bool RecordingDownload::followRedirect(const QUrl& location)
{
    const bool downgrade = m_url.scheme() == "https"_L1 && location.scheme() != "https"_L1
        && !ApiClient::isLoopbackHost(location.host());
    if (++m_redirects > maxRedirects || !location.isValid() || downgrade)
        return false;
    get(location);
    return true;
}

void RecordingDownload::refetchCall()
{
    m_refetched = true;
    if (!m_client) {
        fail(RecordingProblem::Kind::Expired, tr("The recording's link has expired."));
        return;
    }
    // A signed URL expired (or was revoked): the call's detail carries a fresh one.
    CallReply* reply = m_client->getCall(m_caseId, m_callId);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_done)
            return;
        if (reply->error().isError()) {
            fail(RecordingProblem::Kind::Expired,
                 tr("The recording's link has expired and a fresh one could not be fetched: %1")
                     .arg(reply->error().userMessage()),
                 reply->error().httpStatus, reply->error().requestId);
            return;
        }
        const QString fresh = reply->call().recordingUrl;
        if (fresh.isEmpty()) {
            fail(RecordingProblem::Kind::NoRecording, tr("This call no longer has a recording."));
            return;
        }
        m_redirects = 0;
        get(QUrl(fresh, QUrl::StrictMode));
    });
}

void RecordingDownload::succeed()
{
    m_file.flush();
    m_file.close();
    QByteArray head;
    if (m_file.open(QIODevice::ReadOnly)) {
        head = m_file.read(16);
        m_file.close();
    }
    if (head.isEmpty()) {
        fail(RecordingProblem::Kind::Unplayable, tr("The server sent an empty recording."));
        return;
    }
    m_filePath = m_cache->insert(m_callId, m_file.fileName(), sniffSuffix(head, m_contentType));
    if (m_filePath.isEmpty()) {
        fail(RecordingProblem::Kind::Download,
             tr("The recording could not be stored in the cache."));
        return;
    }
    m_done = true;
    m_deadline.stop();
    emit finished();
}

void RecordingDownload::fail(RecordingProblem::Kind kind, const QString& message, int status,
                             const QString& requestId)
{
    if (m_done)
        return;
    abort();
    m_problem = {kind, message, status, requestId};
    emit finished();
}

void RecordingDownload::discardReply()
{
    QNetworkReply* reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}
