// SPDX-License-Identifier: MIT
#include "HeldCalls.h"

namespace {
// Long enough that a fast load inserts a handful of times, short enough that rows still visibly
// stream in and progress moves several times a second.
constexpr std::chrono::milliseconds kHold(100);
} // namespace

HeldCalls::HeldCalls(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kHold);
    connect(&m_timer, &QTimer::timeout, this, &HeldCalls::due);
}

void HeldCalls::hold(const QList<Call>& calls)
{
    for (const Call& call : calls) {
        m_ids.insert(call.id);
        m_calls.append(call);
    }
    if (!m_timer.isActive() && !m_calls.isEmpty())
        m_timer.start();
}

QList<Call> HeldCalls::take()
{
    m_timer.stop();
    m_ids.clear();
    return std::exchange(m_calls, {});
}

void HeldCalls::clear()
{
    take();
}
