// SPDX-License-Identifier: MIT
#include "LocalFilter.h"

#include <QLocale>

namespace {
QString directionOnly(CallDirection direction)
{
    switch (direction) {
    case CallDirection::Inbound:
        return LocalFilter::tr("Inbound only");
    case CallDirection::Outbound:
        return LocalFilter::tr("Outbound only");
    case CallDirection::Unknown:
        break;
    }
    return LocalFilter::tr("Unknown direction only");
}
} // namespace

bool LocalFilter::isActive() const
{
    return !text.trimmed().isEmpty() || direction.has_value() || onlyWithRecording
        || onlyWithOpenActionItems || from.isValid() || to.isValid();
}

QStringList LocalFilter::describe() const
{
    QStringList items;
    const QString words = text.simplified();
    if (!words.isEmpty())
        items << tr("Text: \u201c%1\u201d").arg(words);
    if (direction)
        items << directionOnly(*direction);
    if (onlyWithRecording)
        items << tr("With recording");
    if (onlyWithOpenActionItems)
        items << tr("With open action items");
    const QLocale locale;
    if (from.isValid())
        items << tr("From %1").arg(locale.toString(from, QLocale::ShortFormat));
    if (to.isValid())
        items << tr("To %1").arg(locale.toString(to, QLocale::ShortFormat));
    return items;
}
