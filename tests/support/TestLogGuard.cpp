// SPDX-License-Identifier: MIT
#include "TestLogGuard.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#if defined(__ELF__)
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace {
struct State {
    QMutex mutex;
    // Every token a test or the sample server uses, and the password of a URL a test strips.
    QList<QByteArray> secrets {
        "sample-token",
        "h11-secret-token-7f3a9c",
        "tok-3f9a1c7e-do-not-log",
        "tok-7c41e0aa-must-stay-secret",
        "expired-token",
        "wrong-token",
        "secret-token",
        "from-the-environment",
        "hunter2pw",
        "qtok99",
    };
    QStringList leaks;
    std::atomic<QtMessageHandler> downstream {nullptr}; // what Qt or QtTest last installed
    QtMessageHandler qtDefault = nullptr;
    std::atomic<int> seen {0};
    bool interposed = false;
};

// Never destroyed: messages can still come while static destructors run.
State& state()
{
    static State* instance = new State;
    return *instance;
}

using InstallFunction = QtMessageHandler (*)(QtMessageHandler);

// QtCore's own qInstallMessageHandler, behind the one this file defines on ELF platforms.
InstallFunction realInstall()
{
#if defined(__ELF__)
    void* symbol = dlsym(
        RTLD_NEXT, "_Z22qInstallMessageHandlerPFv9QtMsgTypeRK18QMessageLogContextRK7QStringE");
    return reinterpret_cast<InstallFunction>(symbol);
#else
    return &::qInstallMessageHandler;
#endif
}

QString currentTestName()
{
    const char* function = QTest::currentTestFunction();
    if (!function)
        return u"(outside any test function)"_s;
    const char* tag = QTest::currentDataTag();
    return QString::fromLatin1(function) + u'(' + QString::fromLatin1(tag ? tag : "") + u')';
}

void recordLeak(const QString& maskedMessage)
{
    const QString leak = currentTestName() + u": "_s + maskedMessage.left(300);
    {
        const QMutexLocker lock(&state().mutex);
        state().leaks.append(leak);
    }
    std::fprintf(stderr, "TOKEN LEAK in %s (token masked)\n", qUtf8Printable(leak));
}

void guardHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    ++s.seen;
    bool leaked = false;
    const QString safe = TestLogGuard::masked(message, &leaked);
    if (leaked)
        recordLeak(safe);
    QtMessageHandler next = s.downstream.load();
    if (!next)
        next = s.qtDefault;
    if (next)
        next(type, context, safe);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(safe));
}

// At exit, after QtTest reported: a leak fails the program whatever the tests said.
void failOnLeaks()
{
    const QStringList leaks = TestLogGuard::leaks();
    if (leaks.isEmpty())
        return;
    std::fflush(stdout);
    std::fprintf(stderr, "FAIL! %d log message(s) contained a bearer token (masked here):\n",
                 int(leaks.size()));
    for (const QString& leak : leaks)
        std::fprintf(stderr, "  %s\n", qUtf8Printable(leak));
    std::fflush(stderr);
    std::_Exit(1);
}

// Before main: nothing can log before the guard is in place.
const bool installed = [] {
    State& s = state();
    const InstallFunction install = realInstall();
    if (!install) {
        std::fprintf(stderr, "TestLogGuard: QtCore's qInstallMessageHandler not found\n");
        std::abort();
    }
    s.qtDefault = install(&guardHandler);
#if defined(__ELF__)
    s.interposed = true;
#endif
    std::atexit(&failOnLeaks);
    return true;
}();
} // namespace

#if defined(__ELF__)
// Interposes QtCore's function for this executable and the libraries it loads (QtTest's logger
// included): the guard's handler stays installed, and the handler a caller asks for becomes the
// one it forwards to. Callers see the same contract as Qt's (the previous handler comes back,
// nullptr restores the default).
QtMessageHandler qInstallMessageHandler(QtMessageHandler handler)
{
    State& s = state();
    const QtMessageHandler previous = s.downstream.exchange(handler);
    return previous ? previous : s.qtDefault;
}
#endif

void TestLogGuard::rememberSecret(const QByteArray& secret)
{
    if (secret.isEmpty())
        return;
    const QMutexLocker lock(&state().mutex);
    if (!state().secrets.contains(secret))
        state().secrets.append(secret);
}

QString TestLogGuard::masked(const QString& message, bool* leaked)
{
    QString text = message;
    bool found = false;
    {
        const QMutexLocker lock(&state().mutex);
        for (const QByteArray& secret : std::as_const(state().secrets)) {
            const QString secretText = QString::fromUtf8(secret);
            if (text.contains(secretText)) {
                text.replace(secretText, u"<TOKEN>"_s);
                found = true;
            }
        }
    }
    // An unknown token is flagged by its shape: the scheme as sent on the wire and a token68
    // value (8 characters at least, so prose such as "Bearer token" passes).
    thread_local const QRegularExpression bearer(uR"(\bBearer\s+[A-Za-z0-9._~+/-]{8,}=*)"_s);
    if (text.contains(bearer)) {
        text.replace(bearer, u"Bearer <TOKEN>"_s);
        found = true;
    }
    if (leaked)
        *leaked = found;
    return text;
}

QStringList TestLogGuard::leaks()
{
    const QMutexLocker lock(&state().mutex);
    return state().leaks;
}

void TestLogGuard::forgetLeaks()
{
    const QMutexLocker lock(&state().mutex);
    state().leaks.clear();
}

bool TestLogGuard::isInterposed()
{
    return installed && state().interposed;
}

int TestLogGuard::messagesSeen()
{
    return state().seen.load();
}
