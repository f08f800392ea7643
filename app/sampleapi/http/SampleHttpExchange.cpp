// SPDX-License-Identifier: MIT
#include "SampleHttpExchange.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>

#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {

constexpr int slowPieces = 10;

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// QtHttpServer looks the reason phrase up and throws on a status it does not know.
QHttpServerResponder::StatusCode statusCode(int status)
{
    using Code = QHttpServerResponder::StatusCode;
    const bool known = QMetaEnum::fromType<Code>().valueToKey(status) != nullptr;
    return known ? Code(status) : Code::InternalServerError;
}
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
QHttpHeaders headersOf(const SampleHttpResponse& response)
{
    QHttpHeaders headers;
    for (const auto& [name, value] : response.headers)
        headers.append(name, value);
    return headers;
}
#endif

constexpr int truncationResetDelayMs = 50;

QByteArray headOf(const SampleHttpResponse& response, qsizetype declaredLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + SampleHttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 304)
        head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    return head + "\r\n";
}
} // namespace

SampleHttpExchange::SampleHttpExchange(const QHttpServerRequest& request, QObject* parent)
    : QObject(parent), m_pieceTimer(this)
{
    m_request.method = methodName(request.method());
    m_request.path = request.url().path(QUrl::FullyDecoded);
    m_request.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto& [name, value] : headers)
        m_request.headers.insert(name.trimmed().toLower(), value.trimmed());
    m_headOnly = m_request.method == "HEAD";
    m_closeAfterResponse = m_request.header("connection").toLower() == "close";
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_peerAddress = request.remoteAddress();
    m_peerPort = request.remotePort();
#endif
    m_pieceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pieceTimer, &QTimer::timeout, this, &SampleHttpExchange::writeNextPiece);
}

SampleHttpExchange* SampleHttpExchange::create(const QHttpServerRequest& request,
                                               Connection connection, QObject* server)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The responder keeps the connection's next request waiting until it is destroyed, and the
    // server's connections must outlive it: SampleHttpServer deletes its exchanges first.
    auto* exchange = new SampleHttpExchange(request, server);
    exchange->m_responder.emplace(std::move(connection));
#else
    Q_UNUSED(server);
    // Qt 6.4 deletes a socket once it disconnects: the exchange goes with it.
    auto* exchange = new SampleHttpExchange(request, connection);
    exchange->m_socket = connection;
#endif
    return exchange;
}

void SampleHttpExchange::respond(const SampleHttpResponse& response, int delayMs)
{
    if (delayMs <= 0) {
        write(response);
        return;
    }
    QTimer::singleShot(delayMs, this, [this, response] { write(response); });
}

void SampleHttpExchange::write(const SampleHttpResponse& response)
{
    const bool hasBody = !m_headOnly && response.status != 304 && response.status >= 200;
    const QByteArray body = hasBody ? response.body : QByteArray();
    if (response.truncate) {
        writeTruncated(response, body);
        return;
    }
    if (response.slowBodyMs > 0 && !body.isEmpty()) {
        beginBody(response, body.size());
        m_pendingBody = body;
        m_pieceSize = qMax<qsizetype>(1, (body.size() + slowPieces - 1) / slowPieces);
        m_pieceTimer.start(qMax(1, response.slowBodyMs / slowPieces));
        return;
    }
    writeWhole(response, body);
    finish();
}

