// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "RecordingProblem.h"

#include <QHash>
#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class PlayerBackendGuard;
class PlayerSound;
class RecordingFetcher;

// The playback of one call's recording, without any widget: fetches the recording, loads it
// into QMediaPlayer (created on first need through PlayerSound), plays and seeks it, remembers
// where each call was left, and turns the media backend's statuses and errors into a state and
// a problem. Whoever shows it (PlayerPane) follows the signals and words the problems.
class PlaybackSession : public QObject {
    Q_OBJECT
public:
    enum class State { Empty, Unavailable, Fetching, Loading, Ready, Failed };
    Q_ENUM(State)

    // What went wrong, with what the words for it need. Kind::None: all is well.
    struct Problem {
        enum class Kind {
            None,
            NoFetcher, // this window has no way to fetch recordings
            Fetch, // `fetch` says why (Unavailable when the service has none)
            Unplayable, // the backend cannot play the file: `backendError`
            LoadTimedOut,
            Stalled,
            EndsEarly, // playback ended at `atMs`, well before the expected end
            ShorterThanCall, // the file lasts `atMs`, the call `expectedMs`
        };
        Kind kind = Kind::None;
        RecordingProblem fetch;
        QString backendError;
        qint64 atMs = 0;
        qint64 expectedMs = 0;
    };

    explicit PlaybackSession(QObject* parent = nullptr);
    ~PlaybackSession() override;

    // Not owned. Without a fetcher every call fails with Problem::Kind::NoFetcher.
    void setRecordingFetcher(RecordingFetcher* fetcher);
    // True when `call` is the one shown: showCall() would only refresh it.
    bool isShowing(const Call& call) const;
    // Shows `call`; a refresh of the same call keeps playback going. Another call stops the
    // current one and resumes where it was left.
    void showCall(const Call& call);
    // No call: stops playback.
    void clear();
    // Fetches the current call's recording again (a damaged cached file is dropped first).
    void retry();

    State state() const { return m_state; }
    const Problem& problem() const { return m_problem; }
    const Call& call() const { return m_call; }
    QString filePath() const { return m_filePath; } // the downloaded recording, "" until then
    qint64 position() const;
    qint64 duration() const { return m_duration; }
    bool isPlaying() const;
    bool playWhenReady() const { return m_playWhenReady; }
    QMediaPlayer* mediaPlayer() const { return m_player; } // null until first needed
    PlayerBackendGuard* backendGuard() const { return m_guard; }
    PlayerSound* sound() const { return m_sound; }

    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void jump(qint64 deltaMs);
    // The whole file decoded (for the waveform) lasts `ms`: the surest measure of its length.
    void recordingDecoded(qint64 ms);

signals:
    // The problem is signalled first, so that who follows the state finds the problem set.
    void problemChanged(const PlaybackSession::Problem& problem);
    void stateChanged(PlaybackSession::State state);
    void fetchStarted();
    void loadingStarted(const QString& filePath);
    void mediaLoaded(const QString& filePath); // playable now: the file may be decoded
    void callLeft(); // playback of the previous call stopped
    void canSaveRecordingChanged(bool canSave);
    void playerCreated(QMediaPlayer* player);
    void playingChanged(bool playing);
    void positionChanged(qint64 ms); // the position to show, also while a seek is pending
    void durationChanged(qint64 ms);

private:
    void ensurePlayer();
    void leaveCall();
    void startFetch();
    void setState(State state) { setState(state, Problem()); } // all is well
    void setState(State state, const Problem& problem);
    void setProblem(const Problem& problem) { setState(m_state, problem); }
    void showFetchProblem(const RecordingProblem& problem);
    void onFetched(const QString& callId, const QString& filePath);
    void onFetchFailed(const QString& callId, const RecordingProblem& problem);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void becomeReady();
    void onPlaybackState(QMediaPlayer::PlaybackState playbackState);
    void onPlayerError(QMediaPlayer::Error error, const QString& errorString);
    void onPlayerDuration(qint64 ms);
    void onEndOfMedia();
    void onLoadTimedOut();
    void onStalled();
    void onTick();
    void setDuration(qint64 ms);
    void checkDurationAgainstCall(qint64 ms);
    void applyPendingSeek();
    qint64 expectedDuration() const;

    QPointer<RecordingFetcher> m_fetcher;
    QMediaPlayer* m_player = nullptr;
    PlayerBackendGuard* m_guard;
    PlayerSound* m_sound;
    QTimer m_tick; // polls position() while playing: the signal comes only every ~100 ms
    Call m_call;
    QString m_filePath;
    State m_state = State::Empty;
    Problem m_problem;
    qint64 m_duration = 0;
    QHash<QString, qint64> m_positions; // per call, while the app runs
    qint64 m_pendingPosition = 0;
    // GStreamer drops seeks made before it knows the duration or while stopped: kept until then.
    bool m_seekPending = false;
    bool m_playWhenReady = false;
    bool m_pausedByUser = false;
};
