// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Raw HTTP over loopback for the sample server's tests: one request, waited for on its
// finished() signal, with everything a test inspects. Redirects are never followed.
class HttpTestClient {
public:
    struct Reply {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray& lowerCaseName) const
        {
            return headers.value(lowerCaseName);
        }
        // Const, so that json()[key] reads a copy instead of referencing a temporary.
        const QJsonObject json() const; // empty when the body is not a JSON object
    };

    explicit HttpTestClient(const QString& token = {});

    Reply get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
    void setToken(const QString& token) { m_token = token; }

private:
    QNetworkAccessManager m_manager;
    QString m_token;
};
