// SPDX-License-Identifier: MIT
#pragma once

#include "SampleHttpRequest.h"
#include "SampleHttpResponse.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QObject>
#include <QTimer>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

// One request that QtHttpServer parsed, and the means to answer it late, slowly or cut short.
// This is the only place that knows how QtHttpServer's API differs between Qt versions:
// - 6.4 hands out the connection's QTcpSocket: the response is written on it directly.
// - 6.5 to 6.7 hand out a QHttpServerResponder that writes the status line, headers and body
//   piece by piece.
// - 6.8 and later take QHttpHeaders and send a slow body with chunked transfer encoding.
// A truncated response needs the socket on every version (to declare more bytes than are sent,
// then reset): from 6.5 on it is found among the server's children by the request's peer.
// An exchange deletes itself once its response is out; on 6.4 it dies with its socket.
class SampleHttpExchange : public QObject {
    Q_OBJECT
public:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    using Connection = QHttpServerResponder&; // QAbstractHttpServer::handleRequest()'s
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    using UnhandledConnection = QHttpServerResponder&; // ...and missingHandler()'s
#else
    using UnhandledConnection = QHttpServerResponder&&;
#endif
#else
    using Connection = QTcpSocket*;
    using UnhandledConnection = QTcpSocket*;
#endif
    // Takes over answering `request` on `connection`; `server` is the QAbstractHttpServer.
    static SampleHttpExchange* create(const QHttpServerRequest& request, Connection connection,
                                      QObject* server);

    const SampleHttpRequest& request() const
    {
        return m_request;
    }
    // Writes `response` after `delayMs`, slowly or truncated as it asks.
    void respond(const SampleHttpResponse& response, int delayMs);

private:
    SampleHttpExchange(const QHttpServerRequest& request, QObject* parent);

    void write(const SampleHttpResponse& response);
    void writeWhole(const SampleHttpResponse& response, const QByteArray& body);
    void beginBody(const SampleHttpResponse& response, qsizetype length);
    void writeBodyPiece(const QByteArray& piece);
    void endBody(const QByteArray& lastPiece);
    void writeNextPiece();
    void writeTruncated(const SampleHttpResponse& response, const QByteArray& body);
    QTcpSocket* connectionSocket() const;
    void finish();

    SampleHttpRequest m_request;
    bool m_headOnly = false;
    bool m_closeAfterResponse = false;
    QByteArray m_pendingBody; // what a slow response still has to send
    qsizetype m_pieceSize = 0;
    QTimer m_pieceTimer;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    std::optional<QHttpServerResponder> m_responder; // destroyed: the connection moves on
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
#else
    QTcpSocket* m_socket = nullptr; // our parent
#endif
};
