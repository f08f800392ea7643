// SPDX-License-Identifier: MIT
#pragma once

#include "CallStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct ActionItem {
    QString description;
    bool completed = false;

    friend bool operator==(const ActionItem&, const ActionItem&) = default;
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
    QString transcript;
    QString summary;
    QList<ActionItem> actionItems;
    QString calledBy;
    QString twilioCallSid;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    int openActionItemCount() const;
    bool hasRecording() const { return !recordingUrl.isEmpty(); }

    friend bool operator==(const Call&, const Call&) = default;
};
