// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Text for people from raw call values. No widgets: the table model and the detail view share it.
class CallFormatter {
    Q_DECLARE_TR_FUNCTIONS(CallFormatter)

public:
    // "5:42", "1:02:03"; an em dash when unknown.
    static QString duration(std::optional<int> seconds);
    // "Today 14:05", "Yesterday 09:12", "Mon 14:05" within a week, else the locale's short date
    // and time. `now` is passed in so tests are stable.
    static QString when(const QDateTime& utc, const QDateTime& now);
    // "+1 212-555-0100" for North American E.164 numbers; other numbers as they are.
    static QString phoneNumber(const QString& e164);
    // The first line of a text, for one-line cells.
    static QString firstLine(const QString& text);
    // "Completed", "No answer"; an unknown wire value is shown as it is.
    static QString status(const QString& wire);
    // A call's recording_status for the table ("Processing"; "None" when absent or null); an
    // unknown wire value is shown as it is.
    static QString recordingStatus(const QString& wire);
    // The recording_status values the contract names, for sizing columns.
    static QStringList knownRecordingStatuses();
};
