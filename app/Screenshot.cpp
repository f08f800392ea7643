// SPDX-License-Identifier: MIT
#include "Screenshot.h"

#include "CallsTableModel.h"
#include "CallsTableView.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {
QString callToShow(const CallsTableModel& calls)
{
    for (int row = 0; row < calls.rowCount(); ++row) {
        const Call* call = calls.callAt(row);
        if (call->summary.toString().contains(QStringLiteral("Letters Testamentary"))
            && call->openActionItemCount() > 0)
            return call->id;
    }
    return calls.rowCount() > 0 ? calls.callAt(0)->id : QString();
}
} // namespace

void saveScreenshotWhenLoaded(MainWindow* window, CallsTableModel* calls, const QString& path)
{
    auto* once = new QObject(window);
    QObject::connect(calls, &CallsTableModel::progressChanged, once, [=](int loaded) {
        if (loaded == 0)
            return;
        delete once;
        window->callsView()->selectCall(callToShow(*calls));
        QTimer::singleShot(1500, window, [=] {
            const bool saved = window->grab().save(path);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                         qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    });
}
