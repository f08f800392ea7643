// SPDX-License-Identifier: MIT
#include "CallFormatter.h"

#include "CallStatus.h"
#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

QString CallFormatter::duration(std::optional<int> seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    // The h:mm:ss layout reads the same in every language; the digits are the locale's.
    const QLocale locale;
    const auto twoDigits = [&locale](int value) {
        const QString digits = locale.toString(value);
        return value < 10 ? locale.zeroDigit() + digits : digits;
    };
    const int hours = *seconds / 3600;
    const int minutes = (*seconds / 60) % 60;
    const int secs = *seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(locale.toString(hours), twoDigits(minutes), twoDigits(secs));
    return QStringLiteral("%1:%2").arg(locale.toString(minutes), twoDigits(secs));
}

QString CallFormatter::when(const QDateTime& utc, const QDateTime& now)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 daysAgo = local.date().daysTo(now.toLocalTime().date());
    if (daysAgo == 0)
        return tr("Today %1").arg(time);
    if (daysAgo == 1)
        return tr("Yesterday %1").arg(time);
    if (daysAgo > 1 && daysAgo < 7)
        return tr("%1 %2", "short weekday, then time: Mon 14:05")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    return locale.toString(local, QLocale::ShortFormat);
}

QString CallFormatter::phoneNumber(const QString& serverNumber)
{
    // Zero-width and bidi characters could make one number look like another: never shown.
    const QString e164 = DisplayText::identifier(serverNumber);
    // +1 NPA NXX XXXX: the numbers case workers call are almost all North American.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1"))) {
        bool digits = true;
        for (qsizetype i = 1; i < e164.size(); ++i)
            digits = digits && e164.at(i).isDigit();
        if (digits)
            return QStringLiteral("+1 %1-%2-%3")
                .arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    }
    return e164;
}

QString CallFormatter::firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

QString CallFormatter::status(const QString& wire)
{
    switch (callStatusFromWire(wire)) {
    case CallStatus::Initiated:
        return tr("Initiated");
    case CallStatus::Ringing:
        return tr("Ringing");
    case CallStatus::InProgress:
        return tr("In progress");
    case CallStatus::Completed:
        return tr("Completed");
    case CallStatus::Failed:
        return tr("Failed");
    case CallStatus::NoAnswer:
        return tr("No answer");
    case CallStatus::Busy:
        return tr("Busy");
    case CallStatus::Cancelled:
        return tr("Cancelled");
    case CallStatus::Unknown:
        break;
    }
    return wire.isEmpty() ? tr("Unknown") : wire;
}

QString CallFormatter::recordingStatus(const QString& wire)
{
    if (wire.isEmpty() || wire == QLatin1String("absent"))
        return tr("None", "recording");
    if (wire == QLatin1String("pending"))
        return tr("Pending", "recording");
    if (wire == QLatin1String("processing"))
        return tr("Processing", "recording");
    if (wire == QLatin1String("failed"))
        return tr("Failed", "recording");
    if (wire == QLatin1String("completed"))
        return tr("Completed", "recording");
    return wire;
}

QStringList CallFormatter::knownRecordingStatuses()
{
    return {QStringLiteral("absent"), QStringLiteral("pending"), QStringLiteral("processing"),
            QStringLiteral("failed"), QStringLiteral("completed")};
}
