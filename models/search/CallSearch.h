// SPDX-License-Identifier: MIT
#pragma once

#include "ByteSearch.h"
#include "Call.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Finds calls by their words, fast enough to run on every keystroke over thousands of long
// transcripts. Each call's searchable text is case-folded into compact UTF-8 once, off the GUI
// thread where its page is decoded (SearchText, kept in Call::searchText); a keystroke is then
// a scan of those bytes at memory speed (ByteSearch). A query that narrows the previous one (typing
// on) rescans only the calls that matched before.
class CallSearch {
public:
    // What the user typed, parsed. Every term must occur (AND); a term is a word or a
    // "quoted phrase" and matches anywhere inside one field, case-insensitively.
    struct Query {
        QStringList terms; // folded, whitespace collapsed: what is matched
        QStringList typed; // as typed, without quotes: what the detail view highlights

        bool isEmpty() const { return terms.isEmpty(); }
        friend bool operator==(const Query&, const Query&) = default;
    };

    static Query parse(QStringView text);
    // A plain scan without any index: the reference the index must agree with.
    static bool matches(const Call& call, QStringView counterpart, const Query& query);

    void setQuery(const Query& query);
    const Query& query() const { return m_query; }

    // Adds a call or updates it, using call.searchText when the decoder built it. Cheap when its
    // text did not change (a refresh re-sends it).
    void index(const Call& call, QStringView counterpart);
    // The counterpart's name changes alone when institution contacts arrive.
    void setCounterpart(const QString& callId, QStringView counterpart);
    void remove(const QString& callId);
    void clear();
    bool isIndexed(const QString& callId) const { return m_entries.contains(callId); }
    qsizetype size() const { return m_entries.size(); }

    // Whether an indexed call matches the query. An empty query matches every call; a call
    // that was never indexed matches none.
    bool matches(const QString& callId) const;

    // One indexed call; its members are the index's own.
    struct Entry {
        // The folded text, then its PresenceFilter: one block, shared with
        // Call::searchText when the decoder built it.
        QByteArray indexed;
        QByteArray counterpart; // folded UTF-8, shared by the calls with the same counterpart
        // The last query generation this entry was checked against, and the answer.
        mutable quint64 checkedAt = 0;
        mutable bool matched = false;
        // Where the query's last term first occurs in the text (0 when it was not looked for
        // there): a term typed on from it cannot occur earlier.
        mutable qint32 lastTermAt = 0;
    };

    // The entry of an indexed call, or null. Valid until the index next changes (index(),
    // remove(), clear()): a table looks its rows up once, then matches every row on each
    // keystroke without a lookup by id.
    const Entry* find(const QString& callId) const;
    // matches(callId) for a found entry; null matches nothing.
    bool matches(const Entry* entry) const;

private:
    // A query term: the search itself, and which bytes and byte pairs a text must contain for
    // the search to be worth running (PresenceFilter).
    struct Term {
        ByteSearch search;
        QList<int> filterBits;
    };

    QByteArray sharedCounterpart(QStringView counterpart);
    // Whether the terms from `first` on all occur; `resumeLast`: the last one extends the
    // previous query's last term, so its search starts where that one was found.
    bool termsMatch(const Entry& entry, qsizetype first, bool resumeLast) const;

    Query m_query;
    QList<Term> m_terms; // m_query.terms in UTF-8
    quint64 m_generation = 1; // of m_query; entries checked at 0 were never checked
    bool m_narrows = false; // every call matching m_query matched the previous query
    // When m_narrows: the leading terms a call that matched the previous query matches without
    // looking, and whether the last term extends the previous last term (typing on).
    qsizetype m_knownTerms = 0;
    bool m_lastExtends = false;
    QHash<QString, Entry> m_entries; // by call id
    QSet<QByteArray> m_counterparts; // folded, one copy per distinct counterpart
};