void SampleHttpExchange::writeNextPiece()
{
    if (m_pendingBody.size() > m_pieceSize) {
        writeBodyPiece(m_pendingBody.left(m_pieceSize));
        m_pendingBody.remove(0, m_pieceSize);
        return;
    }
    m_pieceTimer.stop();
    endBody(std::exchange(m_pendingBody, {}));
    finish();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

void SampleHttpExchange::writeWhole(const SampleHttpResponse& response, const QByteArray& body)
{
    m_responder->write(body, headersOf(response), statusCode(response.status));
}

void SampleHttpExchange::beginBody(const SampleHttpResponse& response, qsizetype)
{
    m_responder->writeBeginChunked(headersOf(response), statusCode(response.status));
}

void SampleHttpExchange::writeBodyPiece(const QByteArray& piece)
{
    m_responder->writeChunk(piece);
}

void SampleHttpExchange::endBody(const QByteArray& lastPiece)
{
    m_responder->writeEndChunked(lastPiece);
}

#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

void SampleHttpExchange::writeWhole(const SampleHttpResponse& response, const QByteArray& body)
{
    beginBody(response, body.size());
    endBody(body);
}

void SampleHttpExchange::beginBody(const SampleHttpResponse& response, qsizetype length)
{
    m_responder->writeStatusLine(statusCode(response.status));
    for (const auto& [name, value] : response.headers)
        m_responder->writeHeader(name, value);
    m_responder->writeHeader("Content-Length", QByteArray::number(length));
}

void SampleHttpExchange::writeBodyPiece(const QByteArray& piece)
{
    m_responder->writeBody(piece); // the first call also ends the headers
}

void SampleHttpExchange::endBody(const QByteArray& lastPiece)
{
    m_responder->writeBody(lastPiece);
}

#else

void SampleHttpExchange::writeWhole(const SampleHttpResponse& response, const QByteArray& body)
{
    beginBody(response, response.status == 304 ? 0 : response.body.size());
    endBody(body);
}

void SampleHttpExchange::beginBody(const SampleHttpResponse& response, qsizetype length)
{
    m_socket->write(headOf(response, length, m_closeAfterResponse));
}

void SampleHttpExchange::writeBodyPiece(const QByteArray& piece)
{
    m_socket->write(piece);
}

void SampleHttpExchange::endBody(const QByteArray& lastPiece)
{
    m_socket->write(lastPiece);
}

#endif

void SampleHttpExchange::writeTruncated(const SampleHttpResponse& response, const QByteArray& body)
{
    QTcpSocket* connection = connectionSocket();
    if (!connection) { // cannot happen while QtHttpServer keeps its sockets below the server
        qWarning("sample server: no socket to truncate %s; sent whole",
                 qUtf8Printable(m_request.path));
        writeWhole(response, body);
        finish();
        return;
    }
    const QPointer<QTcpSocket> socket(connection); // the reset comes late: it may be gone
    // Written past QtHttpServer, whose responder (Qt 6.5+) stays unused until the reset: while
    // it lives the connection's handler neither reads on nor deletes itself.
    const qsizetype declaredLength = qMax<qsizetype>(body.size(), 1) + 100;
    connection->write(headOf(response, declaredLength, true) + body.left(body.size() / 2));
    // Measured with Qt 6.4's QNetworkAccessManager: a graceful close right after the partial
    // body is sometimes taken as the end of the body (no error), and a reset while the bytes are
    // in flight makes it resend the request silently. A reset once the client has had the bytes
    // for a moment ends the reply with RemoteHostClosedError (all but ~1 in 30 times, when QNAM
    // still finishes without error and a body shorter than its Content-Length).
    const auto resetSoon = [this, socket] {
        QTimer::singleShot(truncationResetDelayMs, this, [this, socket] {
            if (QTcpSocket* stillOpen = socket.data())
                stillOpen->abort();
            finish();
        });
    };
    if (connection->bytesToWrite() == 0) {
        resetSoon();
        return;
    }
    connect(connection, &QTcpSocket::bytesWritten, this, [socket, resetSoon] {
        if (const QTcpSocket* stillOpen = socket.data();
            stillOpen && stillOpen->bytesToWrite() == 0)
            resetSoon();
    });
}

QTcpSocket* SampleHttpExchange::connectionSocket() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Every version from 6.5 on parents a connection's socket to its protocol handler, and the
    // handler to the server (our parent); the peer's port tells the connections apart.
    QObject* server = parent();
    if (!server)
        return nullptr;
    const auto sockets = server->findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        if (socket->peerPort() == m_peerPort && socket->peerAddress().isEqual(m_peerAddress))
            return socket;
    }
    return nullptr;
#else
    return m_socket;
#endif
}

void SampleHttpExchange::finish()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4's QAbstractHttpServer leaves connection management to whoever writes the response.
    if (m_closeAfterResponse)
        m_socket->disconnectFromHost();
#else
    m_responder.reset(); // lets the connection's next request through
#endif
    deleteLater();
}
