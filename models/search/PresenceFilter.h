// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

// Which bytes and (hashed) adjacent byte pairs occur in a folded text, kept as `bytes` bits at
// its end: they rule out most calls without reading their text when a query term holds a rare
// letter or pair. Built where a page is decoded (SearchText::prepare), read by CallSearch.
class PresenceFilter {
public:
    static constexpr int byteBits = 256;
    static constexpr int pairBits = 1024;
    static constexpr qsizetype bytes = (byteBits + pairBits) / 8;

    // Appends the filter of `folded` to it.
    static void append(QByteArray& folded);
    // The bits a text must have set to contain `term`.
    static QList<int> bitsOf(const QByteArray& term);
    // Whether a text whose filter starts at `filter` may contain a term with these bits.
    static bool mayContain(const uchar* filter, const QList<int>& termBits);

private:
    static int pairBit(char previous, char current);
};
