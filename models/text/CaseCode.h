// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// What a text's folded form (ASCII capitals lower-cased, line breaks as spaces) lost, so that the
// text can be kept as a slice of its call's search text plus this code. Most capitals of prose are
// predictable (a sentence's first letter, the word "I", a line's first letter), so the code lists
// only the positions where the prediction is wrong, as varint gaps: about 130 bytes for a 5 KB
// transcript where one bit per byte took 630. Dense texts fall back to one bit per byte.
class CaseCode {
public:
    // The code that turns `folded` back into `original` (the same number of bytes), or nothing
    // when `folded` is not `original` folded as above (any other byte, ASCII or not, must be
    // equal).
    static std::optional<QByteArray> encode(QByteArrayView original, QByteArrayView folded);
    // Writes the original text, folded.size() bytes, to `out`.
    static void decode(QByteArrayView code, QByteArrayView folded, char* out);

private:
    enum Format : char { Bitmap = 0, Surprises = 1 };
    static std::optional<QByteArray> surprises(QByteArrayView original, QByteArrayView folded);
    static QByteArray bitmap(QByteArrayView original, QByteArrayView folded);
};
