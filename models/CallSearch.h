// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Finds calls by their words, fast enough to run on every keystroke over thousands of long
// transcripts. Each call's text is case-folded once, when it is indexed, and its words are
// numbered in a vocabulary shared by all calls. A query first looks for each search word in the
// vocabulary (a few thousand short strings), then checks a call's word numbers; it reads a call's
// text only to confirm a phrase or a term with punctuation.
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
    // Case-folded, whitespace runs collapsed to one space, trimmed.
    static QString fold(QStringView text);
    // Summary, transcript, notes, action items and called by, folded, one field a line.
    static QString foldedContent(const Call& call);
    // A plain scan without any index: the reference the index must agree with.
    static bool matches(const Call& call, QStringView counterpart, const Query& query);

    void setQuery(const Query& query);
    const Query& query() const { return m_query; }

    // Adds a call or updates it. Cheap when its text did not change (a refresh re-sends it).
    void index(const Call& call, QStringView counterpart);
    // The counterpart's name changes alone when institution contacts arrive.
    void setCounterpart(const QString& callId, QStringView counterpart);
    void remove(const QString& callId);
    void clear();
    bool isIndexed(const QString& callId) const { return m_entries.contains(callId); }
    qsizetype size() const { return m_entries.size(); }
    qsizetype vocabularySize() const { return m_words.size(); }

    // Whether an indexed call matches the query. An empty query matches every call; a call
    // that was never indexed matches none.
    bool matches(const QString& callId) const;

private:
    struct Field {
        QString folded;
        QList<int> words; // vocabulary numbers, sorted, distinct
    };
    struct Entry {
        size_t contentHash = 0;
        Field content;
        Field counterpart;
    };
    // One query term prepared against the vocabulary.
    struct Term {
        QString text;
        QStringList tokens; // its words; each must occur inside a word of the field
        QList<std::vector<quint8>> hits; // per token: which vocabulary words contain it
        bool needsTextCheck = false; // a phrase or punctuation: the words alone do not prove it
    };

    Field makeField(QString folded);
    int wordNumber(QStringView word);
    void extendHits();
    bool fieldMatches(const Term& term, const Field& field) const;
    bool entryMatches(const Entry& entry) const;

    Query m_query;
    QList<Term> m_terms;
    QHash<QString, Entry> m_entries; // by call id
    QList<QString> m_words;
    QHash<QStringView, int> m_wordNumbers; // views into m_words, whose buffers never move
};
