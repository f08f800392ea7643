// SPDX-License-Identifier: MIT
#include "CallSearch.h"

#include "PresenceFilter.h"
#include "SearchText.h"

#include <algorithm>

namespace {
// Every call that contains `narrow`'s terms contains `wide`'s when each term of `wide` occurs
// inside some term of `narrow`.
bool narrows(const QStringList& narrow, const QStringList& wide)
{
    return !wide.isEmpty() && std::all_of(wide.cbegin(), wide.cend(), [&](const QString& term) {
        return std::any_of(narrow.cbegin(), narrow.cend(),
                           [&term](const QString& longer) { return longer.contains(term); });
    });
}
} // namespace

CallSearch::Query CallSearch::parse(QStringView text)
{
    Query query;
    const auto add = [&query](QStringView term) {
        const QString folded = SearchText::fold(term);
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

bool CallSearch::matches(const Call& call, QStringView counterpart, const Query& query)
{
    const QString content = SearchText::foldedContent(call);
    const QString foldedCounterpart = SearchText::fold(counterpart);
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
        const QByteArray bytes = SearchText::foldUtf8(term);
        m_terms.append({ByteSearch(bytes), PresenceFilter::bitsOf(bytes)});
    }
}

void CallSearch::index(const Call& call, QStringView counterpart)
{
    QByteArray indexed = call.searchText.indexed;
    if (indexed.isEmpty())
        indexed = SearchText::indexed(call);
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
    const QByteArray folded = SearchText::foldUtf8(counterpart);
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

bool CallSearch::termsMatch(const Entry& entry, qsizetype first, bool resumeLast) const
{
    const char* text = entry.indexed.constData();
    const qsizetype textSize = entry.indexed.size() - PresenceFilter::bytes;
    const auto* filter = reinterpret_cast<const uchar*>(text + textSize);
    const qsizetype lastTerm = m_terms.size() - 1;
    for (qsizetype i = first; i < m_terms.size(); ++i) {
        const Term& term = m_terms.at(i);
        const qsizetype from = i == lastTerm && resumeLast ? entry.lastTermAt : 0;
        const qsizetype at = PresenceFilter::mayContain(filter, term.filterBits)
            ? term.search.indexIn(text + from, textSize - from)
            : -1;
        if (at < 0 && !term.search.foundIn(entry.counterpart))
            return false;
        if (i == lastTerm)
            entry.lastTermAt = at < 0 ? 0 : qint32(from + at);
    }
    return true;
}
