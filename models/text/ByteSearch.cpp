// SPDX-License-Identifier: MIT
#include "ByteSearch.h"

#include <algorithm>
#include <cstring>
#include <string.h> // memmem (GNU)
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
// How common a byte is in English text, low = rare: letters by their usual frequency, the space
// most common of all; digits, punctuation and UTF-8 bytes are rare.
int commonness(char byte)
{
    static constexpr char byFrequency[] = "zqxjkvbpygfwmucldrhsnioate";
    if (byte == ' ')
        return 100;
    const char* found = std::strchr(byFrequency, byte);
    return byte != '\0' && found ? 10 + int(found - byFrequency) : 0;
}

qsizetype indexPlain(const char* haystack, qsizetype size, const QByteArray& needle)
{
#ifdef __GLIBC__
    const void* found = memmem(haystack, size_t(size), needle.constData(), size_t(needle.size()));
    return found ? static_cast<const char*>(found) - haystack : -1;
#else
    const size_t found = std::string_view(haystack, size_t(size)).find(std::string_view(needle));
    return found == std::string_view::npos ? -1 : qsizetype(found);
#endif
}
} // namespace

ByteSearch::ByteSearch(const QByteArray& needle) : m_needle(needle)
{
    if (needle.size() < 2)
        return;
    qsizetype rarest = 0;
    for (qsizetype i = 1; i < needle.size(); ++i) {
        if (commonness(needle.at(i)) < commonness(needle.at(rarest)))
            rarest = i;
    }
    qsizetype next = rarest == 0 ? 1 : 0;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        if (i != rarest && commonness(needle.at(i)) < commonness(needle.at(next)))
            next = i;
    }
    m_first = std::min(rarest, next);
    m_second = std::max(rarest, next);
}

qsizetype ByteSearch::indexIn(const char* haystack, qsizetype size) const
{
    const qsizetype length = m_needle.size();
    if (length == 0)
        return 0;
    if (size < length)
        return -1;
    if (length == 1) {
        const void* found = std::memchr(haystack, m_needle.at(0), size_t(size));
        return found ? static_cast<const char*>(found) - haystack : -1;
    }
    qsizetype start = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(m_needle.at(m_first));
    const __m128i second = _mm_set1_epi8(m_needle.at(m_second));
    const char* needle = m_needle.constData();
    // Candidates start .. start + 15 are whole inside the haystack while start + 15 + length <=
    // size.
    for (; start + 15 + length <= size; start += 16) {
        const auto* atFirst = reinterpret_cast<const __m128i*>(haystack + start + m_first);
        const auto* atSecond = reinterpret_cast<const __m128i*>(haystack + start + m_second);
        const __m128i both = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(atFirst), first),
                                           _mm_cmpeq_epi8(_mm_loadu_si128(atSecond), second));
        unsigned mask = unsigned(_mm_movemask_epi8(both));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(haystack + start + bit, needle, size_t(length)) == 0)
                return start + bit;
            mask &= mask - 1;
        }
    }
#endif
    const qsizetype found = indexPlain(haystack + start, size - start, m_needle);
    return found < 0 ? -1 : start + found;
}
