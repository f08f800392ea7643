// SPDX-License-Identifier: MIT
#pragma once

#include "ActionItem.h"
#include "CallStatus.h"
#include "CompactText.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Derived from a call's other fields, so it never makes two calls differ (== ignores it).
struct CallSearchText {
    // SearchText::of() followed by its PresenceFilter (which bytes and pairs
    // occur), in one block; empty: not built (CallSearch builds it).
    QByteArray indexed;

    friend bool operator==(const CallSearchText&, const CallSearchText&) { return true; }
};

// One phone call as the API describes it. Nullable strings are null QStrings (isNull()),
// nullable times are invalid QDateTimes, nullable numbers are empty optionals.
struct Call {
    QString id;
    QString institutionContactId;
    QString toNumber;
    QString fromNumber;
    CallStatus status = CallStatus::Unknown;
    QString statusWire; // as the server sent it, so an unknown status can be shown as is
    CallDirection direction = CallDirection::Unknown;
    QString directionWire;
    std::optional<int> durationSeconds;
    QDateTime startedAt;
    QDateTime endedAt;
    QString recordingUrl;
    std::optional<int> recordingDurationSeconds;
    QString recordingStatus;
    // The long free text is kept compact (UTF-8, or shared with searchText): convert on reading.
    CompactText transcript;
    CompactText summary;
    QList<ActionItem> actionItems;
    QString calledBy;
    QString twilioCallSid;
    CompactText notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Built where the page is decoded, off the GUI thread; the search index shares it.
    CallSearchText searchText;

    int openActionItemCount() const;
    bool hasRecording() const { return !recordingUrl.isEmpty(); }

    friend bool operator==(const Call&, const Call&) = default;
};
