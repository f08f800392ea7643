// SPDX-License-Identifier: MIT
#include "SampleAudioTimeline.h"

#include "SampleAudioClips.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

using Kind = SampleAudioTimeline::Kind;
using Role = SampleAudioClips::Role;

constexpr int shortestCallWithHold = 20'000;
constexpr int oneHoldPer = 300'000; // one more hold per five minutes of call...
constexpr int mostHolds = 4; // ...up to this many

class Planner {
public:
    Planner(int total, quint32 seed, const SampleAudioClips& clips)
        : m_total(total), m_random(seed), m_clips(clips)
    {
    }

    QList<SampleAudioTimeline::Segment> run()
    {
        const QList<int> holdStarts = chooseHoldStarts();
        qsizetype nextHold = 0;
        addPause(m_random.bounded(300, 900));
        while (m_position < m_total) {
            if (nextHold < holdStarts.size() && m_position >= holdStarts.at(nextHold)) {
                ++nextHold;
                addHold();
            } else {
                addSpeech(randomTalkClip());
            }
            // Mostly conversational gaps, sometimes someone thinks or looks something up.
            addPause(m_random.bounded(10) == 0 ? m_random.bounded(1500, 4000)
                                               : m_random.bounded(250, 1200));
        }
        return m_segments;
    }

private:
    QList<int> chooseHoldStarts()
    {
        QList<int> starts;
        if (m_total < shortestCallWithHold)
            return starts;
        const int count = std::min(mostHolds, 1 + m_total / oneHoldPer);
        const int slice = m_total / count;
        for (int i = 0; i < count; ++i)
            starts.append(i * slice + m_random.bounded(slice / 4, slice * 3 / 4));
        return starts;
    }

    void addHold()
    {
        const Kind kind = m_random.bounded(2) == 0 ? Kind::HoldMusic : Kind::HoldQuiet;
        const int length = std::clamp(m_random.bounded(m_total / 33, m_total / 10), 3000, 300'000);
        addSpeech(m_clips.clipFor(Role::HoldAnnouncement));
        addPause(m_random.bounded(300, 700));
        add({kind, -1, length});
        addPause(m_random.bounded(200, 600));
        addSpeech(m_clips.clipFor(Role::HoldReturn));
    }

    int randomTalkClip()
    {
        const auto& speech = m_clips.speech();
        int clip = 0;
        do {
            clip = m_random.bounded(int(speech.size()));
        } while (speech.at(clip).role != Role::Talk || clip == m_lastClip);
        return clip;
    }

    void addSpeech(int clip)
    {
        m_lastClip = clip;
        add({Kind::Speech, clip, m_clips.speech().at(clip).milliseconds()});
    }

    void addPause(int milliseconds) { add({Kind::Pause, -1, milliseconds}); }

    void add(const SampleAudioTimeline::Segment& segment)
    {
        m_segments.append(segment);
        m_position += segment.milliseconds;
    }

    const int m_total;
    QRandomGenerator m_random;
    const SampleAudioClips& m_clips;
    QList<SampleAudioTimeline::Segment> m_segments;
    int m_position = 0;
    int m_lastClip = -1;
};

} // namespace

QList<SampleAudioTimeline::Segment> SampleAudioTimeline::plan(int totalMilliseconds, quint32 seed,
                                                              const SampleAudioClips& clips)
{
    return Planner(totalMilliseconds, seed, clips).run();
}
