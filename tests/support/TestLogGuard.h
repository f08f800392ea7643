// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Watches every log message of a test program for a bearer token, for the whole run. Linked into
// every QtTest executable by casecalls_add_test: the program exits non-zero, naming the test
// function that logged it, when a message contained a token the tests use or any
// "Bearer <value>". Messages are passed on with the token masked, so the log never shows it.
//
// QtTest installs its own message handler when a run starts and does not chain to the previous
// one, so on ELF platforms this guard interposes qInstallMessageHandler: it stays first in line
// and forwards every message to whichever handler Qt or QtTest asked for.
class TestLogGuard {
public:
    // Adds a secret to watch for (the well-known test tokens are watched from the start).
    static void rememberSecret(const QByteArray& secret);
    // `message` with every secret and every bearer value replaced by <TOKEN>; `leaked` tells
    // whether anything was replaced.
    static QString masked(const QString& message, bool* leaked = nullptr);
    // The leaks so far, each "<test function>(<data tag>): <masked message>".
    static QStringList leaks();
    // For a self-test that leaks on purpose and must not fail its program.
    static void forgetLeaks();
    // False when the guard could not put itself in front of QtTest's handler.
    static bool isInterposed();
    // Log messages the guard has seen (it proves the guard is really in the chain).
    static int messagesSeen();
};
