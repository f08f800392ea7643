// SPDX-License-Identifier: MIT
#include "SampleUlid.h"

#include <QRandomGenerator>

#include <cstring>

namespace {
constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int ulidLength = 26;
} // namespace

QString SampleUlid::make(qint64 msecsSinceEpoch, QRandomGenerator& random)
{
    QString text(ulidLength, QLatin1Char('0'));
    auto time = quint64(msecsSinceEpoch);
    for (int i = 9; i >= 0; --i) {
        text[i] = QLatin1Char(crockford[time & 31]);
        time >>= 5;
    }
    for (int i = 10; i < ulidLength; ++i)
        text[i] = QLatin1Char(crockford[random.bounded(32)]);
    return text;
}

bool SampleUlid::isValid(QStringView text)
{
    if (text.size() != ulidLength || text.front() > QLatin1Char('7'))
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 127 || !std::strchr(crockford, char(c.unicode())) || c == QChar())
            return false;
    }
    return true;
}
