// SPDX-License-Identifier: MIT
#include "SampleAudio.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using Format = SampleAudio::Format;

namespace {

quint32 le32(const QByteArray& bytes, int at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 le16(const QByteArray& bytes, int at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

// An MPEG audio frame walk written independently of the library's parser.
struct FrameWalk {
    bool valid = true;
    QString problem;
    int frames = 0;
    double seconds = 0;
    int firstBitrate = 0;
    bool constantBitrate = true;
};

FrameWalk walkMp3Frames(const QByteArray& bytes)
{
    static const int l3Kbps[2][16] = {
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, -1}, // MPEG-1
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, -1}}; // MPEG-2/2.5
    static const int rates[4][3] = {
        {11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};
    FrameWalk walk;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const auto byte = [&](qsizetype i) { return quint8(bytes.at(at + i)); };
        const int version = (byte(1) >> 3) & 3;
        const int layer = (byte(1) >> 1) & 3;
        const int bitrateIndex = byte(2) >> 4;
        const int rateIndex = (byte(2) >> 2) & 3;
        if (at + 4 > bytes.size() || byte(0) != 0xFF || (byte(1) & 0xE0) != 0xE0 || version == 1
            || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            walk.valid = false;
            walk.problem = u"bad frame header at byte %1"_s.arg(at);
            return walk;
        }
        const bool mpeg1 = version == 3;
        const int rate = rates[version][rateIndex];
        const int bitrate = l3Kbps[mpeg1 ? 0 : 1][bitrateIndex] * 1000;
        const int samples = mpeg1 ? 1152 : 576;
        const int size = samples / 8 * bitrate / rate + ((byte(2) >> 1) & 1);
        if (at + size > bytes.size()) {
            walk.valid = false;
            walk.problem = u"truncated frame at byte %1"_s.arg(at);
            return walk;
        }
        if (walk.frames == 0)
            walk.firstBitrate = bitrate;
        walk.constantBitrate = walk.constantBitrate && bitrate == walk.firstBitrate;
        walk.seconds += double(samples) / rate;
        ++walk.frames;
        at += size;
    }
    return walk;
}

struct Decoded {
    bool ok = false;
    QString error;
    double seconds = 0;
    int peak = 0; // largest absolute 16-bit sample
};

Decoded decode(const QByteArray& bytes, const QString& suffix)
{
    Decoded result;
    // QAudioDecoder on a QBuffer is unreliable across backends; a file always works.
    QTemporaryFile file(u"sampleaudio-XXXXXX."_s + suffix);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        result.error = u"cannot write temporary file"_s;
        return result;
    }
    QAudioDecoder decoder;
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(1);
    format.setSampleRate(8000);
    decoder.setAudioFormat(format);
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &decoder, [&] {
        const QAudioBuffer buffer = decoder.read();
        result.seconds += buffer.duration() / 1e6;
        const qint16* samples = buffer.constData<qint16>();
        for (qsizetype i = 0; i < buffer.sampleCount(); ++i)
            result.peak = std::max(result.peak, std::abs(int(samples[i])));
    });
    QSignalSpy finished(&decoder, &QAudioDecoder::finished);
    QSignalSpy failed(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error));
    decoder.setSource(QUrl::fromLocalFile(file.fileName()));
    decoder.start();
    const bool ended =
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000);
    result.ok = ended && failed.isEmpty();
    result.error = ended ? decoder.errorString() : u"decoder timed out"_s;
    return result;
}

} // namespace

class TestSampleAudio : public QObject {
    Q_OBJECT

private slots:
    void mimeTypes();
    void wavHeaderMatchesLength_data();
    void wavHeaderMatchesLength();
    void mp3FramesAreValid_data();
    void mp3FramesAreValid();
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void concurrentCallsAgree();
    void hasSpeechAndQuiet();
    void decodesForReal_data();
    void decodesForReal();
    void generationTime();
};

void TestSampleAudio::mimeTypes()
{
    QCOMPARE(SampleAudio::mimeType(Format::Mp3), "audio/mpeg");
    QCOMPARE(SampleAudio::mimeType(Format::Wav), "audio/wav");
}

void TestSampleAudio::wavHeaderMatchesLength_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("expectedSeconds");
    QTest::newRow("zero is clamped to one") << 0 << 1;
    QTest::newRow("1 s") << 1 << 1;
    QTest::newRow("7 s") << 7 << 7;
    QTest::newRow("3 min") << 180 << 180;
}

void TestSampleAudio::wavHeaderMatchesLength()
{
    QFETCH(int, seconds);
    QFETCH(int, expectedSeconds);
    const QByteArray wav = SampleAudio::recording(Format::Wav, seconds, 42);
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.first(4), "RIFF");
    QCOMPARE(le32(wav, 4), quint32(wav.size() - 8));
    QCOMPARE(wav.sliced(8, 8), "WAVEfmt ");
    QCOMPARE(le32(wav, 16), 16u);
    QCOMPARE(le16(wav, 20), 1); // PCM
    QCOMPARE(le16(wav, 22), 1); // mono
    QCOMPARE(le32(wav, 24), 8000u);
    QCOMPARE(le32(wav, 28), 16000u);
    QCOMPARE(le16(wav, 32), 2);
    QCOMPARE(le16(wav, 34), 16);
    QCOMPARE(wav.sliced(36, 4), "data");
    QCOMPARE(le32(wav, 40), quint32(wav.size() - 44));
    const double duration = double(le32(wav, 40)) / le32(wav, 28);
    QVERIFY2(std::abs(duration - expectedSeconds) <= 1.0, qPrintable(QString::number(duration)));
}

