// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One generated phone call as the server stores it. Live calls keep their final values here
// and SampleCallStore derives what a client sees at a given moment.
struct SampleCall {
    struct ActionItem {
        QString description;
        bool completed = false;
    };
    // Where recording_url points: nowhere, the API's /recording endpoint, or the signed origin.
    enum class RecordingHost { None, Api, Signed };

    QString id;
    QString institutionContactId; // empty: null
    QString toNumber;
    QString fromNumber; // empty: null
    QString status;
    QString direction;
    std::optional<int> durationSeconds;
    QDateTime startedAt; // invalid: null
    QDateTime endedAt; // invalid: null
    RecordingHost recordingHost = RecordingHost::None;
    bool recordingWav = false;
    std::optional<int> recordingDurationSeconds;
    QString recordingStatus; // empty: null
    QString transcript; // null QString: null
    QString summary; // null QString: null
    QList<ActionItem> actionItems;
    QString calledBy; // empty: null
    QString twilioCallSid; // empty: null
    QString notes; // null QString: null
    QDateTime createdAt;
    QDateTime updatedAt;
    quint32 audioSeed = 0;
    bool live = false; // ringing/in_progress at start; completes at the store's live time
};
