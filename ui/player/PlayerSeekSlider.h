// SPDX-License-Identifier: MIT
#pragma once

#include "PlayerAccessible.h"

#include <QSlider>

// The seek slider in milliseconds: user moves (drag, click, keys) emit seekRequested; the
// player's position comes in through setPosition without echoing back.
class PlayerSeekSlider : public QSlider, public PlayerAccessible::Position {
    Q_OBJECT
public:
    explicit PlayerSeekSlider(QWidget* parent = nullptr);

    void setDuration(qint64 ms);
    void setPosition(qint64 ms);

    qint64 accessiblePosition() const override { return value(); }
    qint64 accessibleDuration() const override { return maximum(); }
    void accessibleSeek(qint64 ms) override;

signals:
    void seekRequested(qint64 ms);

private:
    void onAction(int action);
};
