// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The app's log file, for problem reports: every qDebug/qWarning line with its time and
// category, written to a file in the app's data folder as well as to the previous handler
// (stderr). Secrets never reach it: bearer values and every secret registered with
// addSecret() are replaced before a line is written. The folder is 0700 and the file 0600;
// a file over 1 MiB is moved to casecalls.log.1 at start, so two files bound the space used.
class DiagnosticLog {
public:
    // Installs the message handler; returns false (and keeps logging to stderr only) when the
    // file cannot be opened, with the reason in *error.
    static bool install(const QString& directory, QString* error = nullptr);
    // Restores the previous handler and closes the file (tests; the app keeps it to the end).
    static void uninstall();
    static QString filePath();

    // A token the app holds: it is replaced by "[redacted]" wherever it appears in a line.
    static void addSecret(const QString& secret);
    static QString redacted(const QString& line);

    static constexpr qint64 rotateAtBytes = 1024 * 1024;
};
