// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class SampleAudioClips;

// The script of one sample call, chosen by a seed: speech clips separated by pauses, with a few
// long hold stretches (music or quiet) announced and closed by the matching clips. Both output
// formats render the same script, so a seed sounds alike in WAV and MP3.
class SampleAudioTimeline {
public:
    enum class Kind { Speech, Pause, HoldMusic, HoldQuiet };

    struct Segment {
        Kind kind = Kind::Pause;
        int clip = -1; // speech clip index for Kind::Speech
        int milliseconds = 0; // nominal; speech clips always play whole (until the end)
    };

    // Segments covering at least totalMilliseconds.
    static QList<Segment> plan(int totalMilliseconds, quint32 seed, const SampleAudioClips& clips);
};
