// SPDX-License-Identifier: MIT
#pragma once

#include "HardeningHarness.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>

// Captures every log line of a whole test run (Qt's own network debug output included) and
// reports whether the bearer token appeared in any of them. QtTest installs its own message
// handler (which does not chain to an earlier one), so each test's initTestCase() and init()
// call install(); HARDENING_TEST_MAIN then fails the run on any leak.
class TokenLeakGuard {
public:
    static void install(const QByteArray& secret = QByteArray(HardeningHarness::token))
    {
        if (!state().installed) {
            state().installed = true;
            state().secret = secret;
            // Turn on Qt's network logging too: a header dump there would leak the token.
            QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=true"));
        }
        // QtTest re-installs its own handler (without chaining) as test functions start, so
        // this is called from every test's init(): re-chains only when ours is not on top.
        const QtMessageHandler current = qInstallMessageHandler(&TokenLeakGuard::handle);
        if (current != &TokenLeakGuard::handle)
            state().previous = current;
    }

    // Lines (possibly none) that contained the secret; also the number of lines seen.
    static QStringList leaks()
    {
        const QMutexLocker lock(&state().mutex);
        return state().leaks;
    }
    static int linesSeen() { return state().lines; }
    static bool isInstalled() { return state().installed; }
    // For the guard's own self-test, after it provoked a leak on purpose.
    static void forgetLeaks()
    {
        const QMutexLocker lock(&state().mutex);
        state().leaks.clear();
    }

private:
    struct State {
        QByteArray secret;
        QtMessageHandler previous = nullptr;
        bool installed = false;
        QMutex mutex;
        QStringList leaks;
        int lines = 0;
    };
    static State& state()
    {
        static State instance;
        return instance;
    }

    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        State& s = state();
        {
            const QMutexLocker lock(&s.mutex);
            ++s.lines;
            if (message.toUtf8().contains(s.secret))
                s.leaks.append(message.left(200).replace(QString::fromUtf8(s.secret),
                                                         QStringLiteral("<TOKEN>")));
        }
        // Qt's network debug output is noisy: keep it out of the test log.
        if (QByteArray(context.category ? context.category : "").startsWith("qt.network"))
            return;
        if (s.previous)
            s.previous(
                type, context,
                QString(message).replace(QString::fromUtf8(s.secret), QStringLiteral("<TOKEN>")));
    }
};

// QTEST_GUILESS_MAIN plus the token check over the whole run: a leak makes the run fail.
#define HARDENING_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TokenLeakGuard::install(QByteArray(HardeningHarness::token));                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        int result = QTest::qExec(&test, argc, argv);                                              \
        const QStringList leaks = TokenLeakGuard::leaks();                                         \
        for (const QString& line : leaks)                                                          \
            std::fprintf(stderr, "TOKEN LEAKED in log line: %s\n", qPrintable(line));              \
        std::fprintf(stderr, "token guard: %d log lines checked, %d leaks\n",                      \
                     TokenLeakGuard::linesSeen(), int(leaks.size()));                              \
        if (TokenLeakGuard::linesSeen() == 0 && !TokenLeakGuard::isInstalled())                    \
            std::fprintf(stderr, "token guard was never installed (initTestCase)\n");              \
        return leaks.isEmpty() && TokenLeakGuard::isInstalled() ? result : 1;                      \
    }
