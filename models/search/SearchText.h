// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QByteArray>
#include <QString>

// A call's searchable text, prepared once, off the GUI thread where its page is decoded:
// summary, transcript, notes, action items and called by, case-folded with whitespace runs
// collapsed, one field a line, as compact UTF-8 followed by its PresenceFilter. Every function
// is thread-safe.
class SearchText {
public:
    // Case-folded, whitespace runs collapsed to one space, trimmed.
    static QString fold(QStringView text);
    // fold() as UTF-8 (a surrogate pair becomes one 4-byte sequence).
    static QByteArray foldUtf8(QStringView text);
    // The searchable fields, folded, one a line.
    static QString foldedContent(const Call& call);
    // foldedContent() as UTF-8: what the index scans.
    static QByteArray of(const Call& call);
    // of(), then its presence filter: what the index keeps for a call.
    static QByteArray indexed(const Call& call);
    // Fills call.searchText and lets the summary, transcript, notes and action items share its
    // bytes (CompactText::shareFolded).
    static void prepare(Call& call);
};
