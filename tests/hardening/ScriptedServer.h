// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// What the client sent: the request line's target and the headers (names lower-cased).
struct ScriptedRequest {
    QByteArray method;
    QByteArray target; // path and query, e.g. "/v1/cases/.../phone-calls?per_page=25"
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const;
};

// One scripted answer, including the transport faults QHttpServer cannot produce.
struct ScriptedResponse {
    enum class Fault {
        None,
        ResetMidBody, // half the body, then a TCP reset
        NeverAnswer, // read the request, never write a byte
        Trickle, // one body byte every trickleIntervalMs
        ShortBody, // Content-Length announces 1000 bytes more than are sent, then close
        NoLength, // no Content-Length: the body ends when the connection closes
    };
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Fault fault = Fault::None;
    int trickleIntervalMs = 200;

    static ScriptedResponse json(const QByteArray& body, int status = 200);
    static ScriptedResponse redirect(int status, const QByteArray& location);
    ScriptedResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

// A loopback HTTP/1.1 (or HTTPS, with listenTls) server that answers every request from a
// script: queued responses first, then the handler. One request per connection
// ("Connection: close"), so each attempt of the client is one connection here.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const ScriptedRequest&)>;

    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration& configuration);
    QUrl baseUrl() const; // scheme://127.0.0.1:port/v1
    quint16 port() const;

    void enqueue(const ScriptedResponse& response) { m_queue.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<ScriptedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // ALPN protocols negotiated on TLS connections, in order ("" when none was).
    QList<QByteArray> negotiatedProtocols() const { return m_protocols; }

private:
    void acceptPending();
    void readRequest(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const ScriptedRequest& request);
    void trickle(QTcpSocket* socket, const QByteArray& rest, int intervalMs);
    static void resetConnection(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    QList<QByteArray> m_protocols;
};
