// SPDX-License-Identifier: MIT
#include "SignedUrlOrigin.h"

#include "SampleHttpRequest.h"
#include "SampleUlid.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 renewSeconds = 600;
}

SignedUrlOrigin::SignedUrlOrigin(const QByteArray& secret) : m_secret(secret) { }

QByteArray SignedUrlOrigin::signature(const QString& fileName, qint64 expiresUnix) const
{
    const QByteArray payload = fileName.toUtf8() + '\n' + QByteArray::number(expiresUnix);
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256)
        .toHex()
        .left(32);
}

QUrl SignedUrlOrigin::urlFor(const QString& callId, bool wav, qint64 expiresUnix) const
{
    const QString fileName = callId + (wav ? u".wav"_s : u".mp3"_s);
    QUrl url = m_origin;
    url.setPath(u"/signed/"_s + fileName);
    url.setQuery(u"expires=%1&sig=%2"_s.arg(expiresUnix)
                     .arg(QString::fromLatin1(signature(fileName, expiresUnix))));
    return url;
}

qint64 SignedUrlOrigin::expiryFor(const QDateTime& now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    return seconds - seconds % renewSeconds + 2 * renewSeconds;
}

SignedUrlOrigin::Verdict SignedUrlOrigin::check(const SampleHttpRequest& request,
                                                const QDateTime& now, Target* target) const
{
    static const QRegularExpression pathPattern(u"^/signed/([0-9A-Z]{26})\\.(mp3|wav)$"_s);
    const auto match = pathPattern.match(request.path);
    if (!match.hasMatch() || !SampleUlid::isValid(match.captured(1)))
        return Verdict::NotFound;
    bool ok = false;
    const qint64 expires = request.query.queryItemValue(u"expires"_s).toLongLong(&ok);
    const QByteArray sig = request.query.queryItemValue(u"sig"_s).toLatin1();
    const QString fileName = match.captured(1) + u'.' + match.captured(2);
    if (!ok || sig != signature(fileName, expires))
        return Verdict::BadSignature;
    if (expires < now.toSecsSinceEpoch())
        return Verdict::Expired;
    target->callId = match.captured(1);
    target->wav = match.captured(2) == u"wav"_s;
    return Verdict::Valid;
}
