// SPDX-License-Identifier: MIT
#include "IsoTimeDecoder.h"

QDateTime IsoTimeDecoder::decode(QStringView text)
{
    const qsizetype size = text.size();
    const bool hasOffset = text.endsWith(u'Z') || text.endsWith(u'z')
        || (size > 6 && (text.at(size - 6) == u'+' || text.at(size - 6) == u'-'));
    if (!hasOffset)
        return {};
    // Qt::ISODateWithMs, not a format string: the format-string parser is ~100x slower.
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}
