// SPDX-License-Identifier: MIT
#include "SampleHttpConnection.h"

#include <QTcpSocket>
#include <QUrl>

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr int slowChunks = 10;
constexpr int truncationResetDelayMs = 50;
} // namespace

SampleHttpConnection::SampleHttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SampleHttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_chunkTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_chunkTimer, &QTimer::timeout, this, &SampleHttpConnection::writeNextChunk);
}

void SampleHttpConnection::readRequests()
{
    m_buffer += m_socket->readAll();
    if (m_busy)
        return; // pipelined: handled once the current response is out
    SampleHttpRequest request;
    bool malformed = false;
    if (takeRequest(&request, &malformed)) {
        m_busy = true;
        m_headOnly = request.method == "HEAD";
        m_closeAfterResponse = !request.keepAlive;
        emit requestReceived(request);
    } else if (malformed) {
        failAndClose(400);
    } else if (m_buffer.size() > maxHeaderBytes) {
        failAndClose(431);
    }
}

bool SampleHttpConnection::takeRequest(SampleHttpRequest* request, bool* malformed)
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        *malformed = true;
        return false;
    }
    request->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    request->path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        request->query = QUrlQuery(QString::fromUtf8(target.mid(queryStart + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed());
    }
    const QByteArray connection = request->header("connection").toLower();
    request->keepAlive =
        requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    // GET requests carry no body; skip one if a client sends it anyway.
    const qsizetype bodyLength = request->header("content-length").toLongLong();
    m_buffer.remove(0, qMin(bodyLength, m_buffer.size()));
    return true;
}

void SampleHttpConnection::respond(const SampleHttpResponse& response, int delayMs)
{
    if (delayMs <= 0) {
        write(response);
        return;
    }
    QTimer::singleShot(delayMs, this, [this, response] { write(response); });
}

void SampleHttpConnection::write(const SampleHttpResponse& response)
{
    const bool hasBody = !m_headOnly && response.status != 304 && response.status >= 200;
    const QByteArray body = hasBody ? response.body : QByteArray();
    qsizetype declaredLength = response.status == 304 ? 0 : response.body.size();
    if (response.truncate)
        declaredLength = qMax<qsizetype>(declaredLength, 1) + 100;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + SampleHttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 304)
        head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
    if (m_closeAfterResponse || response.truncate)
        head += "Connection: close\r\n";
    m_socket->write(head + "\r\n");
    if (response.truncate) {
        m_socket->write(body.left(body.size() / 2));
        resetWhenFlushed();
        return;
    }
    if (response.slowBodyMs > 0 && !body.isEmpty()) {
        m_pendingBody = body;
        m_chunkSize = int(qMax<qsizetype>(1, (body.size() + slowChunks - 1) / slowChunks));
        m_chunkTimer.start(qMax(1, response.slowBodyMs / slowChunks));
        return;
    }
    m_socket->write(body);
    finishResponse();
}

void SampleHttpConnection::resetWhenFlushed()
{
    // Measured with Qt 6.4's QNetworkAccessManager: a graceful close right after the partial
    // body is sometimes taken as the end of the body (no error), and a reset while the bytes are
    // in flight makes it resend the request silently. A reset once the client has had the bytes
    // for a moment ends the reply with RemoteHostClosedError (all but ~1 in 30 times, when QNAM
    // still finishes without error and a body shorter than its Content-Length).
    if (m_socket->bytesToWrite() > 0) {
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                QTimer::singleShot(truncationResetDelayMs, m_socket, &QTcpSocket::abort);
        });
        return;
    }
    QTimer::singleShot(truncationResetDelayMs, m_socket, &QTcpSocket::abort);
}

void SampleHttpConnection::writeNextChunk()
{
    m_socket->write(m_pendingBody.left(m_chunkSize));
    m_pendingBody.remove(0, qMin<qsizetype>(m_chunkSize, m_pendingBody.size()));
    if (m_pendingBody.isEmpty()) {
        m_chunkTimer.stop();
        finishResponse();
    }
}

void SampleHttpConnection::finishResponse()
{
    m_busy = false;
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &SampleHttpConnection::readRequests);
}

void SampleHttpConnection::failAndClose(int status)
{
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' '
                    + SampleHttpResponse::reasonPhrase(status)
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
}
