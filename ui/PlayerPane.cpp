// SPDX-License-Identifier: MIT
#include "PlayerPane.h"

#include "PlayerControls.h"
#include "PlayerSaveAs.h"
#include "RecordingFetcher.h"
#include "WaveformBuilder.h"
#include "WaveformView.h"

#include <QAbstractButton>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QLabel>
#include <QMediaDevices>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int tickMs = 40;
constexpr int loadTimeoutMs = 15000;
constexpr int stallTimeoutMs = 8000;
constexpr qint64 resumeRewindMs = 1000;

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // may quote the server or the backend
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

PlayerPane::PlayerPane(QWidget* parent)
    : QWidget(parent),
      m_waveformBuilder(new WaveformBuilder(this)),
      m_waveform(new WaveformView(this)),
      m_controls(new PlayerControls(this)),
      m_message(messageLabel(u"playerMessage"_s, this)),
      m_notice(messageLabel(u"playerNotice"_s, this))
{
    setObjectName(u"playerPane"_s);
    setAccessibleName(tr("Recording player"));
    m_waveform->setObjectName(u"waveformView"_s);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_waveform);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);

    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &PlayerPane::onTick);
    m_loadWatchdog.setSingleShot(true);
    m_loadWatchdog.setInterval(loadTimeoutMs);
    connect(&m_loadWatchdog, &QTimer::timeout, this, [this] {
        if (m_player)
            m_player->setSource(QUrl());
        setState(State::Failed, tr("The recording did not load; the audio system did not answer."));
    });
    connect(m_controls, &PlayerControls::playPauseClicked, this, &PlayerPane::togglePlayPause);
    connect(m_controls, &PlayerControls::jumpRequested, this, &PlayerPane::jump);
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerPane::seek);
    connect(m_controls, &PlayerControls::rateRequested, this, &PlayerPane::setPlaybackRate);
    connect(m_controls, &PlayerControls::volumeRequested, this, &PlayerPane::setVolume);
    connect(m_controls, &PlayerControls::mutedRequested, this, &PlayerPane::setMuted);
    connect(m_waveform, &WaveformView::seekRequested, this, &PlayerPane::seek);
    connect(m_waveformBuilder, &WaveformBuilder::peaksReady, this,
            [this](const QList<float>& peaks, bool complete) {
                m_waveform->setPeaks(peaks, WaveformBuilder::windowsPerSecond());
                if (complete && duration() <= 0)
                    setDurationShown(peaks.size() * 1000 / WaveformBuilder::windowsPerSecond());
            });
    connect(m_waveformBuilder, &WaveformBuilder::failed, this,
            [this](const QString& why) { m_waveform->clearPeaks(tr("No waveform: %1").arg(why)); });
    clear();
}

PlayerPane::~PlayerPane() = default;

void PlayerPane::setRecordingFetcher(RecordingFetcher* fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    connect(fetcher, &RecordingFetcher::ready, this, &PlayerPane::onFetched);
    connect(fetcher, &RecordingFetcher::failed, this, &PlayerPane::onFetchFailed);
}

void PlayerPane::showCall(const Call& call, const QString& counterpart)
{
    if (call.id == m_call.id && m_state != State::Empty) {
        // A refresh: keep playing; fetch only if the recording has just become available.
        const bool becameAvailable =
            m_state == State::Unavailable && !RecordingFetcher::unavailableReason(call).isProblem();
        m_call = call;
        m_counterpart = counterpart;
        if (becameAvailable)
            startFetch();
        return;
    }
    leaveCall();
    m_call = call;
    m_counterpart = counterpart;
    m_pendingPosition = m_positions.value(call.id, 0);
    setDurationShown(call.recordingDurationSeconds.value_or(0) * 1000LL);
    showPosition(m_pendingPosition);
    setVisible(call.hasRecording() || !call.recordingStatus.isEmpty()
               || call.status == CallStatus::Completed);
    if (const RecordingProblem reason = RecordingFetcher::unavailableReason(call);
        reason.isProblem()) {
        showProblem(reason);
        return;
    }
    startFetch();
    // Created after this selection has painted, so that Play starts without the ~25 ms cost.
    QTimer::singleShot(0, this, &PlayerPane::ensurePlayer);
}

void PlayerPane::clear()
{
    leaveCall();
    m_call = Call();
    setState(State::Empty);
    hide();
}

void PlayerPane::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(m_volume);
    m_output->setMuted(m_muted);
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(m_rate);
    m_noAudioDevice = QMediaDevices::audioOutputs().isEmpty();
    m_notice->setText(tr("No audio output device was found: playback is silent. Duration and "
                         "waveform are still shown."));
    m_notice->setVisible(m_noAudioDevice);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerPane::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlayerPane::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPane::onPlayerError);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            setDurationShown(ms);
        applyPendingSeek();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_state == State::Ready && !m_seekPending)
            showPosition(ms);
    });
}

