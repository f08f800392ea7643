// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAudioDecoder;

// Lives on WaveformBuilder's worker thread: decodes one file with QAudioDecoder into peaks, one
// per window of 1/windowsPerSecond seconds. Never touched from the GUI thread except through
// queued calls.
class WaveformDecoder : public QObject {
    Q_OBJECT
public:
    static constexpr int windowsPerSecond = 20;

    explicit WaveformDecoder(QObject* parent = nullptr);

public slots:
    void decode(const QString& filePath, int generation);
    void stop();

signals:
    // Partial results while decoding (every ~0.3 s of work), then the final ones.
    void peaksReady(int generation, const QList<float>& peaks, bool complete);
    void failed(int generation, const QString& message);

private:
    void onBufferReady();
    void finish();
    void onError();

    QPointer<QAudioDecoder> m_decoder;
    QList<float> m_peaks;
    int m_generation = 0;
    qint64 m_lastPartialMs = 0;
};
