// SPDX-License-Identifier: MIT
#pragma once

#include "HardeningHarness.h"
#include "TestLogGuard.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

// The hardening tests' view of TestLogGuard (tests/support), which every test program links:
// it watches every log line of the whole run and fails the program on a leaked token. Here
// Qt's own network debug output is switched on too, so that a header dump there would count,
// and the harness's token is registered (it is also one of the guard's well-known tokens).
class TokenLeakGuard {
public:
    static void install(const QByteArray& secret = QByteArray(HardeningHarness::token))
    {
        TestLogGuard::rememberSecret(secret);
        if (!s_installed) {
            s_installed = true;
            QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=true"));
        }
    }

    // Lines (possibly none) that contained a token, masked; also the number of lines seen.
    static QStringList leaks() { return TestLogGuard::leaks(); }
    static int linesSeen() { return TestLogGuard::messagesSeen(); }
    static bool isInstalled() { return s_installed && TestLogGuard::isInterposed(); }
    // For the guard's own self-test, after it provoked a leak on purpose.
    static void forgetLeaks() { TestLogGuard::forgetLeaks(); }

private:
    static inline bool s_installed = false;
};

// QTEST_GUILESS_MAIN with the network logging on from the start. TestLogGuard makes the run
// fail on a leak; this also says how many lines it checked.
#define HARDENING_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TokenLeakGuard::install(QByteArray(HardeningHarness::token));                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        const int result = QTest::qExec(&test, argc, argv);                                        \
        std::fprintf(stderr, "token guard: %d log lines checked, %d leaks\n",                      \
                     TokenLeakGuard::linesSeen(), int(TokenLeakGuard::leaks().size()));            \
        return TokenLeakGuard::isInstalled() ? result : 1;                                         \
    }
