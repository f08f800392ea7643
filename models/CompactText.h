// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Text kept compact and converted to a QString when read: the long free text of a call
// (transcript, summary, notes) is most of a case's memory, and QString spends two bytes on every
// ASCII character. Stored as UTF-8, or, for a transcript, as its lower-cased search text (which
// the search index keeps anyway) plus one bit per byte saying where the original had an ASCII
// capital or a line break. Reads like the QString it replaces where Call's readers need it.
class CompactText {
public:
    CompactText() = default; // null, like QString()
    // Explicit: with an implicit one, `text == qstring` would be ambiguous.
    explicit CompactText(const QString& text);
    CompactText& operator=(const QString& text);
    static CompactText fromUtf8(QByteArrayView utf8); // non-null, even when empty

    QString toString() const;
    operator QString() const { return toString(); } // for readers taking const QString&

    bool isNull() const { return m_null; }
    bool isEmpty() const { return m_length == 0; }
    qsizetype utf8Size() const { return m_length; }
    qsizetype size() const { return toString().size(); } // in UTF-16 units, like QString
    qsizetype count(QChar ch) const { return toString().count(ch); }
    void clear() { *this = CompactText(); }
    CompactText& operator+=(const QString& more);

    // Re-stores the text as bytes [offset, offset + length) of `folded` plus case bits, when
    // that slice is exactly this text with ASCII capitals lower-cased and line breaks as spaces
    // (any other character, ASCII or not, must be the same in both).
    // Returns whether it did; otherwise nothing changes.
    bool shareFolded(const QByteArray& folded, qsizetype offset, qsizetype length);
    bool isSharingFolded() const { return !m_caseBits.isEmpty(); }

    friend bool operator==(const CompactText& a, const CompactText& b);

private:
    QByteArray m_bytes; // UTF-8, or the folded buffer this text is a slice of
    QByteArray m_caseBits; // empty: m_bytes is the UTF-8; else bit i: byte i was upper or '\n'
    qsizetype m_offset = 0;
    qsizetype m_length = 0; // bytes of UTF-8 (or of the slice)
    bool m_null = true;
};
