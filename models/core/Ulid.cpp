// SPDX-License-Identifier: MIT
#include "Ulid.h"

namespace {
bool isCrockfordDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return true;
    if (u < u'A' || u > u'Z')
        return false;
    return u != u'I' && u != u'L' && u != u'O' && u != u'U';
}
} // namespace

bool isValidUlid(QStringView text)
{
    if (text.size() != 26)
        return false;
    for (QChar c : text) {
        if (!isCrockfordDigit(c))
            return false;
    }
    return true;
}
