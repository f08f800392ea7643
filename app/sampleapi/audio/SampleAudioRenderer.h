// SPDX-License-Identifier: MIT
#pragma once

#include "SampleAudioTimeline.h"

#include <QByteArray>

// Turns a call script into bytes by copying clip data, never by encoding: MP3 output is a run
// of whole CBR frames (valid without a Xing header, duration = size / bitrate), WAV output is a
// RIFF header plus 16-bit mono PCM at 8 kHz. Output is exactly totalMilliseconds long, to the
// nearest MP3 frame (36 ms) or sample.
class SampleAudioRenderer {
public:
    using Segments = QList<SampleAudioTimeline::Segment>;

    static QByteArray mp3(const Segments& segments, int totalMilliseconds);
    static QByteArray wav(const Segments& segments, int totalMilliseconds);
};
