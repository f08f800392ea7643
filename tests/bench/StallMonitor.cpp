// SPDX-License-Identifier: MIT
#include "StallMonitor.h"

#include "Clock.h"

#include <algorithm>

StallMonitor::StallMonitor(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::onTick);
}

void StallMonitor::start()
{
    m_longestGapMs = 0;
    m_lastTickMs = monotonicMs();
    m_timer.start();
}

void StallMonitor::stop()
{
    onTick(); // a stall that lasts until the end counts too
    m_timer.stop();
}

void StallMonitor::onTick()
{
    const double now = monotonicMs();
    m_longestGapMs = std::max(m_longestGapMs, now - m_lastTickMs);
    m_lastTickMs = now;
}