void TestSampleAudio::mp3FramesAreValid_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("1 s") << 1 << 1u;
    QTest::newRow("5 s") << 5 << 2u;
    QTest::newRow("45 s") << 45 << 3u;
    QTest::newRow("10 min") << 600 << 4u;
    QTest::newRow("30 min") << 1800 << 5u;
}

void TestSampleAudio::mp3FramesAreValid()
{
    QFETCH(int, seconds);
    QFETCH(quint32, seed);
    const QByteArray mp3 = SampleAudio::recording(Format::Mp3, seconds, seed);
    const FrameWalk walk = walkMp3Frames(mp3);
    QVERIFY2(walk.valid, qPrintable(walk.problem));
    QVERIFY(walk.frames > 0);
    QVERIFY2(std::abs(walk.seconds - seconds) <= 1.0, qPrintable(QString::number(walk.seconds)));
    // CBR: players that estimate duration from size and the first frame's bitrate get it right.
    QVERIFY(walk.constantBitrate);
    const double estimated = mp3.size() * 8.0 / walk.firstBitrate;
    QVERIFY2(std::abs(estimated - seconds) <= 1.0, qPrintable(QString::number(estimated)));
}

void TestSampleAudio::sameSeedSameBytes_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("wav") << Format::Wav;
    QTest::newRow("mp3") << Format::Mp3;
}

void TestSampleAudio::sameSeedSameBytes()
{
    QFETCH(Format, format);
    const QByteArray first = SampleAudio::recording(format, 40, 7);
    QCOMPARE(SampleAudio::recording(format, 40, 7), first);
    QVERIFY(SampleAudio::recording(format, 40, 8) != first);
    // Same seed, another length: a different recording, not a different cache entry's bytes.
    QVERIFY(SampleAudio::recording(format, 41, 7) != first);
}

void TestSampleAudio::concurrentCallsAgree()
{
    // Seeds nobody asked for yet, so the threads render rather than hit the cache.
    std::vector<QByteArray> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back(
            [&results, i] { results[i] = SampleAudio::recording(Format::Mp3, 90, 1000 + i % 2); });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(results[2], results[0]);
    QCOMPARE(results[3], results[1]);
    QVERIFY(results[0] != results[1]);
    QCOMPARE(results[0], SampleAudio::recording(Format::Mp3, 90, 1000));
}

void TestSampleAudio::hasSpeechAndQuiet()
{
    // A waveform must show talk and pauses/holds: count loud and silent 100 ms windows.
    const QByteArray wav = SampleAudio::recording(Format::Wav, 120, 99);
    const auto* samples = reinterpret_cast<const qint16*>(wav.constData() + 44);
    const qsizetype count = (wav.size() - 44) / 2;
    constexpr qsizetype window = 800;
    int loud = 0;
    int silent = 0;
    int windows = 0;
    for (qsizetype start = 0; start + window <= count; start += window, ++windows) {
        double energy = 0;
        for (qsizetype i = start; i < start + window; ++i)
            energy += double(qFromLittleEndian(samples[i])) * qFromLittleEndian(samples[i]);
        const double rms = std::sqrt(energy / window);
        loud += rms > 2000 ? 1 : 0;
        silent += rms < 50 ? 1 : 0;
    }
    QVERIFY2(loud > windows / 5, qPrintable(u"%1 of %2 loud"_s.arg(loud).arg(windows)));
    QVERIFY2(silent > windows / 10, qPrintable(u"%1 of %2 silent"_s.arg(silent).arg(windows)));
}

void TestSampleAudio::decodesForReal_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("wav") << Format::Wav << u"wav"_s;
    QTest::newRow("mp3") << Format::Mp3 << u"mp3"_s;
}

void TestSampleAudio::decodesForReal()
{
    QFETCH(Format, format);
    QFETCH(QString, suffix);
    const Decoded decoded = decode(SampleAudio::recording(format, 5, 11), suffix);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY2(std::abs(decoded.seconds - 5.0) <= 1.0, qPrintable(QString::number(decoded.seconds)));
    QVERIFY2(decoded.peak > 4000, qPrintable(QString::number(decoded.peak))); // speech, not silence
}

void TestSampleAudio::generationTime()
{
    for (const Format format : {Format::Mp3, Format::Wav}) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = SampleAudio::recording(format, 600, 123456);
        qInfo("10-minute %s: %lld bytes in %lld ms", SampleAudio::mimeType(format).constData(),
              static_cast<long long>(bytes.size()), static_cast<long long>(timer.elapsed()));
        QVERIFY(!bytes.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSampleAudio)
#include "tst_sampleaudio.moc"
