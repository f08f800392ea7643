// SPDX-License-Identifier: MIT
#pragma once

#include "SampleHttpRequest.h"
#include "SampleHttpResponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

// One client connection of the sample server: parses HTTP/1.1 requests one at a time and
// writes their responses, optionally late, slowly or truncated. A written response lets the
// next pipelined request through; the connection deletes itself when the socket closes.
class SampleHttpConnection : public QObject {
    Q_OBJECT
public:
    SampleHttpConnection(QTcpSocket* socket, QObject* parent);

    // Answers the request last announced by requestReceived(), after delayMs.
    void respond(const SampleHttpResponse& response, int delayMs);

signals:
    void requestReceived(const SampleHttpRequest& request);

private:
    void readRequests();
    bool takeRequest(SampleHttpRequest* request, bool* malformed);
    void write(const SampleHttpResponse& response);
    void resetWhenFlushed();
    void writeNextChunk();
    void finishResponse();
    void failAndClose(int status);

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a request is waiting for its response
    bool m_headOnly = false;
    bool m_closeAfterResponse = false;
    QByteArray m_pendingBody; // what a slow response still has to send
    int m_chunkSize = 0;
    QTimer m_chunkTimer;
};
