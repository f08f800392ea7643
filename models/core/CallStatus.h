// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The contract's CallStatus enum plus Unknown, for values a newer server may send.
enum class CallStatus {
    Initiated,
    Ringing,
    InProgress,
    Completed,
    Failed,
    NoAnswer,
    Busy,
    Cancelled,
    Unknown,
};

// Maps the wire value ("no_answer") to the enum; anything unrecognised is Unknown.
CallStatus callStatusFromWire(QStringView wire);
// The wire value of a known status ("no_answer"); empty for Unknown.
QString callStatusToWire(CallStatus status);
// True while the call can still change: it has not reached a final state.
bool isCallStatusLive(CallStatus status);

enum class CallDirection { Outbound, Inbound, Unknown };
CallDirection callDirectionFromWire(QStringView wire);
