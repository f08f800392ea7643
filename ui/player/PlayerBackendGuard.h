// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QMediaPlayer;

// The media backend's known faults, kept apart from the player pane's own logic. GStreamer
// (Qt 6.4) drops a seek made while its pipeline starts, now and then ends a pipeline that was
// started while loading, and can stall or never finish loading without reporting an error.
// The guard watches one QMediaPlayer: it repairs what it can (seeks again, reloads once or
// twice) and turns the rest into signals the pane shows as errors.
class PlayerBackendGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultLoadTimeoutMs = 15000;
    static constexpr int defaultStallTimeoutMs = 8000;
    static constexpr int maxEarlyEndReloads = 2;

    explicit PlayerBackendGuard(QObject* parent = nullptr);

    void setPlayer(QMediaPlayer* player) { m_player = player; }
    void setLoadTimeoutMs(int ms) { m_loadWatchdog.setInterval(ms); }
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    int stallTimeoutMs() const { return m_stallTimeoutMs; }

    // A source is being loaded: the watchdog runs until loaded() or stop().
    void loading();
    void loaded() { m_loadWatchdog.stop(); }
    // Playback started: the stall clock starts from now.
    void playing();
    // A seek sent while the pipeline may still be starting: checked on the next positions.
    void seekSent(qint64 to);
    // Each polled position while playing: re-sends a dropped seek, detects a stall.
    void positionPolled(qint64 at);
    // At EndOfMedia well before `expectedMs`: reloads `source` and calls `resume` (which seeks
    // back and plays), at most maxEarlyEndReloads times per load. True when it did.
    bool reloadIfEndedEarly(const QUrl& source, qint64 expectedMs,
                            const std::function<void()>& resume);
    bool endedEarly(qint64 expectedMs) const;
    // Leaving the source: every watch stops.
    void stop();

signals:
    // The backend did not finish loading within the load timeout.
    void loadTimedOut();
    // The position has not moved for the stall timeout while the backend says it plays.
    void stalled();

private:
    void verifySeek(qint64 at);

    QPointer<QMediaPlayer> m_player;
    QTimer m_loadWatchdog;
    int m_stallTimeoutMs = defaultStallTimeoutMs;
    QElapsedTimer m_sinceProgress;
    qint64 m_lastPolled = -1;
    qint64 m_verifySeekTo = -1;
    int m_seekRetries = 0;
    QElapsedTimer m_sinceSeek;
    int m_earlyEndReloads = 0;
};
