// SPDX-License-Identifier: MIT
#include "FirstPaintProbe.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

namespace {
// VmHWM: the peak resident set so far, in KiB.
long long peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void installProbe()
{
    if (qEnvironmentVariableIsSet("CASECALLS_BENCH_PROBE"))
        QCoreApplication::instance()->installEventFilter(
            new FirstPaintProbe(QCoreApplication::instance()));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (m_seen || event->type() != QEvent::Paint)
        return false;
    const auto* widget = qobject_cast<QWidget*>(watched);
    if (widget && widget->window()->inherits("QMainWindow")) {
        m_seen = true;
        // Queued: runs once this paint pass (all the window's widgets) has finished.
        QTimer::singleShot(0, &FirstPaintProbe::reportAndExit);
    }
    return false;
}

void FirstPaintProbe::reportAndExit()
{
    std::printf("first_paint_ms=%.3f peak_rss_kib=%lld\n", monotonicMs(), peakResidentKib());
    std::fflush(stdout);
    ::_exit(0); // the app has nothing to clean up that the measurement needs
}
