// SPDX-License-Identifier: MIT
#include "PresenceFilter.h"

#include <algorithm>
#include <array>

int PresenceFilter::pairBit(char previous, char current)
{
    return byteBits + int((uchar(previous) * 37u + uchar(current)) % unsigned(pairBits));
}

void PresenceFilter::append(QByteArray& folded)
{
    const qsizetype textSize = folded.size();
    folded.resize(textSize + bytes);
    // One byte a bit first, packed at the end: setting bits in place is a read-modify-write
    // that waits on the previous byte's, and this loop runs over every byte of a case.
    std::array<uchar, byteBits + pairBits> seen {};
    uchar previous = '\n';
    for (const char byte : QByteArrayView(folded.constData(), textSize)) {
        const auto current = uchar(byte);
        seen[current] = 1;
        seen[pairBit(char(previous), byte)] = 1;
        previous = current;
    }
    auto* bits = reinterpret_cast<uchar*>(folded.data() + textSize);
    for (qsizetype i = 0; i < bytes; ++i) {
        uchar packed = 0;
        for (int bit = 0; bit < 8; ++bit)
            packed = uchar(packed | (seen[size_t(i * 8 + bit)] << bit));
        bits[i] = packed;
    }
    folded.squeeze();
}

QList<int> PresenceFilter::bitsOf(const QByteArray& term)
{
    QList<int> bits;
    for (qsizetype i = 0; i < term.size(); ++i) {
        bits.append(uchar(term.at(i)));
        if (i > 0)
            bits.append(pairBit(term.at(i - 1), term.at(i)));
    }
    return bits;
}

bool PresenceFilter::mayContain(const uchar* filter, const QList<int>& termBits)
{
    return std::all_of(termBits.cbegin(), termBits.cend(),
                       [filter](int bit) { return (filter[bit >> 3] & (1u << (bit & 7))) != 0; });
}
