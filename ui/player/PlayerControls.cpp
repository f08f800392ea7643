// SPDX-License-Identifier: MIT
#include "PlayerControls.h"

#include "PlainLabel.h"
#include "PlayerSeekSlider.h"
#include "PlayerSound.h"
#include "PlayerTime.h"

#include <QActionGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QString speedText(qreal rate)
{
    return QLocale().toString(rate, 'g', 3) + u"×"_s;
}
} // namespace

const QList<qreal>& PlayerControls::speeds()
{
    return PlayerSound::speeds(); // the sound settings own the list: they step through it
}

PlayerControls::PlayerControls(QWidget* parent)
    : QWidget(parent),
      m_back15(jumpButton(u"back15Button"_s, -15000, tr("Back 15 seconds (Shift+Left)"))),
      m_back5(jumpButton(u"back5Button"_s, -5000, tr("Back 5 seconds (Left)"))),
      m_playPause(addButton(u"playPauseButton"_s, {}, tr("Play (Space)"))),
      m_forward5(jumpButton(u"forward5Button"_s, 5000, tr("Forward 5 seconds (Right)"))),
      m_forward15(jumpButton(u"forward15Button"_s, 15000, tr("Forward 15 seconds (Shift+Right)"))),
      m_elapsed(new PlainLabel(this)),
      m_slider(new PlayerSeekSlider(this)),
      m_total(new PlainLabel(this)),
      m_speed(addButton(u"speedButton"_s, speedText(1.0),
                        tr("Playback speed ([ slower, ] faster, 0 normal)"))),
      m_mute(addButton(u"muteButton"_s, {}, tr("Mute"))),
      m_volume(new QSlider(Qt::Horizontal, this))
{
    m_playPause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playPause->setIconSize(QSize(22, 22));
    connect(m_playPause, &QToolButton::clicked, this, &PlayerControls::playPauseClicked);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setCheckable(true);
    connect(m_mute, &QToolButton::toggled, this, &PlayerControls::mutedRequested);
    m_slider->setObjectName(u"seekSlider"_s);
    m_slider->setAccessibleName(tr("Position"));
    connect(m_slider, &PlayerSeekSlider::seekRequested, this, &PlayerControls::seekRequested);
    for (QLabel* label : {m_elapsed, m_total}) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_elapsed->setObjectName(u"elapsedLabel"_s);
    m_total->setObjectName(u"totalLabel"_s);
    m_volume->setObjectName(u"volumeSlider"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { emit volumeRequested(float(value) / 100.0f); });
    createSpeedMenu();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget* widget : {static_cast<QWidget*>(m_back15), static_cast<QWidget*>(m_back5),
                            static_cast<QWidget*>(m_playPause), static_cast<QWidget*>(m_forward5),
                            static_cast<QWidget*>(m_forward15)})
        layout->addWidget(widget);
    layout->addSpacing(6);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_total);
    layout->addSpacing(6);
    layout->addWidget(m_speed);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);
    updateTimes();
}

QToolButton* PlayerControls::addButton(const QString& objectName, const QString& text,
                                       const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

QToolButton* PlayerControls::jumpButton(const QString& objectName, qint64 deltaMs,
                                        const QString& tip)
{
    const QString sign = deltaMs < 0 ? u"−"_s : u"+"_s;
    QToolButton* button =
        addButton(objectName, sign + QLocale().toString(qAbs(deltaMs) / 1000), tip);
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(u"+15"_s) + 12);
    connect(button, &QToolButton::clicked, this, [this, deltaMs] { emit jumpRequested(deltaMs); });
    return button;
}

void PlayerControls::createSpeedMenu()
{
    auto* menu = new QMenu(m_speed);
    auto* group = new QActionGroup(menu);
    for (const qreal rate : speeds()) {
        QAction* action = menu->addAction(speedText(rate));
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(rate, 1.0));
        action->setData(rate);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, rate] { emit rateRequested(rate); });
    }
    m_speed->setMenu(menu);
    m_speed->setPopupMode(QToolButton::InstantPopup);
    m_speed->setMinimumWidth(m_speed->fontMetrics().horizontalAdvance(speedText(1.75)) + 24);
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_playPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString tip = playing ? tr("Pause (Space)") : tr("Play (Space)");
    m_playPause->setToolTip(tip);
    m_playPause->setAccessibleName(tip);
}

void PlayerControls::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    m_slider->setDuration(m_duration);
    updateTimes();
}

void PlayerControls::setPosition(qint64 ms)
{
    if (ms / 1000 == m_position / 1000 && ms >= 0) {
        m_position = ms;
        m_slider->setPosition(ms);
        return;
    }
    m_position = qMax<qint64>(0, ms);
    m_slider->setPosition(m_position);
    updateTimes();
}

void PlayerControls::setRate(qreal rate)
{
    m_speed->setText(speedText(rate));
    const QList<QAction*> actions = m_speed->menu()->actions();
    for (QAction* action : actions)
        action->setChecked(qFuzzyCompare(action->data().toReal(), rate));
}

void PlayerControls::setVolume(float volume)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(int(volume * 100.0f + 0.5f));
}

void PlayerControls::setMuted(bool muted)
{
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(muted);
    m_mute->setIcon(
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

void PlayerControls::setTransportEnabled(bool enabled)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_back15), static_cast<QWidget*>(m_back5),
                            static_cast<QWidget*>(m_playPause), static_cast<QWidget*>(m_forward5),
                            static_cast<QWidget*>(m_forward15), static_cast<QWidget*>(m_slider)})
        widget->setEnabled(enabled);
}

void PlayerControls::updateTimes()
{
    m_elapsed->setText(PlayerTime::clock(m_position));
    m_total->setText(m_duration > 0 ? PlayerTime::clock(m_duration) : u"–:––"_s);
    m_elapsed->setAccessibleName(PlayerTime::ofTotal(m_position, m_duration));
}
