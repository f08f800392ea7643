// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

// Shares one QString per distinct short value among all calls, so that values a case repeats on
// every call (status, direction, the office's number, a contact's id, the case worker's name)
// cost one heap block in total rather than one per call. Thread-safe: decode workers use it.
// Bounded: long values and values met after the table is full are not shared, only returned.
class StringInterner {
public:
    // The shared copy of `utf8` (valid UTF-8); empty input gives an empty, non-null QString.
    static QString intern(QByteArrayView utf8);
    // The shared copy of `text`; a null or empty `text` comes back as it is.
    static QString intern(const QString& text);

    // Values longer than this (in UTF-8 bytes) are never shared: they are rarely repeated.
    static constexpr qsizetype kMaxValueBytes = 64;
    // How many distinct values are kept at most (the table lives as long as the process).
    static constexpr qsizetype kMaxValues = 4096;
};
