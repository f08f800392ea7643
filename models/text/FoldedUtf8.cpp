// SPDX-License-Identifier: MIT
#include "FoldedUtf8.h"

#include <QChar>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
bool isAsciiSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int sequenceLength(uchar lead)
{
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

char32_t decode(const uchar* p, int length)
{
    if (length == 2)
        return char32_t(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
    if (length == 3)
        return char32_t(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
    return char32_t(((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6)
                    | (p[3] & 0x3F));
}

char* encode(char* dst, char32_t c)
{
    if (c < 0x80) {
        *dst++ = char(c);
    } else if (c < 0x800) {
        *dst++ = char(0xC0 | (c >> 6));
        *dst++ = char(0x80 | (c & 0x3F));
    } else {
        *dst++ = char(0xE0 | (c >> 12));
        *dst++ = char(0x80 | ((c >> 6) & 0x3F));
        *dst++ = char(0x80 | (c & 0x3F));
    }
    return dst;
}

// Folds the plain-ASCII words at `p` 16 bytes at a time while nothing needs the byte-by-byte
// rules: no byte outside printable ASCII, no two spaces in a row. Called only right after a
// character was written (not at the start, no space pending), so a space first in a block is
// a single one. Returns how far it got; a trailing space is left pending rather than written.
struct Run {
    const uchar* p;
    char* dst;
    bool pendingSpace;
};

Run foldAsciiRun(const uchar* p, const uchar* end, char* dst)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i beforeUpper = _mm_set1_epi8('A' - 1);
    const __m128i afterUpper = _mm_set1_epi8('Z' + 1);
    const __m128i caseBit = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // Bytes >= 0x80 are negative as signed: one "less than space" test finds them and the
        // control characters (tab, line breaks) together.
        if (_mm_movemask_epi8(_mm_cmplt_epi8(bytes, space)) != 0)
            break;
        const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space));
        if ((spaces & (spaces >> 1)) != 0)
            break; // two in a row: the slow rules collapse them
        const __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(bytes, beforeUpper), _mm_cmplt_epi8(bytes, afterUpper));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst),
                         _mm_or_si128(bytes, _mm_and_si128(upper, caseBit)));
        p += 16;
        dst += 16;
        if (spaces & 0x8000)
            return {p, dst - 1, true}; // the space is written before the next character, if any
    }
#else
    Q_UNUSED(end);
#endif
    return {p, dst, false};
}
} // namespace

void FoldedUtf8::append(QByteArray& out, QByteArrayView utf8)
{
    // Room for the worst case, then cut back: a character's folded form can take half as many
    // bytes again (U+023A, 2 bytes, folds to U+2C65, 3), and the fast path stores 16 at a time.
    const qsizetype start = out.size();
    out.resize(start + utf8.size() + utf8.size() / 2 + 16);
    char* dst = out.data() + start;
    const auto* p = reinterpret_cast<const uchar*>(utf8.data());
    const uchar* const end = p + utf8.size();
    bool atStart = true;
    bool pendingSpace = false;
    const auto beforeCharacter = [&] {
        if (pendingSpace)
            *dst++ = ' ';
        pendingSpace = false;
        atStart = false;
    };
    while (p < end) {
        if (!atStart && !pendingSpace) {
            const Run run = foldAsciiRun(p, end, dst);
            p = run.p;
            dst = run.dst;
            pendingSpace = run.pendingSpace;
            if (p == end)
                break;
        }
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            if (isAsciiSpace(c)) {
                pendingSpace = !atStart;
                continue;
            }
            beforeCharacter();
            *dst++ = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            continue;
        }
        const int length = std::min<int>(sequenceLength(c), int(end - p));
        const char32_t code = decode(p, length);
        if (code >= 0x10000) { // beyond the BMP: as a QString, two surrogates, kept as they are
            beforeCharacter();
            for (int i = 0; i < length; ++i)
                *dst++ = char(p[i]);
        } else if (QChar::isSpace(code)) {
            pendingSpace = !atStart;
        } else {
            beforeCharacter();
            dst = encode(dst, QChar::toCaseFolded(code) & 0xFFFF);
        }
        p += length;
    }
    out.truncate(dst - out.constData());
}

QByteArray FoldedUtf8::of(QByteArrayView utf8)
{
    QByteArray out;
    append(out, utf8);
    return out;
}
