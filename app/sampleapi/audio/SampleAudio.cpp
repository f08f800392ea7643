// SPDX-License-Identifier: MIT
#include "SampleAudio.h"

#include "SampleAudioClips.h"
#include "SampleAudioRenderer.h"
#include "SampleAudioTimeline.h"

#include <QCache>
#include <QMutex>

#include <algorithm>
#include <optional>

// The clips in resources/sample-audio were made once with make-clips.sh there:
//   espeak-ng -v <voice> -s 165 -w raw.wav "<line>"          (then trimmed and normalised)
//   lame -t --nores --cbr -b 24 -m m --resample 16 clip.wav speech-N.mp3
//   lame -t --cbr -b 128 -m m --resample 8 clip.wav 8k.mp3 && lame --decode 8k.mp3 8k.wav
//                                                           (then mu-law encoded: speech-N.ulaw)
// --nores keeps every frame free of bit-reservoir references and -t omits the Xing/LAME tag,
// so whole frames of any clip can follow each other in one CBR stream.

namespace {

constexpr int longestSeconds = 2 * 60 * 60;
constexpr int cacheKibibytes = 64 * 1024;

class RecordingCache {
public:
    std::optional<QByteArray> find(quint64 key)
    {
        const QMutexLocker lock(&m_mutex);
        if (const QByteArray* bytes = m_cache.object(key))
            return *bytes;
        return std::nullopt;
    }

    void insert(quint64 key, const QByteArray& bytes)
    {
        const QMutexLocker lock(&m_mutex);
        m_cache.insert(key, new QByteArray(bytes), qMax<qsizetype>(1, bytes.size() / 1024));
    }

private:
    QMutex m_mutex;
    QCache<quint64, QByteArray> m_cache {cacheKibibytes};
};

RecordingCache& cache()
{
    static RecordingCache instance;
    return instance;
}

} // namespace

QByteArray SampleAudio::recording(Format format, int seconds, quint32 seed)
{
    seconds = std::clamp(seconds, 1, longestSeconds);
    const quint64 key = quint64(seed) << 32 | quint64(seconds) << 1 | (format == Format::Mp3);
    if (auto cached = cache().find(key))
        return *cached;

    // Rendering runs unlocked: concurrent requests for different recordings do not queue.
    const int milliseconds = seconds * 1000;
    const auto segments =
        SampleAudioTimeline::plan(milliseconds, seed, SampleAudioClips::instance());
    const QByteArray bytes = format == Format::Mp3
        ? SampleAudioRenderer::mp3(segments, milliseconds)
        : SampleAudioRenderer::wav(segments, milliseconds);
    cache().insert(key, bytes);
    return bytes;
}

QByteArray SampleAudio::mimeType(Format format)
{
    return format == Format::Mp3 ? QByteArrayLiteral("audio/mpeg") : QByteArrayLiteral("audio/wav");
}
