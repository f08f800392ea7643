// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAudioOutput;
class QMediaPlayer;

// The player's sound settings (speed, volume, mute) and the media objects they apply to.
// QMediaPlayer and QAudioOutput are created on first need (creating them costs ~25 ms) with
// the settings chosen so far. Widget-free: whoever shows the settings follows the signals.
class PlayerSound : public QObject {
    Q_OBJECT
public:
    explicit PlayerSound(QObject* parent = nullptr);

    static const QList<qreal>& speeds(); // 0.5× .. 2×

    QMediaPlayer* player() const { return m_player; } // null until ensurePlayer()
    // Creates the player and its output; true when it did so just now.
    bool ensurePlayer();
    // Drops the player (deleted later; the next ensurePlayer() makes a fresh one). After a
    // backend error GStreamer may still deliver that error late, after the next source is set:
    // a fresh pipeline cannot blame the next recording for the last one's fault.
    void discardPlayer();
    // Known once the player exists: playback is silent, the rest still works.
    bool noAudioDevice() const { return m_noAudioDevice; }

    qreal rate() const { return m_rate; }
    void setRate(qreal rate); // 0.5x to 2x
    void slower(); // the next lower of speeds()
    void faster();
    void setVolume(float volume);
    void setMuted(bool muted);

signals:
    void rateChanged(qreal rate);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);

private:
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    bool m_noAudioDevice = false;
    qreal m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
};
