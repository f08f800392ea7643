// SPDX-License-Identifier: MIT
#include "WaveformDecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QDateTime>
#include <QUrl>

#include <cstdlib>

namespace {
constexpr int sampleRate = 8000; // plenty for an envelope; keeps the decoded data small
constexpr int partialEveryMs = 300;
} // namespace

WaveformDecoder::WaveformDecoder(QObject* parent) : QObject(parent) { }

void WaveformDecoder::decode(const QString& filePath, int generation)
{
    stop();
    m_generation = generation;
    m_peaks.clear();
    m_lastPartialMs = QDateTime::currentMSecsSinceEpoch();
    m_decoder = new QAudioDecoder(this);
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(1);
    format.setSampleRate(sampleRate);
    m_decoder->setAudioFormat(format);
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &WaveformDecoder::onBufferReady);
    connect(m_decoder, &QAudioDecoder::finished, this, &WaveformDecoder::finish);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
            &WaveformDecoder::onError);
    m_decoder->setSource(QUrl::fromLocalFile(filePath));
    m_decoder->start();
}

void WaveformDecoder::stop()
{
    if (!m_decoder)
        return;
    QAudioDecoder* decoder = m_decoder;
    m_decoder = nullptr;
    disconnect(decoder, nullptr, this, nullptr);
    decoder->stop();
    decoder->deleteLater();
}

void WaveformDecoder::onBufferReady()
{
    if (!m_decoder)
        return;
    const QAudioBuffer buffer = m_decoder->read();
    const QAudioFormat format = buffer.format();
    if (!buffer.isValid() || format.sampleFormat() != QAudioFormat::Int16
        || format.sampleRate() <= 0)
        return;
    const int channels = qMax(1, format.channelCount());
    const qint16* samples = buffer.constData<qint16>();
    const qsizetype frames = buffer.frameCount();
    const qint64 firstFrame = buffer.startTime() * format.sampleRate() / 1000000;
    const qint64 framesPerWindow = qMax(1, format.sampleRate() / windowsPerSecond);
    for (qsizetype frame = 0; frame < frames; ++frame) {
        const qsizetype window = qsizetype((firstFrame + frame) / framesPerWindow);
        if (window >= m_peaks.size())
            m_peaks.resize(window + 1, 0.0f);
        const float level = float(std::abs(int(samples[frame * channels]))) / 32768.0f;
        if (level > m_peaks[window])
            m_peaks[window] = level;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastPartialMs >= partialEveryMs) {
        m_lastPartialMs = now;
        emit peaksReady(m_generation, m_peaks, false);
    }
}

void WaveformDecoder::finish()
{
    stop();
    if (m_peaks.isEmpty())
        emit failed(m_generation, tr("The recording contains no audio."));
    else
        emit peaksReady(m_generation, m_peaks, true);
}

void WaveformDecoder::onError()
{
    const QString message = m_decoder ? m_decoder->errorString() : QString();
    stop();
    emit failed(m_generation,
                message.isEmpty() ? tr("The recording could not be decoded.") : message);
}
