// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// Why a call's recording cannot be played, as one value the player shows. Kind None: no problem.
struct RecordingProblem {
    enum class Kind {
        None,
        NoRecording, // the call has no recording_url
        Processing, // recording_status "processing": not ready yet
        ProcessingFailed, // recording_status "failed"
        NotFound, // 404 from the API's own recording endpoint
        Expired, // a signed URL answered 403/404 and a fresh one did not help
        Download, // network error, timeout, other HTTP status, disk full, too big
        Unplayable, // the file is corrupt or in a format the backend cannot play
    };

    Kind kind = Kind::None;
    QString message; // one or two sentences for the user; plain text
    int httpStatus = 0;
    QString requestId; // X-Request-Id when the API answered, for the user to quote

    bool isProblem() const { return kind != Kind::None; }
};

Q_DECLARE_METATYPE(RecordingProblem)
