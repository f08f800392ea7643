// SPDX-License-Identifier: MIT
#include "WaveformBuilder.h"

#include "WaveformDecoder.h"

using namespace Qt::StringLiterals;

WaveformBuilder::WaveformBuilder(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(u"waveform"_s);
}

WaveformBuilder::~WaveformBuilder()
{
    if (m_decoder)
        QMetaObject::invokeMethod(m_decoder, &WaveformDecoder::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int WaveformBuilder::windowsPerSecond()
{
    return WaveformDecoder::windowsPerSecond;
}

void WaveformBuilder::ensureWorker()
{
    if (m_decoder)
        return;
    m_decoder = new WaveformDecoder;
    m_decoder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);
    connect(m_decoder, &WaveformDecoder::peaksReady, this,
            [this](int generation, const QList<float>& peaks, bool complete) {
                if (generation != m_generation)
                    return;
                m_building = !complete;
                emit peaksReady(peaks, complete);
            });
    connect(m_decoder, &WaveformDecoder::failed, this,
            [this](int generation, const QString& message) {
                if (generation != m_generation)
                    return;
                m_building = false;
                emit failed(message);
            });
    m_thread.start(QThread::LowPriority);
}

void WaveformBuilder::build(const QString& filePath)
{
    ensureWorker();
    const int generation = ++m_generation;
    m_building = true;
    QMetaObject::invokeMethod(
        m_decoder,
        [decoder = m_decoder, filePath, generation] { decoder->decode(filePath, generation); },
        Qt::QueuedConnection);
}

void WaveformBuilder::cancel()
{
    ++m_generation;
    m_building = false;
    if (m_decoder)
        QMetaObject::invokeMethod(m_decoder, &WaveformDecoder::stop, Qt::QueuedConnection);
}
