// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// What the calls table says when it shows no row, and why: no case, still loading, a failed
// load, a case without calls, server filters that match nothing, or local filters that hide
// every loaded call. A pure function of the table's state, so each wording is tested alone.
class EmptyTableText {
    // The texts keep MainWindow's translation context: they were its own before this class.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    struct State {
        bool caseOpen = false;
        int loadedRows = 0;
        bool loading = false;
        bool failed = false; // the last load ended in an error
        bool serverFiltered = false; // status or institution sent with the request
        int matchingRows = 0; // loaded rows the local filters and search let through
        bool hasMore = false; // the case has calls not loaded yet
    };

    // Empty when rows are shown: the table then needs no text.
    static QString of(const State& state);
};
