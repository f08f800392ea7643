// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

// Runs the event loop until `done()` holds, re-checking whenever `sender` emits `signal`, or
// until `timeoutMs` passed. Returns whether `done()` holds.
template<typename Sender, typename Signal>
bool waitUntil(const Sender* sender, Signal signal, const std::function<bool()>& done,
               int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}
