// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QThread>

class WaveformDecoder;

// Builds a recording's peak envelope off the GUI thread: QAudioDecoder runs on a worker thread
// of its own (started on first use), and results come back queued. A new build() or cancel()
// makes every result of an earlier build be ignored.
class WaveformBuilder : public QObject {
    Q_OBJECT
public:
    explicit WaveformBuilder(QObject* parent = nullptr);
    ~WaveformBuilder() override;

    static int windowsPerSecond();
    void build(const QString& filePath);
    void cancel();
    bool isBuilding() const { return m_building; }
    // The worker thread (tests check the decoding is not on the GUI thread).
    const QThread* workerThread() const { return &m_thread; }

signals:
    // Peaks so far (complete false) and at the end (complete true), one per window.
    void peaksReady(const QList<float>& peaks, bool complete);
    void failed(const QString& message);

private:
    void ensureWorker();

    QThread m_thread;
    WaveformDecoder* m_decoder = nullptr; // lives on m_thread, deleted when it finishes
    int m_generation = 0;
    bool m_building = false;
};
