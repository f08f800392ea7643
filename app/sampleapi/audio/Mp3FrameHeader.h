// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <optional>

// The fields of one MPEG audio Layer III frame that SampleAudio needs to splice frames of
// different clips: they may only be concatenated when format and size agree.
struct Mp3FrameHeader {
    int sampleRate = 0;
    int bitrate = 0; // bits per second
    int samplesPerFrame = 0;
    int frameBytes = 0;
    bool mono = false;
    // Bytes of the bit reservoir this frame borrows from earlier frames; 0 = self-contained.
    int mainDataBegin = 0;

    // Parses the frame starting at bytes[0]; nullopt unless it is a complete Layer III frame
    // header with side info (free-format and reserved values are rejected).
    static std::optional<Mp3FrameHeader> parse(QByteArrayView bytes);

    bool sameFormat(const Mp3FrameHeader& other) const;
};
