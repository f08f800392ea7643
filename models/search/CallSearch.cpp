// SPDX-License-Identifier: MIT
#include "CallSearch.h"

#include "FoldedUtf8.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

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

QByteArray foldedUtf8(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendFoldedUtf8(out, text);
    return out;
}

// Every call that contains `narrow`'s terms contains `wide`'s when each term of `wide` occurs
// inside some term of `narrow`.
bool narrows(const QStringList& narrow, const QStringList& wide)
{
    return !wide.isEmpty() && std::all_of(wide.cbegin(), wide.cend(), [&](const QString& term) {
        return std::any_of(narrow.cbegin(), narrow.cend(),
                           [&term](const QString& longer) { return longer.contains(term); });
    });
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

constexpr int kByteBits = 256;
constexpr int kPairBits = 1024;
constexpr qsizetype kFilterBytes = (kByteBits + kPairBits) / 8;

int pairBit(char previous, char current)
{
    return kByteBits + int((uchar(previous) * 37u + uchar(current)) % unsigned(kPairBits));
}

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
    content.reserve(contentSize(call) + kFilterBytes);
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

CallSearch::Query CallSearch::parse(QStringView text)
{
    Query query;
    const auto add = [&query](QStringView term) {
        const QString folded = fold(term);
        if (folded.isEmpty() || query.terms.contains(folded))
            return;
        query.terms.append(folded);
        query.typed.append(term.toString().simplified());
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
        } else if (text[i] == u'"') {
            // An unclosed quote runs to the end: the phrase is still being typed.
            qsizetype end = text.indexOf(u'"', i + 1);
            if (end < 0)
                end = n;
            add(text.sliced(i + 1, end - i - 1));
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < n && !text[end].isSpace() && text[end] != u'"')
                ++end;
            add(text.sliced(i, end - i));
            i = end;
        }
    }
    return query;
}

QString CallSearch::fold(QStringView text)
{
    QString folded;
    appendFolded(folded, text);
    return folded;
}

QString CallSearch::foldedContent(const Call& call)
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

QByteArray CallSearch::searchText(const Call& call)
{
    QByteArray text = buildSearchText(call, nullptr);
    text.squeeze();
    return text;
}

void CallSearch::prepare(Call& call)
{
    FieldSpans spans;
    QByteArray indexed = buildSearchText(call, &spans);
    appendPresenceFilter(indexed);
    call.searchText.indexed = indexed;
    qsizetype field = 0;
    forEachCompactField(call, [&](CompactText& text) {
        const FieldSpan& span = spans.at(field++);
        text.shareFolded(indexed, span.at, span.length);
    });
}

bool CallSearch::matches(const Call& call, QStringView counterpart, const Query& query)
{
    const QString content = foldedContent(call);
    const QString foldedCounterpart = fold(counterpart);
    return std::all_of(query.terms.cbegin(), query.terms.cend(), [&](const QString& term) {
        return content.contains(term) || foldedCounterpart.contains(term);
    });
}

void CallSearch::setQuery(const Query& query)
{
    if (query == m_query)
        return;
    m_narrows = narrows(query.terms, m_query.terms);
    m_knownTerms = 0;
    m_lastExtends = false;
    if (m_narrows) {
        const QStringList& before = m_query.terms;
        const QStringList& now = query.terms;
        qsizetype same = 0;
        while (same < before.size() && same < now.size() && before.at(same) == now.at(same))
            ++same;
        if (same == before.size()) { // terms were added
            m_knownTerms = same;
        } else if (same == before.size() - 1 && now.size() == before.size()
                   && now.constLast().startsWith(before.constLast())) { // the last one grew
            m_knownTerms = same;
            m_lastExtends = true;
        }
    }
    ++m_generation;
    m_query = query;
    m_terms.clear();
    for (const QString& term : query.terms) {
        const QByteArray bytes = foldedUtf8(term);
        m_terms.append({ByteSearch(bytes), filterBitsOf(bytes)});
    }
}

void CallSearch::index(const Call& call, QStringView counterpart)
{
    QByteArray indexed = call.searchText.indexed;
    if (indexed.isEmpty()) {
        indexed = buildSearchText(call, nullptr);
        appendPresenceFilter(indexed);
    }
    const auto found = m_entries.find(call.id);
    if (found != m_entries.end() && found->indexed == indexed) {
        setCounterpart(call.id, counterpart);
        return;
    }
    Entry entry;
    entry.indexed = std::move(indexed);
    entry.counterpart = sharedCounterpart(counterpart);
    m_entries.insert(call.id, entry);
}

