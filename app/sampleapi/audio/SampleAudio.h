// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// Playable sample phone-call recordings for the sample API: speech with pauses and long hold
// stretches (music or quiet), assembled at run time from small committed clips.
class SampleAudio {
public:
    enum class Format { Wav, Mp3 };

    // Real, playable audio of about `seconds` length (±1 s; clamped to 1 s .. 2 h),
    // deterministic for a seed. Thread-safe; recent results are cached (bounded). MP3 is MPEG-2
    // Layer III, 16 kHz mono, 24 kbps CBR without tags; WAV is RIFF 16-bit PCM mono 8 kHz.
    static QByteArray recording(Format format, int seconds, quint32 seed);
    static QByteArray mimeType(Format format); // "audio/mpeg" / "audio/wav"
};
