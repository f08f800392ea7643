// SPDX-License-Identifier: MIT
#include "ScriptedServer.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}
} // namespace

QByteArray ScriptedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(const QByteArray& body, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray& location)
{
    ScriptedResponse response;
    response.status = status;
    response.contentType.clear();
    response.headers.append({"Location", location});
    return response;
}

ScriptedResponse& ScriptedResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

ScriptedServer::ScriptedServer(QObject* parent) : QObject(parent) { }

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listenTls(const QSslConfiguration& configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    // A failed handshake (the client refusing our certificate) is the expected outcome of
    // some tests, not a server problem: nothing to do but let the socket go.
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2/v1").arg(m_tls ? u"https"_s : u"http"_s).arg(port()));
}

void ScriptedServer::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (auto* tls = qobject_cast<QSslSocket*>(socket))
            m_protocols.append(tls->sslConfiguration().nextNegotiatedProtocol());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void ScriptedServer::readRequest(QTcpSocket* socket)
{
    // Keeps reading until the blank line; requests here are GETs without a body.
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool()) {
        socket->setProperty("buffered", buffered);
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = buffered.left(end).split('\n');
    ScriptedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append(
                {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    m_requests.append(request);
    answer(socket, request);
}

void ScriptedServer::answer(QTcpSocket* socket, const ScriptedRequest& request)
{
    ScriptedResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = ScriptedResponse::json(R"({"error":{"code":"unscripted","message":"x"}})", 500);
    if (response.fault == ScriptedResponse::Fault::NeverAnswer)
        return;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\nConnection: close\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    qint64 announced = response.body.size();
    if (response.fault == ScriptedResponse::Fault::ShortBody)
        announced += 1000;
    if (response.fault != ScriptedResponse::Fault::NoLength)
        head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    for (const auto& [name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    switch (response.fault) {
    case ScriptedResponse::Fault::ResetMidBody:
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        // Give the client the partial body, then reset instead of closing cleanly.
        QTimer::singleShot(100, socket, [socket] { resetConnection(socket); });
        return;
    case ScriptedResponse::Fault::Trickle:
        socket->write(head);
        trickle(socket, response.body, response.trickleIntervalMs);
        return;
    default:
        socket->write(head + response.body);
        socket->disconnectFromHost(); // after the buffered bytes are written
        return;
    }
}

void ScriptedServer::trickle(QTcpSocket* socket, const QByteArray& rest, int intervalMs)
{
    if (rest.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    socket->write(rest.left(1));
    QTimer::singleShot(intervalMs, socket, [this, socket, rest, intervalMs] {
        trickle(socket, rest.mid(1), intervalMs);
    });
}

void ScriptedServer::resetConnection(QTcpSocket* socket)
{
    // SO_LINGER with a zero timeout makes close() send RST: the client sees "connection reset".
    const linger hardClose {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                 sizeof(hardClose));
    socket->abort();
}
