// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QRandomGenerator;

// ULIDs for the generated case: 48-bit millisecond time + 80 random bits, Crockford base32.
class SampleUlid {
public:
    static QString make(qint64 msecsSinceEpoch, QRandomGenerator& random);
    static bool isValid(QStringView text);
};
