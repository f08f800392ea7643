// SPDX-License-Identifier: MIT
#include "CompactText.h"

#include "CaseCode.h"

#include <QAtomicInt>

#include <cstring>
#include <new>

using namespace Qt::StringLiterals;

// One heap block per text: a header, then either the UTF-8 (own text), or the shared folded
// buffer's QByteArray followed by the case code (a slice of the search text).
struct CompactText::Block {
    QAtomicInt ref {1};
    quint32 length = 0; // bytes of UTF-8 of the text
    quint32 offset = 0; // sharing: where the slice starts in folded()
    quint32 codeSize : 31 = 0; // sharing: bytes of case code after folded()
    quint32 sharing : 1 = 0;

    char* afterHeader() { return reinterpret_cast<char*>(this + 1); }
    const char* afterHeader() const { return reinterpret_cast<const char*>(this + 1); }
    // Own text only.
    const char* utf8() const { return afterHeader(); }
    // Sharing only: the buffer is constructed in place right after the header.
    const QByteArray& folded() const { return *reinterpret_cast<const QByteArray*>(afterHeader()); }
    const char* code() const { return afterHeader() + sizeof(QByteArray); }

    static Block* allocate(qsizetype tail)
    {
        static_assert(sizeof(Block) % alignof(QByteArray) == 0);
        return new (::operator new(sizeof(Block) + size_t(tail))) Block;
    }
    static Block* own(QByteArrayView utf8)
    {
        Block* block = allocate(utf8.size());
        block->length = quint32(utf8.size());
        if (!utf8.isEmpty())
            std::memcpy(block->afterHeader(), utf8.data(), size_t(utf8.size()));
        return block;
    }
    static Block* share(const QByteArray& folded, qsizetype offset, qsizetype length,
                        const QByteArray& code)
    {
        Block* block = allocate(qsizetype(sizeof(QByteArray)) + code.size());
        new (block->afterHeader()) QByteArray(folded);
        std::memcpy(block->afterHeader() + sizeof(QByteArray), code.constData(),
                    size_t(code.size()));
        block->length = quint32(length);
        block->offset = quint32(offset);
        block->codeSize = quint32(code.size());
        block->sharing = 1;
        return block;
    }
    static void release(Block* block)
    {
        if (!block || block->ref.deref())
            return;
        if (block->sharing) {
            using Bytes = QByteArray;
            reinterpret_cast<Bytes*>(block->afterHeader())->~Bytes();
        }
        block->~Block();
        ::operator delete(block);
    }
};

CompactText::CompactText(const QString& text)
{
    if (!text.isNull())
        m_block = Block::own(text.toUtf8());
}

CompactText::CompactText(const CompactText& other) noexcept : m_block(other.m_block)
{
    if (m_block)
        m_block->ref.ref();
}

CompactText& CompactText::operator=(const CompactText& other) noexcept
{
    CompactText copy(other);
    std::swap(m_block, copy.m_block);
    return *this;
}

CompactText& CompactText::operator=(CompactText&& other) noexcept
{
    std::swap(m_block, other.m_block);
    return *this;
}

CompactText& CompactText::operator=(const QString& text)
{
    return *this = CompactText(text);
}

CompactText::~CompactText()
{
    Block::release(m_block);
}

CompactText CompactText::fromUtf8(QByteArrayView utf8)
{
    return CompactText(Block::own(utf8));
}

qsizetype CompactText::utf8Size() const
{
    return m_block ? qsizetype(m_block->length) : 0;
}

bool CompactText::isSharingFolded() const
{
    return m_block && m_block->sharing;
}

qsizetype CompactText::ownBytes() const
{
    if (!m_block)
        return 0;
    return m_block->sharing ? qsizetype(m_block->codeSize) : qsizetype(m_block->length);
}

QByteArrayView CompactText::utf8View() const
{
    return m_block ? QByteArrayView(m_block->utf8(), m_block->length) : QByteArrayView();
}

QString CompactText::toString() const
{
    if (!m_block)
        return {};
    if (m_block->length == 0)
        return u""_s;
    if (!m_block->sharing)
        return QString::fromUtf8(utf8View());
    QByteArray utf8(m_block->length, Qt::Uninitialized);
    const QByteArrayView slice(m_block->folded().constData() + m_block->offset, m_block->length);
    CaseCode::decode(QByteArrayView(m_block->code(), m_block->codeSize), slice, utf8.data());
    return QString::fromUtf8(utf8);
}

CompactText& CompactText::operator+=(const QString& more)
{
    return *this = CompactText(toString() + more);
}

bool CompactText::shareFolded(const QByteArray& folded, qsizetype offset, qsizetype length)
{
    if (!m_block || m_block->sharing || m_block->length == 0 || length != m_block->length
        || offset < 0 || offset + length > folded.size())
        return false;
    const std::optional<QByteArray> code =
        CaseCode::encode(utf8View(), QByteArrayView(folded).sliced(offset, length));
    if (!code)
        return false; // not this text folded: keep the UTF-8
    *this = CompactText(Block::share(folded, offset, length, *code));
    return true;
}

bool operator==(const CompactText& a, const CompactText& b)
{
    if (a.m_block == b.m_block)
        return true;
    if (a.isNull() || b.isNull() || a.utf8Size() != b.utf8Size())
        return false;
    if (!a.isSharingFolded() && !b.isSharingFolded())
        return a.utf8View() == b.utf8View();
    if (a.isSharingFolded() && b.isSharingFolded()) {
        // The code is a function of the text and its folded form: equal slices and equal
        // codes, equal texts; equal slices and different codes, different texts.
        const CompactText::Block& x = *a.m_block;
        const CompactText::Block& y = *b.m_block;
        const QByteArrayView xSlice(x.folded().constData() + x.offset, x.length);
        const QByteArrayView ySlice(y.folded().constData() + y.offset, y.length);
        if (xSlice != ySlice)
            return false;
        return QByteArrayView(x.code(), x.codeSize) == QByteArrayView(y.code(), y.codeSize);
    }
    return a.toString() == b.toString();
}
