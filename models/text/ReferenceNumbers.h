// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// One reference number found in free text: where it is and what it says.
struct ReferenceNumber {
    qsizetype start = 0;
    qsizetype length = 0;
    QString value;

    friend bool operator==(const ReferenceNumber&, const ReferenceNumber&) = default;
};

// Finds the reference numbers case workers quote back to institutions ("Ref# EST-2025-00456",
// "reference number 12345678", "claim #CLM-889123") in summaries and notes. Pure text logic.
class ReferenceNumbers {
public:
    // Each distinct value once (compared case-insensitively), at its first occurrence, in text
    // order. A value needs a digit, so prose such as "the claim form" is never a match.
    static QList<ReferenceNumber> find(const QString& text);
};
