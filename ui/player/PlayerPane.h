// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "PlaybackSession.h"

#include <QWidget>

class PlayerBackendGuard;
class PlayerControls;
class PlayerProblemBar;
class QAbstractButton;
class QLabel;
class RecordingFetcher;
class WaveformBuilder;
class WaveformView;

// The recording of the call shown in the detail view: fetches it as soon as the call is shown,
// plays it (QMediaPlayer + QAudioOutput, created on first need: creating them costs ~25 ms),
// draws its waveform, and says plainly why it cannot play when it cannot. The playback itself is
// a PlaybackSession; the pane shows it and words its problems.
class PlayerPane : public QWidget {
    Q_OBJECT
public:
    using State = PlaybackSession::State;

    explicit PlayerPane(QWidget* parent = nullptr);
    ~PlayerPane() override;

    // Not owned. Without a fetcher the pane says the recording cannot be fetched.
    void setRecordingFetcher(RecordingFetcher* fetcher);
    // Shows `call` (a refresh of the same call keeps playback going); `counterpart` names the
    // other party for the "Save recording as…" file name. Selecting another call stops playback.
    void showCall(const Call& call, const QString& counterpart = {});
    // No call: stops playback and hides the pane.
    void clear();

    State state() const { return m_session->state(); }
    QString message() const; // what the pane tells the user now ("" when all is well)
    bool noAudioDevice() const;
    QString callId() const { return m_session->call().id; }
    qint64 position() const;
    qint64 duration() const;
    qreal playbackRate() const;
    bool isPlaying() const;
    QMediaPlayer* mediaPlayer() const { return m_session->mediaPlayer(); } // null until needed
    QAbstractButton* playPauseButton() const;
    WaveformView* waveformView() const { return m_waveform; }
    PlayerControls* controls() const { return m_controls; }
    // The next steps shown under an error (Try Again, Save As, Open in Another Player).
    PlayerProblemBar* problemBar() const { return m_problems; }
    PlayerBackendGuard* backendGuard() const { return m_session->backendGuard(); }
    PlaybackSession* session() const { return m_session; }

    // "Save recording as…": the file name the dialog starts with ("2025-03-14 Chase Bank.mp3").
    QString suggestedFileName() const;
    bool canSaveRecording() const { return !m_session->filePath().isEmpty(); }
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
    void connectSession();
    void showProblem(const PlaybackSession::Problem& problem);
    void showPlayerCreated();
    void showPosition(qint64 ms);
    void setDurationShown(qint64 ms);

    PlaybackSession* m_session;
    WaveformBuilder* m_waveformBuilder;
    WaveformView* m_waveform;
    PlayerControls* m_controls;
    PlayerProblemBar* m_problems;
    QLabel* m_notice;
    QString m_counterpart;
};
