// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class PlayerSeekSlider;
class QLabel;
class QSlider;
class QToolButton;

// The transport row: jumps, play/pause, elapsed / seek slider / total, speed, mute and volume.
// Emits commands; takes state through setters (it never talks to the media player itself).
class PlayerControls : public QWidget {
    Q_OBJECT
public:
    static const QList<qreal>& speeds(); // 0.5× .. 2×

    explicit PlayerControls(QWidget* parent = nullptr);

    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setRate(qreal rate);
    void setVolume(float volume); // 0..1
    void setMuted(bool muted);
    // Transport enabled (a recording is loaded or loading); speed and volume always work.
    void setTransportEnabled(bool enabled);
    PlayerSeekSlider* seekSlider() const { return m_slider; }

signals:
    void playPauseClicked();
    void jumpRequested(qint64 deltaMs);
    void seekRequested(qint64 ms);
    void rateRequested(qreal rate);
    void volumeRequested(float volume);
    void mutedRequested(bool muted);

private:
    QToolButton* addButton(const QString& objectName, const QString& text, const QString& tip);
    QToolButton* jumpButton(const QString& objectName, qint64 deltaMs, const QString& tip);
    void createSpeedMenu();
    void updateTimes();

    QToolButton* m_back15;
    QToolButton* m_back5;
    QToolButton* m_playPause;
    QToolButton* m_forward5;
    QToolButton* m_forward15;
    QLabel* m_elapsed;
    PlayerSeekSlider* m_slider;
    QLabel* m_total;
    QToolButton* m_speed;
    QToolButton* m_mute;
    QSlider* m_volume;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    bool m_playing = false;
};
