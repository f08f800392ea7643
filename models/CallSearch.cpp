// SPDX-License-Identifier: MIT
#include "CallSearch.h"

#include <algorithm>

namespace {
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar(c).isLetterOrNumber();
}

// Writes `text` case-folded with whitespace collapsed. A per-character loop with an ASCII fast
// path: QString::toCaseFolded() is several times slower on long English transcripts.
void appendFolded(QString& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    QChar* const begin = out.data() + start;
    QChar* dst = begin;
    bool pendingSpace = false;
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c < 0x80) {
            if (isAsciiSpace(c)) {
                pendingSpace = dst != begin;
                continue;
            }
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
        } else if (QChar::isSpace(c)) {
            pendingSpace = dst != begin;
            continue;
        } else if (!QChar::isSurrogate(c)) {
            c = char16_t(QChar::toCaseFolded(char32_t(c)));
        }
        if (pendingSpace) {
            *dst++ = u' ';
            pendingSpace = false;
        }
        *dst++ = QChar(c);
    }
    out.truncate(start + (dst - begin));
}

template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text[i].unicode()))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text[i].unicode()))
            ++i;
        if (i > start)
            visit(text.sliced(start, i - start));
    }
}

size_t contentHash(const Call& call)
{
    size_t hash = qHashMulti(0, call.summary, call.transcript, call.notes, call.calledBy);
    for (const ActionItem& item : call.actionItems)
        hash = qHashMulti(hash, item.description);
    return hash;
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
    qsizetype size =
        call.summary.size() + call.transcript.size() + call.notes.size() + call.calledBy.size() + 4;
    for (const ActionItem& item : call.actionItems)
        size += item.description.size() + 1;
    content.reserve(size);
    // One field a line: a phrase never matches across two fields.
    const auto addField = [&content](QStringView field) {
        if (!content.isEmpty())
            content.append(u'\n');
        appendFolded(content, field);
    };
    addField(call.summary);
    addField(call.transcript);
    addField(call.notes);
    for (const ActionItem& item : call.actionItems)
        addField(item.description);
    addField(call.calledBy);
    return content;
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
    m_query = query;
    m_terms.clear();
    for (const QString& text : query.terms) {
        Term term;
        term.text = text;
        forEachWord(text, [&term](QStringView word) { term.tokens.append(word.toString()); });
        term.needsTextCheck = term.tokens.size() != 1 || term.tokens.constFirst() != text;
        term.hits.resize(term.tokens.size());
        m_terms.append(term);
    }
    extendHits();
}

void CallSearch::index(const Call& call, QStringView counterpart)
{
    const size_t hash = contentHash(call);
    const auto found = m_entries.constFind(call.id);
    if (found != m_entries.cend() && found->contentHash == hash) {
        setCounterpart(call.id, counterpart);
        return;
    }
    Entry entry;
    entry.contentHash = hash;
    entry.content = makeField(foldedContent(call));
    entry.counterpart = makeField(fold(counterpart));
    m_entries.insert(call.id, entry);
    extendHits();
}

void CallSearch::setCounterpart(const QString& callId, QStringView counterpart)
{
    const auto found = m_entries.find(callId);
    if (found == m_entries.end())
        return;
    QString folded = fold(counterpart);
    if (folded == found->counterpart.folded)
        return;
    found->counterpart = makeField(std::move(folded));
    extendHits();
}

void CallSearch::remove(const QString& callId)
{
    // The call's words stay in the vocabulary: harmless, and it is rebuilt on clear().
    m_entries.remove(callId);
}

void CallSearch::clear()
{
    m_entries.clear();
    m_wordNumbers.clear();
    m_words.clear();
    setQuery(m_query);
}

bool CallSearch::matches(const QString& callId) const
{
    const auto found = m_entries.constFind(callId);
    return found != m_entries.cend() && entryMatches(*found);
}

CallSearch::Field CallSearch::makeField(QString folded)
{
    Field field;
    field.folded = std::move(folded);
    forEachWord(field.folded,
                [this, &field](QStringView word) { field.words.append(wordNumber(word)); });
    std::sort(field.words.begin(), field.words.end());
    field.words.erase(std::unique(field.words.begin(), field.words.end()), field.words.end());
    return field;
}

int CallSearch::wordNumber(QStringView word)
{
    const auto found = m_wordNumbers.constFind(word);
    if (found != m_wordNumbers.cend())
        return found.value();
    const int number = int(m_words.size());
    m_words.append(word.toString());
    m_wordNumbers.insert(QStringView(m_words.constLast()), number);
    return number;
}

// Marks, for every token of the query, which vocabulary words contain it; only the words added
// since the last call are examined.
void CallSearch::extendHits()
{
    const size_t wordCount = size_t(m_words.size());
    for (Term& term : m_terms) {
        for (qsizetype t = 0; t < term.tokens.size(); ++t) {
            std::vector<quint8>& hits = term.hits[t];
            const QString& token = term.tokens.at(t);
            for (size_t w = hits.size(); w < wordCount; ++w)
                hits.push_back(m_words.at(qsizetype(w)).contains(token) ? 1 : 0);
        }
    }
}

bool CallSearch::fieldMatches(const Term& term, const Field& field) const
{
    for (const std::vector<quint8>& hits : term.hits) {
        const bool found = std::any_of(field.words.cbegin(), field.words.cend(),
                                       [&hits](int word) { return hits[size_t(word)] != 0; });
        if (!found)
            return false;
    }
    return !term.needsTextCheck || field.folded.contains(term.text);
}

bool CallSearch::entryMatches(const Entry& entry) const
{
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const Term& term) {
        return fieldMatches(term, entry.content) || fieldMatches(term, entry.counterpart);
    });
}
