// SPDX-License-Identifier: MIT
#include "SampleAudioClips.h"

#include <QFile>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must run at global scope: the resources live in a static library, whose
// registration object the linker would otherwise drop.
static void initSampleAudioResources()
{
    Q_INIT_RESOURCE(sampleaudio);
}

namespace {

// G.711 mu-law to linear; the clips are stored as mu-law to halve their size.
qint16 linearFromMuLaw(quint8 encoded)
{
    const int bits = ~encoded & 0xFF;
    const int magnitude = (((bits & 0x0F) << 3) + 0x84) << ((bits & 0x70) >> 4);
    return static_cast<qint16>((bits & 0x80) ? 0x84 - magnitude : magnitude - 0x84);
}

QByteArray pcmFromMuLaw(const QByteArray& muLaw)
{
    QByteArray pcm(muLaw.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < muLaw.size(); ++i)
        qToLittleEndian(linearFromMuLaw(static_cast<quint8>(muLaw.at(i))), pcm.data() + 2 * i);
    return pcm;
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SampleAudio: missing resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

int SampleAudioClips::Clip::milliseconds() const
{
    return int(pcm.size() / 2 * 1000 / pcmSampleRate);
}

const SampleAudioClips& SampleAudioClips::instance()
{
    static const SampleAudioClips clips; // thread-safe one-time initialisation
    return clips;
}

int SampleAudioClips::clipFor(Role role) const
{
    for (int i = 0; i < m_speech.size(); ++i) {
        if (m_speech.at(i).role == role)
            return i;
    }
    return 0;
}

SampleAudioClips::SampleAudioClips()
{
    initSampleAudioResources();
    // The order and roles follow the lines in make-clips.sh.
    constexpr std::array roles = {
        Role::Talk, Role::HoldAnnouncement, Role::HoldReturn, Role::Talk, Role::Talk, Role::Talk};
    for (size_t i = 0; i < roles.size(); ++i)
        m_speech.append(loadClip(u"speech-%1"_s.arg(i + 1), roles.at(i)));
    m_holdMusic = loadClip(u"hold"_s, Role::Talk);
    // Lame's first frames of silence carry its encoder tag; a frame from the middle is plain.
    const QByteArray silence = loadMp3(u":/sample-audio/silence.mp3"_s);
    const int frame = m_mp3Format.frameBytes;
    m_silenceFrame = silence.mid(silence.size() / frame / 2 * frame, frame);
}

SampleAudioClips::Clip SampleAudioClips::loadClip(const QString& name, Role role)
{
    const QString base = u":/sample-audio/"_s + name;
    return Clip {loadMp3(base + u".mp3"_s), pcmFromMuLaw(readResource(base + u".ulaw"_s)), role};
}

// Checks that every frame matches the first clip's format and is self-contained, so frames of
// different clips can be spliced; anything else is a broken build, hence qFatal.
QByteArray SampleAudioClips::loadMp3(const QString& path)
{
    const QByteArray bytes = readResource(path);
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const auto header = Mp3FrameHeader::parse(QByteArrayView(bytes).sliced(offset));
        if (!header || header->mainDataBegin != 0 || offset + header->frameBytes > bytes.size())
            qFatal("SampleAudio: %s is not self-contained MP3 at %lld", qPrintable(path),
                   static_cast<long long>(offset));
        if (m_mp3Format.frameBytes == 0)
            m_mp3Format = *header;
        if (!header->sameFormat(m_mp3Format))
            qFatal("SampleAudio: %s differs in MP3 format", qPrintable(path));
        offset += header->frameBytes;
    }
    if (bytes.isEmpty())
        qFatal("SampleAudio: %s is empty", qPrintable(path));
    return bytes;
}
