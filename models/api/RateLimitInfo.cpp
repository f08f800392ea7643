// SPDX-License-Identifier: MIT
#include "RateLimitInfo.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Far enough ahead for any real rate limit; larger values are nonsense, not a wait.
constexpr qint64 kMaxPlausibleSeconds = 7 * 24 * 3600;
} // namespace

QDateTime RateLimitInfo::retryAt(const QByteArray& retryAfter, const QByteArray& reset,
                                 const QDateTime& nowUtc)
{
    const QByteArray delayText = retryAfter.trimmed();
    if (!delayText.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = delayText.toLongLong(&isNumber);
        if (isNumber && seconds >= 0 && seconds <= kMaxPlausibleSeconds)
            return nowUtc.addSecs(seconds);
        const QDateTime date = parseHttpDate(delayText);
        if (date.isValid())
            return date;
    }
    bool isNumber = false;
    const qint64 resetSeconds = reset.trimmed().toLongLong(&isNumber);
    if (isNumber && resetSeconds > 0
        && resetSeconds - nowUtc.toSecsSinceEpoch() <= kMaxPlausibleSeconds)
        return QDateTime::fromSecsSinceEpoch(resetSeconds, QTimeZone::utc());
    return {};
}

QDateTime RateLimitInfo::parseHttpDate(const QByteArray& value)
{
    // The preferred HTTP date is RFC 1123 ("Sun, 06 Nov 1994 08:49:37 GMT"); the English C
    // locale parses it whatever the user's locale is.
    const QString text = QString::fromLatin1(value);
    const QDateTime gmt = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (gmt.isValid())
        return QDateTime(gmt.date(), gmt.time(), QTimeZone::utc());
    const QDateTime withOffset = QDateTime::fromString(text, Qt::RFC2822Date);
    return withOffset.isValid() ? withOffset.toUTC() : QDateTime();
}
