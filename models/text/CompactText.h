// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

// Text kept compact and converted to a QString when read: the long free text of a call
// (transcript, summary, notes, action items) is most of a case's memory, and QString spends two
// bytes on every ASCII character. Stored as UTF-8, or as a slice of the call's lower-cased search
// text (which the search index keeps anyway) plus a short code saying where the original had an
// ASCII capital or a line break (CaseCode). One pointer wide, shared on copy.
// Reads like the QString it replaces where Call's readers need it.
class CompactText {
public:
    CompactText() = default; // null, like QString()
    // Explicit: with an implicit one, `text == qstring` would be ambiguous.
    explicit CompactText(const QString& text);
    CompactText(const CompactText& other) noexcept;
    CompactText(CompactText&& other) noexcept : m_block(std::exchange(other.m_block, nullptr)) { }
    CompactText& operator=(const CompactText& other) noexcept;
    CompactText& operator=(CompactText&& other) noexcept;
    CompactText& operator=(const QString& text);
    ~CompactText();
    static CompactText fromUtf8(QByteArrayView utf8); // non-null, even when empty

    QString toString() const;
    operator QString() const { return toString(); } // for readers taking const QString&

    bool isNull() const { return m_block == nullptr; }
    bool isEmpty() const { return utf8Size() == 0; }
    qsizetype utf8Size() const;
    qsizetype size() const { return toString().size(); } // in UTF-16 units, like QString
    qsizetype count(QChar ch) const { return toString().count(ch); }
    void clear() { *this = CompactText(); }
    CompactText& operator+=(const QString& more);

    // Re-stores the text as bytes [offset, offset + length) of `folded` plus its case code, when
    // that slice is exactly this text with ASCII capitals lower-cased and line breaks as spaces
    // (any other character, ASCII or not, must be the same in both).
    // Returns whether it did; otherwise nothing changes.
    bool shareFolded(const QByteArray& folded, qsizetype offset, qsizetype length);
    bool isSharingFolded() const;
    // The UTF-8 as stored, without converting; only for a text not sharing the search text.
    QByteArrayView utf8() const { return isSharingFolded() ? QByteArrayView() : utf8View(); }
    // Bytes this text holds of its own: its UTF-8, or when sharing, its case code.
    qsizetype ownBytes() const;

    friend bool operator==(const CompactText& a, const CompactText& b);
    friend bool operator==(const CompactText& a, const QString& b) { return a.toString() == b; }

private:
    struct Block;
    explicit CompactText(Block* block) : m_block(block) { }
    QByteArrayView utf8View() const; // only for a text not sharing

    Block* m_block = nullptr; // null: a null text
};