void PlayerPane::leaveCall()
{
    if (m_call.id.isEmpty())
        return;
    const qint64 at = position();
    if (at > 0 && at < duration() - 1000)
        m_positions.insert(m_call.id, at);
    if (m_fetcher)
        m_fetcher->cancel(m_call.id);
    m_waveformBuilder->cancel();
    m_loadWatchdog.stop();
    m_tick.stop();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_playWhenReady = false;
    m_pausedByUser = false;
    m_seekPending = false;
    m_controls->setPlaying(false);
    if (!m_filePath.isEmpty()) {
        m_filePath.clear();
        emit canSaveRecordingChanged(false);
    }
}

void PlayerPane::startFetch()
{
    if (!m_fetcher) {
        setState(State::Failed, tr("Recordings cannot be fetched in this window."));
        return;
    }
    setState(State::Fetching);
    m_waveform->clearPeaks(tr("Loading the recording…"));
    m_fetcher->fetch(m_call);
}

void PlayerPane::setState(State state, const QString& message)
{
    m_controls->setTransportEnabled(state == State::Fetching || state == State::Loading
                                    || state == State::Ready);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString PlayerPane::message() const
{
    return m_message->text();
}

void PlayerPane::showProblem(const RecordingProblem& problem)
{
    using Kind = RecordingProblem::Kind;
    const bool unavailable = problem.kind == Kind::NoRecording || problem.kind == Kind::Processing
        || problem.kind == Kind::ProcessingFailed;
    QString text = problem.message;
    if (!problem.requestId.isEmpty())
        text += u' ' + tr("(Request id %1)").arg(problem.requestId);
    m_playWhenReady = false;
    m_waveform->clearPeaks();
    setState(unavailable ? State::Unavailable : State::Failed, text);
}

void PlayerPane::onFetched(const QString& callId, const QString& filePath)
{
    if (callId != m_call.id || m_state != State::Fetching)
        return;
    m_filePath = filePath;
    emit canSaveRecordingChanged(true);
    if (m_fetcher)
        m_fetcher->cache().setPinned({filePath});
    ensurePlayer();
    setState(State::Loading);
    m_loadWatchdog.start();
    m_earlyEndReloads = 0;
    m_player->setSource(QUrl::fromLocalFile(filePath));
    if (m_playWhenReady)
        play(); // asked for already: start the pipeline now rather than after LoadedMedia
    m_waveform->clearPeaks(tr("Drawing the waveform…"));
}

void PlayerPane::onFetchFailed(const QString& callId, const RecordingProblem& problem)
{
    if (callId == m_call.id && m_state == State::Fetching)
        showProblem(problem);
}

void PlayerPane::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
        // A pipeline started at once (Play pressed early) reports Buffered before Loaded.
        if (m_state == State::Loading)
            becomeReady();
        return;
    case QMediaPlayer::EndOfMedia:
        if (m_player->position() + 2000
                < qMax(duration(), m_call.recordingDurationSeconds.value_or(0) * 1000LL)
            && m_earlyEndReloads < 2) {
            // GStreamer 6.4 now and then ends a pipeline that was started while loading at
            // once; load the file again (up to twice) rather than leave the user at a dead end.
            ++m_earlyEndReloads;
            const qint64 resumeAt = m_seekPending ? m_pendingPosition : m_player->position();
            m_player->setSource(QUrl());
            m_player->setSource(QUrl::fromLocalFile(m_filePath));
            seek(resumeAt);
            m_player->play();
            return;
        }
        m_positions.remove(m_call.id);
        m_pendingPosition = 0;
        m_pausedByUser = false;
        showPosition(duration());
        return;
    case QMediaPlayer::InvalidMedia:
        onPlayerError(QMediaPlayer::FormatError, {});
        return;
    default:
        return;
    }
}

void PlayerPane::becomeReady()
{
    m_loadWatchdog.stop();
    setState(State::Ready);
    m_seekPending = m_pendingPosition > 0;
    // Decoding for the waveform competes with the player's own loading: start it after.
    m_waveformBuilder->build(m_filePath);
    if (m_playWhenReady && !isPlaying())
        play();
    applyPendingSeek();
}

