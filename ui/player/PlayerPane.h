// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "RecordingProblem.h"

#include <QHash>
#include <QMediaPlayer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class PlayerBackendGuard;
class PlayerControls;
class PlayerProblemBar;
class PlayerSound;
class QAbstractButton;
class QLabel;
class RecordingFetcher;
class WaveformBuilder;
class WaveformView;

// The recording of the call shown in the detail view: fetches it as soon as the call is shown,
// plays it (QMediaPlayer + QAudioOutput, created on first need: creating them costs ~25 ms),
// draws its waveform, and says plainly why it cannot play when it cannot.
class PlayerPane : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Unavailable, Fetching, Loading, Ready, Failed };

    explicit PlayerPane(QWidget* parent = nullptr);
    ~PlayerPane() override;

    // Not owned. Without a fetcher the pane says the recording cannot be fetched.
    void setRecordingFetcher(RecordingFetcher* fetcher);
    // Shows `call` (a refresh of the same call keeps playback going); `counterpart` names the
    // other party for the "Save recording as…" file name. Selecting another call stops playback.
    void showCall(const Call& call, const QString& counterpart = {});
    // No call: stops playback and hides the pane.
    void clear();

    State state() const { return m_state; }
    QString message() const; // what the pane tells the user now ("" when all is well)
    bool noAudioDevice() const;
    QString callId() const { return m_call.id; }
    qint64 position() const;
    qint64 duration() const;
    qreal playbackRate() const;
    bool isPlaying() const;
    QMediaPlayer* mediaPlayer() const { return m_player; } // null until first needed
    QAbstractButton* playPauseButton() const;
    WaveformView* waveformView() const { return m_waveform; }
    PlayerControls* controls() const { return m_controls; }
    // The next steps shown under an error (Try Again, Save As, Open in Another Player).
    PlayerProblemBar* problemBar() const { return m_problems; }
    PlayerBackendGuard* backendGuard() const { return m_guard; }

    // "Save recording as…": the file name the dialog starts with ("2025-03-14 Chase Bank.mp3").
    QString suggestedFileName() const;
    bool canSaveRecording() const { return !m_filePath.isEmpty(); }
    // Copies the downloaded file unchanged (original format). False with a reason otherwise.
    bool saveRecordingTo(const QString& path, QString* whyNot = nullptr) const;

public slots:
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void jump(qint64 deltaMs);
    void setPlaybackRate(qreal rate);
    void slower();
    void faster();
    void normalSpeed();
    void setVolume(float volume);
    void setMuted(bool muted);
    // Asks where to save (a file dialog) and copies the recording there.
    void saveRecordingAs();
    // Fetches the recording again (a damaged cached file is dropped first).
    void retry();
    // Hands the downloaded file to the desktop's default player.
    void openInAnotherPlayer();

signals:
    void stateChanged(PlayerPane::State state);
    void canSaveRecordingChanged(bool canSave);

private:
    void ensurePlayer();
    void leaveCall();
    void startFetch();
    void setState(State state, const QString& message = {}, int actions = 0);
    void showProblem(const RecordingProblem& problem);
    void onFetched(const QString& callId, const QString& filePath);
    void onFetchFailed(const QString& callId, const RecordingProblem& problem);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void becomeReady();
    void onPlaybackState(QMediaPlayer::PlaybackState playbackState);
    void onPlayerError(QMediaPlayer::Error error, const QString& errorString);
    void onEndOfMedia();
    void onLoadTimedOut();
    void onStalled();
    void onTick();
    void showPosition(qint64 ms);
    void setDurationShown(qint64 ms);
    void checkDurationAgainstCall(qint64 ms);
    void applyPendingSeek();
    qint64 expectedDuration() const;

    QPointer<RecordingFetcher> m_fetcher;
    QMediaPlayer* m_player = nullptr;
    WaveformBuilder* m_waveformBuilder;
    WaveformView* m_waveform;
    PlayerControls* m_controls;
    PlayerBackendGuard* m_guard;
    PlayerSound* m_sound;
    PlayerProblemBar* m_problems;
    QLabel* m_notice;
    QTimer m_tick; // polls position() while playing: the signal comes only every ~100 ms
    Call m_call;
    QString m_counterpart;
    QString m_filePath;
    State m_state = State::Empty;
    QHash<QString, qint64> m_positions; // per call, while the app runs
    qint64 m_pendingPosition = 0;
    // GStreamer drops seeks made before it knows the duration or while stopped: kept until then.
    bool m_seekPending = false;
    bool m_playWhenReady = false;
    bool m_pausedByUser = false;
};
