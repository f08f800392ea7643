// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// Loaded into `casecalls` with LD_PRELOAD by the cold-start figure (the app needs no bench
// flag): on the main window's first paint it prints the monotonic time and the peak RSS, then
// ends the process. Inactive unless CASECALLS_BENCH_PROBE is set.
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static void reportAndExit();

    bool m_seen = false;
};