void PlayerPane::onPlaybackState(QMediaPlayer::PlaybackState playbackState)
{
    const bool playing = playbackState == QMediaPlayer::PlayingState;
    m_controls->setPlaying(playing);
    applyPendingSeek();
    if (playing) {
        m_lastPolled = -1;
        m_sinceProgress.start();
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void PlayerPane::onPlayerError(QMediaPlayer::Error error, const QString& errorString)
{
    if (error == QMediaPlayer::NoError || m_state == State::Failed || m_state == State::Empty)
        return;
    m_loadWatchdog.stop();
    m_playWhenReady = false;
    if (m_player)
        m_player->stop();
    QString text = tr("This recording cannot be played: the file is damaged or in a format this "
                      "computer cannot play.");
    if (!errorString.isEmpty())
        text += u' ' + tr("(%1)").arg(errorString);
    setState(State::Failed, text);
}

void PlayerPane::applyPendingSeek()
{
    if (!m_seekPending || !m_player || m_player->duration() <= 0
        || m_player->playbackState() == QMediaPlayer::StoppedState)
        return;
    m_seekPending = false;
    m_player->setPosition(m_pendingPosition);
    m_verifySeekTo = m_pendingPosition;
    m_seekRetries = 0;
    m_sinceSeek.start();
}

void PlayerPane::verifySeek(qint64 at)
{
    // GStreamer drops a seek made while its pipeline is still starting, though it already
    // reports a duration: check that it landed and ask again (a few times) when it did not.
    if (m_verifySeekTo < 0 || m_sinceSeek.elapsed() < 300)
        return;
    if (qAbs(at - m_verifySeekTo) < 1500 + m_sinceSeek.elapsed() * 2 || m_seekRetries >= 3) {
        m_verifySeekTo = -1;
        return;
    }
    ++m_seekRetries;
    m_player->setPosition(m_verifySeekTo);
    m_sinceSeek.start();
}

void PlayerPane::onTick()
{
    if (m_seekPending)
        return;
    const qint64 at = m_player->position();
    showPosition(at);
    verifySeek(at);
    if (at != m_lastPolled) {
        m_lastPolled = at;
        m_sinceProgress.start();
    } else if (m_sinceProgress.elapsed() > stallTimeoutMs) {
        // A pipeline can stall without an error: never leave the user with a frozen "playing".
        m_player->pause();
        setState(State::Ready, tr("Playback stalled. Press Play to try again."));
    }
}

qint64 PlayerPane::position() const
{
    return m_state == State::Ready && m_player && !m_seekPending ? m_player->position()
                                                                 : m_pendingPosition;
}

qint64 PlayerPane::duration() const
{
    return m_waveform->duration();
}

bool PlayerPane::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

QAbstractButton* PlayerPane::playPauseButton() const
{
    return m_controls->findChild<QAbstractButton*>(u"playPauseButton"_s);
}

void PlayerPane::play()
{
    if (m_state == State::Fetching || m_state == State::Loading) {
        m_playWhenReady = true;
        // GStreamer reaches LoadedMedia much later when not yet playing (~650 ms for a
        // 10-minute MP3 here) than it starts to play (~30 ms): start the pipeline now.
        if (m_state == State::Loading && m_pendingPosition == 0)
            m_player->play();
        return;
    }
    if (m_state != State::Ready || !m_player)
        return;
    m_playWhenReady = false;
    m_message->hide();
    const qint64 at = position();
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia || at >= duration() - 50)
        seek(0);
    else if (m_pausedByUser) // the transcriber's habit: hear the last words again
        seek(at - resumeRewindMs);
    m_player->play();
    applyPendingSeek();
}

void PlayerPane::pause()
{
    m_playWhenReady = false;
    if (!isPlaying())
        return;
    m_player->pause();
    m_pausedByUser = true;
    showPosition(m_player->position());
}

void PlayerPane::togglePlayPause()
{
    if (isPlaying() || m_playWhenReady)
        pause();
    else
        play();
}

void PlayerPane::seek(qint64 ms)
{
    const qint64 target = qBound<qint64>(0, ms, qMax<qint64>(0, duration()));
    m_pausedByUser = false;
    m_pendingPosition = target;
    m_seekPending = m_state == State::Ready;
    applyPendingSeek();
    showPosition(target);
}

void PlayerPane::jump(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void PlayerPane::setPlaybackRate(qreal rate)
{
    m_rate = qBound(0.5, rate, 2.0);
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    m_controls->setRate(m_rate);
}

void PlayerPane::slower()
{
    const QList<qreal>& speeds = PlayerControls::speeds();
    for (auto it = speeds.crbegin(); it != speeds.crend(); ++it) {
        if (*it < m_rate - 0.01)
            return setPlaybackRate(*it);
    }
}

void PlayerPane::faster()
{
    for (const qreal speed : PlayerControls::speeds()) {
        if (speed > m_rate + 0.01)
            return setPlaybackRate(speed);
    }
}

void PlayerPane::normalSpeed()
{
    setPlaybackRate(1.0);
}

void PlayerPane::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    if (m_output)
        m_output->setVolume(m_volume);
    m_controls->setVolume(m_volume);
}

void PlayerPane::setMuted(bool muted)
{
    m_muted = muted;
    if (m_output)
        m_output->setMuted(muted);
    m_controls->setMuted(muted);
}

void PlayerPane::showPosition(qint64 ms)
{
    m_controls->setPosition(ms);
    m_waveform->setPosition(ms);
}

void PlayerPane::setDurationShown(qint64 ms)
{
    m_controls->setDuration(ms);
    m_waveform->setDuration(ms);
}

QString PlayerPane::suggestedFileName() const
{
    return PlayerSaveAs::suggestedFileName(m_call, m_counterpart, m_filePath);
}

bool PlayerPane::saveRecordingTo(const QString& path, QString* whyNot) const
{
    return PlayerSaveAs::copy(m_filePath, path, whyNot);
}

void PlayerPane::saveRecordingAs()
{
    PlayerSaveAs::ask(this, m_filePath, suggestedFileName());
}
