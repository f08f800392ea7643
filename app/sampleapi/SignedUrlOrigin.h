// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

struct SampleHttpRequest;

// The "other host" that serves recordings by short-lived signed URL, without the bearer token:
// http://127.0.0.1:<port>/signed/<callid>.<mp3|wav>?expires=<unix>&sig=<hex>
class SignedUrlOrigin {
public:
    enum class Verdict { Valid, NotFound, BadSignature, Expired };
    struct Target {
        QString callId;
        bool wav = false;
    };

    explicit SignedUrlOrigin(const QByteArray& secret);

    void setOrigin(const QUrl& origin) { m_origin = origin; }
    QUrl origin() const { return m_origin; }
    QUrl urlFor(const QString& callId, bool wav, qint64 expiresUnix) const;
    // URLs handed out now stay valid for 10 to 20 minutes; they change every 10 minutes.
    static qint64 expiryFor(const QDateTime& now);
    Verdict check(const SampleHttpRequest& request, const QDateTime& now, Target* target) const;

private:
    QByteArray signature(const QString& fileName, qint64 expiresUnix) const;

    QByteArray m_secret;
    QUrl m_origin;
};
