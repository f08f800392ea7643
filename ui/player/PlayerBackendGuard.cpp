// SPDX-License-Identifier: MIT
#include "PlayerBackendGuard.h"

#include <QMediaPlayer>

PlayerBackendGuard::PlayerBackendGuard(QObject* parent) : QObject(parent)
{
    m_loadWatchdog.setSingleShot(true);
    m_loadWatchdog.setInterval(defaultLoadTimeoutMs);
    connect(&m_loadWatchdog, &QTimer::timeout, this, &PlayerBackendGuard::loadTimedOut);
}

void PlayerBackendGuard::loading()
{
    m_earlyEndReloads = 0;
    m_verifySeekTo = -1;
    m_loadWatchdog.start();
}

void PlayerBackendGuard::playing()
{
    m_lastPolled = -1;
    m_sinceProgress.start();
}

void PlayerBackendGuard::seekSent(qint64 to)
{
    m_verifySeekTo = to;
    m_seekRetries = 0;
    m_sinceSeek.start();
}

void PlayerBackendGuard::positionPolled(qint64 at)
{
    verifySeek(at);
    if (at != m_lastPolled) {
        m_lastPolled = at;
        m_sinceProgress.start();
    } else if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() > m_stallTimeoutMs) {
        // A pipeline can stall without an error: never leave the user with a frozen "playing".
        m_sinceProgress.invalidate();
        emit stalled();
    }
}

void PlayerBackendGuard::verifySeek(qint64 at)
{
    // GStreamer drops a seek made while its pipeline is still starting, though it already
    // reports a duration: check that it landed and ask again (a few times) when it did not.
    if (m_verifySeekTo < 0 || m_sinceSeek.elapsed() < 300 || !m_player)
        return;
    if (qAbs(at - m_verifySeekTo) < 1500 + m_sinceSeek.elapsed() * 2 || m_seekRetries >= 3) {
        m_verifySeekTo = -1;
        return;
    }
    ++m_seekRetries;
    m_player->setPosition(m_verifySeekTo);
    m_sinceSeek.start();
}

bool PlayerBackendGuard::endedEarly(qint64 expectedMs) const
{
    return m_player && m_player->position() + 2000 < expectedMs;
}

bool PlayerBackendGuard::reloadIfEndedEarly(const QUrl& source, qint64 expectedMs,
                                            const std::function<void()>& resume)
{
    if (!endedEarly(expectedMs) || m_earlyEndReloads >= maxEarlyEndReloads)
        return false;
    // GStreamer 6.4 now and then ends a pipeline that was started while loading at once; load
    // the file again (up to twice) rather than leave the user at a dead end.
    ++m_earlyEndReloads;
    m_player->setSource(QUrl());
    m_player->setSource(source);
    resume();
    return true;
}

void PlayerBackendGuard::stop()
{
    m_loadWatchdog.stop();
    m_sinceProgress.invalidate();
    m_verifySeekTo = -1;
}
