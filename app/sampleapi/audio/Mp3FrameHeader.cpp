// SPDX-License-Identifier: MIT
#include "Mp3FrameHeader.h"

#include <array>

namespace {

enum class MpegVersion { Mpeg1, Mpeg2, Mpeg25 };

constexpr std::array<int, 15> mpeg1Kbps = {0,   32,  40,  48,  56,  64,  80, 96,
                                           112, 128, 160, 192, 224, 256, 320};
constexpr std::array<int, 15> mpeg2Kbps = {0,  8,  16, 24,  32,  40,  48, 56,
                                           64, 80, 96, 112, 128, 144, 160};
constexpr std::array<int, 3> mpeg1Rates = {44100, 48000, 32000};

int sampleRateFor(MpegVersion version, int index)
{
    const int divisor = version == MpegVersion::Mpeg1 ? 1 : version == MpegVersion::Mpeg2 ? 2 : 4;
    return mpeg1Rates.at(index) / divisor;
}

std::optional<MpegVersion> versionFor(int bits)
{
    switch (bits) {
    case 0b00:
        return MpegVersion::Mpeg25;
    case 0b10:
        return MpegVersion::Mpeg2;
    case 0b11:
        return MpegVersion::Mpeg1;
    default:
        return std::nullopt; // 0b01 is reserved
    }
}

} // namespace

std::optional<Mp3FrameHeader> Mp3FrameHeader::parse(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    const auto byteAt = [&bytes](qsizetype i) { return static_cast<quint8>(bytes.at(i)); };
    const quint32 word = quint32(byteAt(0)) << 24 | quint32(byteAt(1)) << 16
        | quint32(byteAt(2)) << 8 | quint32(byteAt(3));
    const bool syncOk = (word >> 21) == 0x7FF;
    const auto version = versionFor(int(word >> 19) & 0x3);
    const bool layer3 = ((word >> 17) & 0x3) == 0b01;
    const int bitrateIndex = int(word >> 12) & 0xF;
    const int rateIndex = int(word >> 10) & 0x3;
    if (!syncOk || !version || !layer3 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
        return std::nullopt;

    const bool mpeg1 = *version == MpegVersion::Mpeg1;
    const bool hasCrc = ((word >> 16) & 0x1) == 0;
    Mp3FrameHeader header;
    header.sampleRate = sampleRateFor(*version, rateIndex);
    header.bitrate = 1000 * (mpeg1 ? mpeg1Kbps : mpeg2Kbps).at(bitrateIndex);
    header.samplesPerFrame = mpeg1 ? 1152 : 576;
    const int padding = int(word >> 9) & 0x1;
    header.frameBytes = header.samplesPerFrame / 8 * header.bitrate / header.sampleRate + padding;
    header.mono = ((word >> 6) & 0x3) == 0b11;

    // Side info follows the header (and CRC); main_data_begin is its first 9 (MPEG-1) or 8 bits.
    const qsizetype sideInfo = hasCrc ? 6 : 4;
    if (bytes.size() < sideInfo + 2 || header.frameBytes < sideInfo + 2)
        return std::nullopt;
    const int firstBits = byteAt(sideInfo) << 8 | byteAt(sideInfo + 1);
    header.mainDataBegin = mpeg1 ? firstBits >> 7 : firstBits >> 8;
    return header;
}

bool Mp3FrameHeader::sameFormat(const Mp3FrameHeader& other) const
{
    return sampleRate == other.sampleRate && bitrate == other.bitrate
        && samplesPerFrame == other.samplesPerFrame && frameBytes == other.frameBytes
        && mono == other.mono;
}
