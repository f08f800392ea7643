// SPDX-License-Identifier: MIT
#pragma once

#include "PlayerAccessible.h"

#include <QList>
#include <QWidget>

// The recording at a glance: peak bars (talk stands out from holds), the played part tinted,
// a playhead. Click or drag to seek; keyboard: Left/Right 5 s, Shift 15 s, PageUp/PageDown
// 15 s, Home/End. Shows a short message while there are no peaks.
class WaveformView : public QWidget, public PlayerAccessible::Position {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);

    // One peak (0..1) per 1/windowsPerSecond seconds of audio.
    void setPeaks(const QList<float>& peaks, int windowsPerSecond);
    // No peaks; `message` ("Drawing waveform…") is drawn instead (may be empty).
    void clearPeaks(const QString& message = {});
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    bool hasPeaks() const { return !m_peaks.isEmpty(); }
    // The x coordinate of a time (for tests and painting).
    int xForTime(qint64 ms) const;

    qint64 accessiblePosition() const override { return m_position; }
    qint64 accessibleDuration() const override { return m_duration; }
    void accessibleSeek(qint64 ms) override { requestSeek(ms); }

    QSize sizeHint() const override { return {400, 52}; }
    QSize minimumSizeHint() const override { return {120, 36}; }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    qint64 timeForX(int x) const;
    void requestSeek(qint64 ms);
    // The loudest peak of the windows under each pixel column.
    QList<float> columns(int width) const;

    QList<float> m_peaks;
    int m_windowsPerSecond = 20;
    QString m_message;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};
