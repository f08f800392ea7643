// SPDX-License-Identifier: MIT
#include "PlayerSound.h"

#include "PlayerControls.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>

PlayerSound::PlayerSound(PlayerControls* controls, QObject* parent)
    : QObject(parent), m_controls(controls)
{
}

bool PlayerSound::ensurePlayer()
{
    if (m_player)
        return false;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(m_volume);
    m_output->setMuted(m_muted);
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(m_rate);
    m_noAudioDevice = QMediaDevices::audioOutputs().isEmpty();
    return true;
}

void PlayerSound::discardPlayer()
{
    if (!m_player)
        return;
    m_player->disconnect();
    m_player->stop();
    m_player->deleteLater();
    m_output->deleteLater();
    m_player = nullptr;
    m_output = nullptr;
}

void PlayerSound::setRate(qreal rate)
{
    m_rate = qBound(0.5, rate, 2.0);
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    m_controls->setRate(m_rate);
}

void PlayerSound::slower()
{
    const QList<qreal>& speeds = PlayerControls::speeds();
    for (auto it = speeds.crbegin(); it != speeds.crend(); ++it) {
        if (*it < m_rate - 0.01)
            return setRate(*it);
    }
}

void PlayerSound::faster()
{
    for (const qreal speed : PlayerControls::speeds()) {
        if (speed > m_rate + 0.01)
            return setRate(speed);
    }
}

void PlayerSound::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    if (m_output)
        m_output->setVolume(m_volume);
    m_controls->setVolume(m_volume);
}

void PlayerSound::setMuted(bool muted)
{
    m_muted = muted;
    if (m_output)
        m_output->setMuted(muted);
    m_controls->setMuted(muted);
}
