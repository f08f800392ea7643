// SPDX-License-Identifier: MIT
#include "PlayerSeekSlider.h"

#include "PlayerTime.h"

#include <QAccessible>

PlayerSeekSlider::PlayerSeekSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    PlayerAccessible::install();
    setRange(0, 0);
    setSingleStep(5000);
    setPageStep(15000);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QAbstractSlider::actionTriggered, this, &PlayerSeekSlider::onAction);
    connect(this, &QAbstractSlider::sliderMoved, this,
            [this](int value) { emit seekRequested(value); });
}

void PlayerSeekSlider::setDuration(qint64 ms)
{
    setMaximum(int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
}

void PlayerSeekSlider::setPosition(qint64 ms)
{
    // While the user drags, the handle follows the mouse, not the playback.
    if (isSliderDown())
        return;
    const int before = value() / 1000;
    QSignalBlocker blocker(this);
    setValue(int(qBound(qint64(0), ms, qint64(maximum()))));
    setToolTip(PlayerTime::ofTotal(value(), maximum()));
    if (value() / 1000 != before && QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, value());
        QAccessible::updateAccessibility(&event);
    }
}

void PlayerSeekSlider::accessibleSeek(qint64 ms)
{
    emit seekRequested(qBound(qint64(0), ms, qint64(maximum())));
}

void PlayerSeekSlider::onAction(int action)
{
    // sliderPosition() already holds the value the action leads to; drags go via sliderMoved.
    if (action != SliderMove && action != SliderNoAction)
        emit seekRequested(sliderPosition());
}
