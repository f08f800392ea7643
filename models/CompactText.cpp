// SPDX-License-Identifier: MIT
#include "CompactText.h"

using namespace Qt::StringLiterals;

CompactText::CompactText(const QString& text)
    : m_bytes(text.toUtf8()), m_length(m_bytes.size()), m_null(text.isNull())
{
}

CompactText& CompactText::operator=(const QString& text)
{
    return *this = CompactText(text);
}

CompactText CompactText::fromUtf8(QByteArrayView utf8)
{
    CompactText text;
    text.m_bytes = utf8.toByteArray();
    text.m_length = text.m_bytes.size();
    text.m_null = false;
    return text;
}

QString CompactText::toString() const
{
    if (m_null)
        return {};
    if (m_caseBits.isEmpty())
        return m_length == 0 ? QString(u""_s) : QString::fromUtf8(m_bytes);
    QByteArray utf8(m_length, Qt::Uninitialized);
    char* out = utf8.data();
    const char* folded = m_bytes.constData() + m_offset;
    const auto* bits = reinterpret_cast<const uchar*>(m_caseBits.constData());
    for (qsizetype i = 0; i < m_length; ++i) {
        char c = folded[i];
        if (bits[i >> 3] & (1u << (i & 7)))
            c = c == ' ' ? '\n' : char(c - ('a' - 'A'));
        out[i] = c;
    }
    return QString::fromUtf8(utf8);
}

CompactText& CompactText::operator+=(const QString& more)
{
    return *this = CompactText(toString() + more);
}

bool CompactText::shareFolded(const QByteArray& folded, qsizetype offset, qsizetype length)
{
    if (!m_caseBits.isEmpty() || m_length == 0 || length != m_length || offset < 0
        || offset + length > folded.size())
        return false;
    const char* original = m_bytes.constData();
    const char* lower = folded.constData() + offset;
    QByteArray bits((m_length + 7) / 8, '\0');
    auto* bitData = reinterpret_cast<uchar*>(bits.data());
    for (qsizetype i = 0; i < m_length; ++i) {
        const char o = original[i];
        const char l = lower[i];
        if (o == l)
            continue; // also the bytes of a character that folding leaves alone (é, ß)
        const bool capital = o >= 'A' && o <= 'Z' && l == char(o + ('a' - 'A'));
        if (!capital && !(o == '\n' && l == ' '))
            return false; // not this text folded: keep the UTF-8
        bitData[i >> 3] = uchar(bitData[i >> 3] | (1u << (i & 7)));
    }
    m_bytes = folded;
    m_offset = offset;
    m_caseBits = bits;
    return true;
}

bool operator==(const CompactText& a, const CompactText& b)
{
    if (a.m_null != b.m_null || a.m_length != b.m_length)
        return false;
    if (a.m_caseBits.isEmpty() && b.m_caseBits.isEmpty())
        return a.m_bytes == b.m_bytes;
    return a.toString() == b.toString();
}
