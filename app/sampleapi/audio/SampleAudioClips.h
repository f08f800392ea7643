// SPDX-License-Identifier: MIT
#pragma once

#include "Mp3FrameHeader.h"

#include <QByteArray>
#include <QList>

// The committed speech, hold-music and silence clips (resources/sample-audio, made once by
// make-clips.sh), loaded from Qt resources on first use and immutable afterwards, so any
// thread may read them. Each clip exists twice: as whole self-contained MP3 frames (16 kHz mono
// CBR, all the same size) and as 16-bit little-endian PCM at 8 kHz for WAV output.
class SampleAudioClips {
public:
    enum class Role { Talk, HoldAnnouncement, HoldReturn };

    struct Clip {
        QByteArray mp3Frames;
        QByteArray pcm;
        Role role = Role::Talk;

        int milliseconds() const;
    };

    static constexpr int pcmSampleRate = 8000;

    static const SampleAudioClips& instance();

    const QList<Clip>& speech() const { return m_speech; }
    const Clip& holdMusic() const { return m_holdMusic; }
    const QByteArray& silenceFrame() const { return m_silenceFrame; }
    const Mp3FrameHeader& mp3Format() const { return m_mp3Format; }

    // Index of the first speech clip with that role.
    int clipFor(Role role) const;

private:
    SampleAudioClips();

    Clip loadClip(const QString& name, Role role);
    QByteArray loadMp3(const QString& path);

    QList<Clip> m_speech;
    Clip m_holdMusic;
    QByteArray m_silenceFrame;
    Mp3FrameHeader m_mp3Format;
};
