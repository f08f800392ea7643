// SPDX-License-Identifier: MIT
#include "PlayerSound.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>

PlayerSound::PlayerSound(QObject* parent) : QObject(parent) { }

const QList<qreal>& PlayerSound::speeds()
{
    static const QList<qreal> values {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
    return values;
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
    emit rateChanged(m_rate);
}

void PlayerSound::slower()
{
    const QList<qreal>& choices = speeds();
    for (auto it = choices.crbegin(); it != choices.crend(); ++it) {
        if (*it < m_rate - 0.01)
            return setRate(*it);
    }
}

void PlayerSound::faster()
{
    for (const qreal speed : speeds()) {
        if (speed > m_rate + 0.01)
            return setRate(speed);
    }
}

void PlayerSound::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    if (m_output)
        m_output->setVolume(m_volume);
    emit volumeChanged(m_volume);
}

void PlayerSound::setMuted(bool muted)
{
    m_muted = muted;
    if (m_output)
        m_output->setMuted(muted);
    emit mutedChanged(muted);
}
