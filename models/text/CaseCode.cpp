// SPDX-License-Identifier: MIT
#include "CaseCode.h"

namespace {
constexpr char kCaseOffset = 'a' - 'A';

bool isLowerAscii(char c)
{
    return c >= 'a' && c <= 'z';
}

// Whether `original` differs from `folded` at this byte in the one way folding allows.
bool isFoldedAway(char original, char folded)
{
    return (original >= 'A' && original <= 'Z' && folded == char(original + kCaseOffset))
        || (original == '\n' && folded == ' ');
}

char unfolded(char folded)
{
    return folded == ' ' ? '\n' : char(folded - kCaseOffset);
}

void appendVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(char(value));
}

quint64 readVarint(const uchar*& at, const uchar* end)
{
    quint64 value = 0;
    for (int shift = 0; at < end && shift < 64; shift += 7) {
        const uchar byte = *at++;
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            break;
    }
    return value;
}

// Decided from the original text before `at` (which the decoder has already written) and the
// folded text from `at` on, so that encoder and decoder predict alike.
inline bool predictsCapital(const char* original, const char* folded, qsizetype size, qsizetype at)
{
    // Checked first: most bytes follow a letter, and then nothing is predicted.
    const char before = at == 0 ? '\n' : original[at - 1];
    if (before != ' ' && before != '\n')
        return false;
    const char letter = folded[at];
    if (!isLowerAscii(letter))
        return false;
    if (before == '\n')
        return true;
    if (at >= 2) {
        const char end = original[at - 2];
        if (end == '.' || end == '?' || end == '!' || end == ':')
            return true;
    }
    // The word "I" (also "I'm", "I'll").
    return letter == 'i' && (at + 1 == size || !isLowerAscii(folded[at + 1]));
}
} // namespace

std::optional<QByteArray> CaseCode::encode(QByteArrayView original, QByteArrayView folded)
{
    if (original.size() != folded.size())
        return std::nullopt;
    std::optional<QByteArray> sparse = surprises(original, folded);
    if (!sparse || sparse->size() <= 1 + (original.size() + 7) / 8)
        return sparse;
    return bitmap(original, folded);
}

void CaseCode::decode(QByteArrayView code, QByteArrayView folded, char* out)
{
    const qsizetype size = folded.size();
    const auto* at = reinterpret_cast<const uchar*>(code.data());
    const uchar* end = at + code.size();
    if (at == end)
        return;
    if (*at++ == Bitmap) {
        for (qsizetype i = 0; i < size; ++i) {
            const bool changed = (at[i >> 3] >> (i & 7)) & 1u;
            out[i] = changed ? unfolded(folded[i]) : folded[i];
        }
        return;
    }
    // A surprise flips the prediction; positions are gaps from the previous surprise.
    qsizetype nextSurprise = at < end ? qsizetype(readVarint(at, end)) : size;
    for (qsizetype i = 0; i < size; ++i) {
        bool changed = predictsCapital(out, folded.data(), size, i);
        if (i == nextSurprise) {
            changed = !changed;
            nextSurprise = at < end ? i + 1 + qsizetype(readVarint(at, end)) : size;
        }
        out[i] = changed ? unfolded(folded[i]) : folded[i];
    }
}

std::optional<QByteArray> CaseCode::surprises(QByteArrayView original, QByteArrayView folded)
{
    // One pass that also checks `folded` is `original` folded: this runs for every text of
    // every page, on the decode worker.
    QByteArray code(1, char(Surprises));
    qsizetype previous = -1;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const bool changed = original[i] != folded[i];
        if (changed && !isFoldedAway(original[i], folded[i]))
            return std::nullopt;
        if (changed != predictsCapital(original.data(), folded.data(), original.size(), i)) {
            appendVarint(code, quint64(i - previous - 1));
            previous = i;
        }
    }
    return code;
}

QByteArray CaseCode::bitmap(QByteArrayView original, QByteArrayView folded)
{
    QByteArray code(1 + (original.size() + 7) / 8, '\0');
    auto* bits = reinterpret_cast<uchar*>(code.data() + 1);
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (original[i] != folded[i])
            bits[i >> 3] = uchar(bits[i >> 3] | (1u << (i & 7)));
    }
    code[0] = char(Bitmap);
    return code;
}
