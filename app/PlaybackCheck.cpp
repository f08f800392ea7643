// SPDX-License-Identifier: MIT
#include "PlaybackCheck.h"

#include "CallDetailView.h"
#include "CallsTableModel.h"
#include "CallsTableView.h"
#include "MainWindow.h"
#include "PlayerPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
const Call* firstCallWithRecording(const CallsTableModel& calls)
{
    for (int row = 0; row < calls.rowCount(); ++row) {
        if (const Call* call = calls.callAt(row); call->hasRecording())
            return call;
    }
    return nullptr;
}

void quitWith(int code, const QString& message)
{
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qUtf8Printable(message));
    QApplication::exit(code);
}

// Presses play once, as a user would while the recording is still being fetched, then polls
// the player until it has played past the target.
void watchPlayer(PlayerPane* player, const QString& callId, int targetMs, int timeoutMs)
{
    auto* poll = new QTimer(player);
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    QObject::connect(poll, &QTimer::timeout, player, [=] {
        if (player->position() >= targetMs) {
            poll->stop();
            quitWith(0,
                     QStringLiteral("playback: call %1 played to %2 ms in %3 ms")
                         .arg(callId)
                         .arg(player->position())
                         .arg(since->elapsed()));
            return;
        }
        if (player->state() == PlayerPane::State::Failed
            || player->state() == PlayerPane::State::Unavailable || since->elapsed() > timeoutMs) {
            poll->stop();
            const QString why =
                player->message().isEmpty() ? QStringLiteral("no progress") : player->message();
            quitWith(1,
                     QStringLiteral("playback: FAILED for call %1 at %2 ms after %3 ms: %4")
                         .arg(callId)
                         .arg(player->position())
                         .arg(since->elapsed())
                         .arg(why));
            return;
        }
    });
    player->play();
    poll->start(50);
}
} // namespace

void checkPlaybackWhenLoaded(MainWindow* window, CallsTableModel* calls, int targetMs,
                             int timeoutMs)
{
    auto* once = new QObject(window);
    QObject::connect(calls, &CallsTableModel::progressChanged, once, [=](int loaded) {
        if (loaded == 0)
            return;
        delete once;
        const Call* call = firstCallWithRecording(*calls);
        if (!call) {
            quitWith(1,
                     QStringLiteral("playback: FAILED: no call of the first page has a recording"));
            return;
        }
        const QString callId = call->id;
        window->callsView()->selectCall(callId);
        PlayerPane* player = window->findChild<CallDetailView*>()->player();
        watchPlayer(player, callId, targetMs, timeoutMs);
    });
}
