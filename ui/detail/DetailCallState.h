// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

struct Call;

// What the detail view says when a part of a call is missing, and what the user can expect.
// Each function returns an empty string when there is nothing to explain.
class DetailCallState {
    Q_DECLARE_TR_FUNCTIONS(DetailCallState)
public:
    // The call as a whole: still ringing or in progress, or never connected.
    static QString callMessage(const Call& call);
    static QString transcriptMessage(const Call& call);
    static QString summaryMessage(const Call& call);
    // Empty when the default "none found" applies.
    static QString actionItemsMessage(const Call& call);
    // True when the call produced (or will produce) no conversation at all.
    static bool hasNoConversation(const Call& call);
    // A symbol shown before the status text: "✓", "●", "✕".
    static QString statusSymbol(const Call& call);
};
