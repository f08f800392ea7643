// SPDX-License-Identifier: MIT
#pragma once

#include "CallStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The filter pane's instant filters, applied to the calls already loaded (no request is sent).
struct LocalFilter {
    QString text; // search words and "quoted phrases", all must occur
    std::optional<CallDirection> direction; // empty: either direction
    bool onlyWithRecording = false;
    bool onlyWithOpenActionItems = false;
    QDate from; // local date, inclusive; invalid: open
    QDate to; // local date, inclusive; invalid: open

    bool isActive() const;
    // One short item per active filter ("Inbound only", "From 3 Mar 2025"), for the line that
    // says why calls are hidden.
    QStringList describe() const;

    friend bool operator==(const LocalFilter&, const LocalFilter&) = default;

    Q_DECLARE_TR_FUNCTIONS(LocalFilter) // last: it ends with "private:"
};
