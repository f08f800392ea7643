// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

// The longest time the GUI thread's event loop went without running a 1 ms timer: a frame is
// lost when this exceeds ~16 ms.
class StallMonitor : public QObject {
    Q_OBJECT
public:
    explicit StallMonitor(QObject* parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestGapMs; }

private:
    void onTick();

    QTimer m_timer;
    double m_lastTickMs = 0;
    double m_longestGapMs = 0;
};
