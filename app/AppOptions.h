// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the command line asked for. Parsing is separate from main() so it can be tested.
struct AppOptions {
    bool demo = false;
    QUrl baseUrl;
    QString caseId;
    QString screenshot; // save a picture of the window with a call selected, then quit
    bool checkPlayback = false; // play a recording of the case, say whether it played, quit
    QString token; // from CASECALLS_TOKEN; never from the command line, where `ps` would show it
    QString language; // --lang: one of AppTranslator::languages(); empty follows the system

    // Parses `arguments` (argv as strings). On --help/--version or an error it prints and
    // returns an exit code; otherwise returns -1 and fills `options`.
    static int parse(const QStringList& arguments, AppOptions& options);
    // The --lang value, found before the full parse so that --help and parse errors already
    // speak it. Empty when absent or not a shipped language (parse() then reports it).
    static QString languageArgument(const QStringList& arguments);
};
