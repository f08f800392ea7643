// SPDX-License-Identifier: MIT
#include "SearchText.h"

#include "FoldedUtf8.h"
#include "PresenceFilter.h"

#include <QVarLengthArray>

namespace {
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Visits `text` case-folded with whitespace runs collapsed, one UTF-16 unit at a time, with an
// ASCII fast path: QString::toCaseFolded() is several times slower on long English transcripts.
// Surrogates pass unchanged, so the QString and UTF-8 forms fold the same.
template<typename Sink> void foldUnits(QStringView text, bool atStart, Sink sink)
{
    bool pendingSpace = false;
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c < 0x80) {
            if (isAsciiSpace(c)) {
                pendingSpace = !atStart;
                continue;
            }
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
        } else if (QChar::isSpace(c)) {
            pendingSpace = !atStart;
            continue;
        } else if (!QChar::isSurrogate(c)) {
            c = char16_t(QChar::toCaseFolded(char32_t(c)));
        }
        if (pendingSpace) {
            sink(u' ');
            pendingSpace = false;
        }
        atStart = false;
        sink(c);
    }
}

void appendFolded(QString& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    QChar* dst = out.data() + start;
    foldUnits(text, true, [&dst](char16_t c) { *dst++ = QChar(c); });
    out.truncate(dst - out.constData());
}

// The same as appendFolded() but writing UTF-8 (a surrogate pair becomes one 4-byte sequence).
void appendFoldedUtf8(QByteArray& out, QStringView text)
{
    // Written through a pointer into room for the worst case (3 bytes a unit), then cut back:
    // appending byte by byte was most of the cost of preparing a page.
    const qsizetype start = out.size();
    out.resize(start + 3 * text.size());
    char* dst = out.data() + start;
    char16_t high = 0;
    const auto put = [&dst](char byte) { *dst++ = byte; };
    foldUnits(text, true, [&](char16_t c) {
        if (c < 0x80) {
            put(char(c));
        } else if (c < 0x800) {
            put(char(0xC0 | (c >> 6)));
            put(char(0x80 | (c & 0x3F)));
        } else if (QChar::isHighSurrogate(c)) {
            high = c;
        } else if (QChar::isLowSurrogate(c) && high != 0) {
            const char32_t code = QChar::surrogateToUcs4(high, c);
            put(char(0xF0 | (code >> 18)));
            put(char(0x80 | ((code >> 12) & 0x3F)));
            put(char(0x80 | ((code >> 6) & 0x3F)));
            put(char(0x80 | (code & 0x3F)));
            high = 0;
        } else {
            put(char(0xE0 | (c >> 12)));
            put(char(0x80 | ((c >> 6) & 0x3F)));
            put(char(0x80 | (c & 0x3F)));
        }
    });
    out.truncate(dst - out.constData());
}

// The fields a CompactText keeps, in index order; each may share the search text's bytes.
template<typename CallType, typename Visit> void forEachCompactField(CallType& call, Visit visit)
{
    visit(call.summary);
    visit(call.transcript);
    visit(call.notes);
    for (auto& item : call.actionItems)
        visit(item.description);
}

// The searchable fields in index order: the compact ones, then called by. `shareable` marks
// the compact ones.
template<typename AddField> void forEachField(const Call& call, AddField addField)
{
    forEachCompactField(call, [&](const CompactText& text) { addField(text.toString(), true); });
    addField(call.calledBy, false);
}

// Where a compact field's folded bytes are in the search text, in forEachCompactField() order.
struct FieldSpan {
    qsizetype at = 0;
    qsizetype length = 0;
};
using FieldSpans = QVarLengthArray<FieldSpan, 8>;

qsizetype contentSize(const Call& call)
{
    qsizetype size = call.summary.utf8Size() + call.transcript.utf8Size() + call.notes.utf8Size()
        + call.calledBy.size() + 4;
    for (const ActionItem& item : call.actionItems)
        size += item.description.utf8Size() + 1;
    return size;
}

// The UTF-8 search text; `spans` (when given) receive where the compact fields' folded bytes are.
QByteArray buildSearchText(const Call& call, FieldSpans* spans)
{
    QByteArray content;
    content.reserve(contentSize(call) + PresenceFilter::bytes);
    // One field a line: a phrase never matches across two fields.
    const auto startField = [&content] {
        if (!content.isEmpty())
            content.append('\n');
        return content.size();
    };
    // The same fields in the same order as forEachField(), folded from their UTF-8 directly.
    forEachCompactField(call, [&](const CompactText& field) {
        const qsizetype start = startField();
        if (field.isSharingFolded())
            appendFoldedUtf8(content, field.toString());
        else
            FoldedUtf8::append(content, field.utf8());
        if (spans)
            spans->append({start, content.size() - start});
    });
    startField();
    appendFoldedUtf8(content, call.calledBy);
    return content;
}
} // namespace

QString SearchText::fold(QStringView text)
{
    QString folded;
    appendFolded(folded, text);
    return folded;
}

QString SearchText::foldedContent(const Call& call)
{
    QString content;
    content.reserve(contentSize(call));
    // One field a line: a phrase never matches across two fields.
    forEachField(call, [&content](const QString& field, bool) {
        if (!content.isEmpty())
            content.append(u'\n');
        appendFolded(content, field);
    });
    return content;
}

QByteArray SearchText::of(const Call& call)
{
    QByteArray text = buildSearchText(call, nullptr);
    text.squeeze();
    return text;
}

void SearchText::prepare(Call& call)
{
    FieldSpans spans;
    QByteArray indexed = buildSearchText(call, &spans);
    PresenceFilter::append(indexed);
    call.searchText.indexed = indexed;
    qsizetype field = 0;
    forEachCompactField(call, [&](CompactText& text) {
        const FieldSpan& span = spans.at(field++);
        text.shareFolded(indexed, span.at, span.length);
    });
}

QByteArray SearchText::foldUtf8(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendFoldedUtf8(out, text);
    return out;
}

QByteArray SearchText::indexed(const Call& call)
{
    QByteArray indexed = buildSearchText(call, nullptr);
    PresenceFilter::append(indexed);
    return indexed;
}
