// SPDX-License-Identifier: MIT
#pragma once

#include "ServerAddress.h"

#include <QList>
#include <QUrl>

// One full load of a case, timed: through the model alone, or through the whole client stack
// (model, filter proxy with its search index, presentation proxy, table view) with the GUI
// thread watched for stalls and a search typed once everything is in.
class CaseLoadRun {
public:
    struct Result {
        bool ok = false;
        double loadMs = 0;
        double clientMs = 0; // loadMs less the time a request was in flight: the client's share
        int calls = 0;
        qint64 bodyBytes = 0;
        QList<QUrl> urls; // the requests of the walk, in order
        double longestStallMs = 0;
        double worstKeystrokeMs = 0; // app stack with search only: the realistic query
        double worstNoMatchKeystrokeMs = 0; // ... and one that matches nothing
        int searchMatches = 0;
        QString error;
    };

    static Result loadModel(const ServerAddress& server);
    static Result loadApp(const ServerAddress& server, bool typeSearch);
    // The model and the filter proxy with its search index, no view: isolates the search.
    static Result loadFilter(const ServerAddress& server);

    static QString realisticQuery();
    static QString noMatchQuery();
};