void CallSearch::setCounterpart(const QString& callId, QStringView counterpart)
{
    const auto found = m_entries.find(callId);
    if (found == m_entries.end())
        return;
    QByteArray folded = sharedCounterpart(counterpart);
    if (folded == found->counterpart)
        return;
    found->counterpart = std::move(folded);
    found->checkedAt = 0;
}

void CallSearch::remove(const QString& callId)
{
    m_entries.remove(callId);
}

void CallSearch::clear()
{
    m_entries.clear();
    m_counterparts.clear();
}

QByteArray CallSearch::sharedCounterpart(QStringView counterpart)
{
    const QByteArray folded = foldedUtf8(counterpart);
    if (folded.isEmpty())
        return {};
    const auto known = m_counterparts.constFind(folded);
    return known != m_counterparts.cend() ? *known : *m_counterparts.insert(folded);
}

bool CallSearch::matches(const QString& callId) const
{
    return matches(find(callId));
}

const CallSearch::Entry* CallSearch::find(const QString& callId) const
{
    const auto found = m_entries.constFind(callId);
    return found == m_entries.cend() ? nullptr : &*found;
}

bool CallSearch::matches(const Entry* found) const
{
    if (!found)
        return false;
    if (m_terms.isEmpty())
        return true;
    const Entry& entry = *found;
    if (entry.checkedAt != m_generation) {
        // Typing on narrows the query: a call that failed the previous one fails this one too.
        const bool checkedBefore = m_narrows && entry.checkedAt == m_generation - 1;
        if (!checkedBefore)
            entry.matched = termsMatch(entry, 0, false);
        else if (entry.matched) // else it failed before and fails now
            entry.matched = termsMatch(entry, m_knownTerms, m_lastExtends);
        entry.checkedAt = m_generation;
    }
    return entry.matched;
}

void CallSearch::appendPresenceFilter(QByteArray& folded)
{
    const qsizetype textSize = folded.size();
    folded.resize(textSize + kFilterBytes);
    // One byte a bit first, packed at the end: setting bits in place is a read-modify-write
    // that waits on the previous byte's, and this loop runs over every byte of a case.
    std::array<uchar, kByteBits + kPairBits> seen {};
    uchar previous = '\n';
    for (const char byte : QByteArrayView(folded.constData(), textSize)) {
        const auto current = uchar(byte);
        seen[current] = 1;
        seen[pairBit(char(previous), byte)] = 1;
        previous = current;
    }
    auto* bits = reinterpret_cast<uchar*>(folded.data() + textSize);
    for (qsizetype i = 0; i < kFilterBytes; ++i) {
        uchar packed = 0;
        for (int bit = 0; bit < 8; ++bit)
            packed = uchar(packed | (seen[size_t(i * 8 + bit)] << bit));
        bits[i] = packed;
    }
    folded.squeeze();
}

QList<int> CallSearch::filterBitsOf(const QByteArray& term)
{
    QList<int> bits;
    for (qsizetype i = 0; i < term.size(); ++i) {
        bits.append(uchar(term.at(i)));
        if (i > 0)
            bits.append(pairBit(term.at(i - 1), term.at(i)));
    }
    return bits;
}

bool CallSearch::mayContain(const uchar* filter, const Term& term)
{
    return std::all_of(term.filterBits.cbegin(), term.filterBits.cend(),
                       [filter](int bit) { return (filter[bit >> 3] & (1u << (bit & 7))) != 0; });
}

bool CallSearch::termsMatch(const Entry& entry, qsizetype first, bool resumeLast) const
{
    const char* text = entry.indexed.constData();
    const qsizetype textSize = entry.indexed.size() - kFilterBytes;
    const auto* filter = reinterpret_cast<const uchar*>(text + textSize);
    const qsizetype lastTerm = m_terms.size() - 1;
    for (qsizetype i = first; i < m_terms.size(); ++i) {
        const Term& term = m_terms.at(i);
        const qsizetype from = i == lastTerm && resumeLast ? entry.lastTermAt : 0;
        const qsizetype at =
            mayContain(filter, term) ? term.search.indexIn(text + from, textSize - from) : -1;
        if (at < 0 && !term.search.foundIn(entry.counterpart))
            return false;
        if (i == lastTerm)
            entry.lastTermAt = at < 0 ? 0 : qint32(from + at);
    }
    return true;
}
