// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringView>

// The API's timestamps: ISO 8601 with an explicit offset ("Z" or "+02:00"). A time without one
// would silently be read as local time, so it is refused. Shared by both JSON decoders so they
// cannot disagree on what a valid time is.
class IsoTimeDecoder {
public:
    // The time in UTC, or an invalid QDateTime when `text` is not such a timestamp.
    static QDateTime decode(QStringView text);
};
