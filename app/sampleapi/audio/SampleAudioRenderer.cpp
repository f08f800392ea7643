// SPDX-License-Identifier: MIT
#include "SampleAudioRenderer.h"

#include "SampleAudioClips.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

using Kind = SampleAudioTimeline::Kind;

// Appends fixed-size units (MP3 frames or PCM samples) up to a fixed total.
class UnitSink {
public:
    UnitSink(QByteArray& out, qsizetype unitBytes, qsizetype totalUnits)
        : m_out(out), m_unitBytes(unitBytes), m_end(out.size() + unitBytes * totalUnits)
    {
        m_out.reserve(m_end);
    }

    bool full() const { return m_out.size() >= m_end; }

    void append(QByteArrayView units) { m_out.append(units.first(std::min(units.size(), room()))); }

    // Repeats `loop` (whole units) for `units` units, starting at its beginning.
    void appendLooped(const QByteArray& loop, qsizetype units)
    {
        qsizetype bytes = std::min(units * m_unitBytes, room());
        while (bytes > 0) {
            const qsizetype chunk = std::min(bytes, loop.size());
            m_out.append(loop.constData(), chunk);
            bytes -= chunk;
        }
    }

private:
    qsizetype room() const { return m_end - m_out.size(); }

    QByteArray& m_out;
    const qsizetype m_unitBytes;
    const qsizetype m_end;
};

void render(const SampleAudioRenderer::Segments& segments, UnitSink& sink, bool mp3,
            double unitsPerSecond, const QByteArray& silence)
{
    const auto& clips = SampleAudioClips::instance();
    const auto unitsFor = [unitsPerSecond](int ms) {
        return qsizetype(qRound64(ms * unitsPerSecond / 1000.0));
    };
    for (const auto& segment : segments) {
        if (sink.full())
            return;
        const auto& clip =
            segment.kind == Kind::Speech ? clips.speech().at(segment.clip) : clips.holdMusic();
        switch (segment.kind) {
        case Kind::Speech:
            sink.append(mp3 ? clip.mp3Frames : clip.pcm);
            break;
        case Kind::HoldMusic:
            sink.appendLooped(mp3 ? clip.mp3Frames : clip.pcm, unitsFor(segment.milliseconds));
            break;
        case Kind::Pause:
        case Kind::HoldQuiet:
            sink.appendLooped(silence, unitsFor(segment.milliseconds));
            break;
        }
    }
}

} // namespace

QByteArray SampleAudioRenderer::mp3(const Segments& segments, int totalMilliseconds)
{
    const auto& clips = SampleAudioClips::instance();
    const Mp3FrameHeader& format = clips.mp3Format();
    const double framesPerSecond = double(format.sampleRate) / format.samplesPerFrame;
    const auto frames = qsizetype(qRound64(totalMilliseconds * framesPerSecond / 1000.0));
    QByteArray out;
    UnitSink sink(out, format.frameBytes, frames);
    render(segments, sink, true, framesPerSecond, clips.silenceFrame());
    while (!sink.full())
        sink.append(clips.silenceFrame());
    return out;
}

QByteArray SampleAudioRenderer::wav(const Segments& segments, int totalMilliseconds)
{
    constexpr int rate = SampleAudioClips::pcmSampleRate;
    constexpr int headerBytes = 44;
    const qsizetype samples = qsizetype(totalMilliseconds) * rate / 1000;
    const auto dataBytes = quint32(samples * 2);

    QByteArray out(headerBytes, Qt::Uninitialized);
    char* header = out.data();
    const auto put32 = [header](int at, quint32 value) { qToLittleEndian(value, header + at); };
    const auto put16 = [header](int at, quint16 value) { qToLittleEndian(value, header + at); };
    std::memcpy(header, "RIFF", 4);
    put32(4, 36 + dataBytes);
    std::memcpy(header + 8, "WAVEfmt ", 8);
    put32(16, 16); // fmt chunk size
    put16(20, 1); // PCM
    put16(22, 1); // mono
    put32(24, rate);
    put32(28, rate * 2); // bytes per second
    put16(32, 2); // block align
    put16(34, 16); // bits per sample
    std::memcpy(header + 36, "data", 4);
    put32(40, dataBytes);

    UnitSink sink(out, 2, samples);
    const QByteArray silence(4096, '\0');
    render(segments, sink, false, rate, silence);
    sink.appendLooped(silence, samples);
    return out;
}
