// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Search folding straight from UTF-8 to UTF-8: the same result as SearchText::fold() on the
// text as a QString, then encoded as UTF-8 (ASCII capitals lowered, other characters
// QChar::toCaseFolded(), each run of white space one space, none at either end), without the
// round trip through UTF-16. Runs of plain ASCII words go 16 bytes at a time; preparing a page
// for search was several times the cost of decoding it, most of it folding transcripts.
class FoldedUtf8 {
public:
    // Appends the folded form of `utf8`, which must be valid UTF-8 (as the decoders and
    // QString::toUtf8() produce).
    static void append(QByteArray& out, QByteArrayView utf8);
    static QByteArray of(QByteArrayView utf8);
};
