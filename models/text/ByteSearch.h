// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// A needle prepared for fast substring search over lower-cased UTF-8 text, used on every
// keystroke over every loaded call. glibc's memmem() runs at about 1 GB/s when there is no match
// (the common case while narrowing a search); this compares the needle's two rarest bytes at 16
// candidate positions at once (SSE2) and checks the whole needle only where both agree, at
// memory speed.
class ByteSearch {
public:
    ByteSearch() = default;
    explicit ByteSearch(const QByteArray& needle);

    const QByteArray& needle() const { return m_needle; }
    bool foundIn(const QByteArray& haystack) const
    {
        return foundIn(haystack.constData(), haystack.size());
    }
    bool foundIn(const char* haystack, qsizetype size) const
    {
        return indexIn(haystack, size) >= 0;
    }
    // Where the needle first occurs, or -1.
    qsizetype indexIn(const char* haystack, qsizetype size) const;

private:
    QByteArray m_needle;
    qsizetype m_first = 0; // offsets of the two rarest bytes of the needle, m_first < m_second
    qsizetype m_second = 0;
};
