// SPDX-License-Identifier: MIT
#include "PlayerPane.h"

#include "PlainLabel.h"
#include "PlayerBackendGuard.h"
#include "PlayerControls.h"
#include "PlayerProblemBar.h"
#include "PlayerSaveAs.h"
#include "PlayerSound.h"
#include "RecordingFetcher.h"
#include "WaveformBuilder.h"
#include "WaveformView.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int tickMs = 40;
constexpr qint64 resumeRewindMs = 1000;
using Next = PlayerProblemBar::Action;

QLabel* noticeLabel(QWidget* parent)
{
    auto* label = new PlainLabel(parent);
    label->setObjectName(u"playerNotice"_s);
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
      m_guard(new PlayerBackendGuard(this)),
      m_sound(new PlayerSound(this)),
      m_problems(new PlayerProblemBar(this)),
      m_notice(noticeLabel(this))
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
    layout->addWidget(m_problems);
    layout->addWidget(m_notice);

    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &PlayerPane::onTick);
    connect(m_guard, &PlayerBackendGuard::loadTimedOut, this, &PlayerPane::onLoadTimedOut);
    connect(m_guard, &PlayerBackendGuard::stalled, this, &PlayerPane::onStalled);
    connect(m_problems, &PlayerProblemBar::retryRequested, this, &PlayerPane::retry);
    connect(m_problems, &PlayerProblemBar::saveAsRequested, this, &PlayerPane::saveRecordingAs);
    connect(m_problems, &PlayerProblemBar::openElsewhereRequested, this,
            &PlayerPane::openInAnotherPlayer);
    connect(m_controls, &PlayerControls::playPauseClicked, this, &PlayerPane::togglePlayPause);
    connect(m_controls, &PlayerControls::jumpRequested, this, &PlayerPane::jump);
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerPane::seek);
    connect(m_controls, &PlayerControls::rateRequested, this, &PlayerPane::setPlaybackRate);
    connect(m_controls, &PlayerControls::volumeRequested, this, &PlayerPane::setVolume);
    connect(m_controls, &PlayerControls::mutedRequested, this, &PlayerPane::setMuted);
    connect(m_sound, &PlayerSound::rateChanged, m_controls, &PlayerControls::setRate);
    connect(m_sound, &PlayerSound::volumeChanged, m_controls, &PlayerControls::setVolume);
    connect(m_sound, &PlayerSound::mutedChanged, m_controls, &PlayerControls::setMuted);
    connect(m_waveform, &WaveformView::seekRequested, this, &PlayerPane::seek);
    connect(m_waveformBuilder, &WaveformBuilder::peaksReady, this,
            [this](const QList<float>& peaks, bool complete) {
                m_waveform->setPeaks(peaks, WaveformBuilder::windowsPerSecond());
                const qint64 decodedMs = peaks.size() * 1000 / WaveformBuilder::windowsPerSecond();
                if (complete && duration() <= 0)
                    setDurationShown(decodedMs);
                // Decoding the whole file is the surest measure of a download cut short.
                if (complete)
                    checkDurationAgainstCall(decodedMs);
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
    if (!m_sound->ensurePlayer())
        return;
    m_player = m_sound->player();
    m_guard->setPlayer(m_player);
    m_notice->setText(tr("No audio output device was found: playback is silent. Duration and "
                         "waveform are still shown."));
    m_notice->setVisible(m_sound->noAudioDevice());
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerPane::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlayerPane::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPane::onPlayerError);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            setDurationShown(ms);
        checkDurationAgainstCall(ms);
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
    m_guard->stop();
    m_tick.stop();
    if (m_player && m_state == State::Failed) {
        m_guard->setPlayer(nullptr);
        m_sound->discardPlayer(); // a late error of this file must not fail the next one
        m_player = nullptr;
    } else if (m_player) {
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

void PlayerPane::setState(State state, const QString& message, int actions)
{
    m_controls->setTransportEnabled(state == State::Fetching || state == State::Loading
                                    || state == State::Ready);
    m_problems->showMessage(message, PlayerProblemBar::Actions::fromInt(actions));
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString PlayerPane::message() const
{
    return m_problems->text();
}

void PlayerPane::showProblem(const RecordingProblem& problem)
{
    using Kind = RecordingProblem::Kind;
    const bool unavailable = problem.kind == Kind::NoRecording || problem.kind == Kind::Processing
        || problem.kind == Kind::ProcessingFailed;
    m_playWhenReady = false;
    m_waveform->clearPeaks();
    // Nothing to retry while the service has no recording; anything else may be passing.
    setState(unavailable ? State::Unavailable : State::Failed,
             PlayerProblemBar::fetchProblem(problem), unavailable ? Next::None : Next::Retry);
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
    m_guard->loading();
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
        onEndOfMedia();
        return;
    case QMediaPlayer::InvalidMedia:
        onPlayerError(QMediaPlayer::FormatError, {});
        return;
    default:
        return;
    }
}

void PlayerPane::onEndOfMedia()
{
    const qint64 resumeAt = m_seekPending ? m_pendingPosition : m_player->position();
    const bool reloaded =
        m_guard->reloadIfEndedEarly(QUrl::fromLocalFile(m_filePath), expectedDuration(), [&] {
            seek(resumeAt);
            m_player->play();
        });
    if (reloaded)
        return;
    if (m_guard->endedEarly(expectedDuration()))
        setState(State::Ready, PlayerProblemBar::endsEarly(m_player->position()), Next::Retry);
    m_positions.remove(m_call.id);
    m_pendingPosition = 0;
    m_pausedByUser = false;
    showPosition(duration());
}

qint64 PlayerPane::expectedDuration() const
{
    return qMax(duration(), m_call.recordingDurationSeconds.value_or(0) * 1000LL);
}

void PlayerPane::checkDurationAgainstCall(qint64 ms)
{
    // A download cut short still plays; say that it is not the whole call.
    const qint64 expected = m_call.recordingDurationSeconds.value_or(0) * 1000LL;
    if (ms <= 0 || expected <= 0 || ms + qMax<qint64>(2000, expected / 20) >= expected
        || m_state == State::Failed)
        return;
    setState(m_state, PlayerProblemBar::shorterThanCall(ms, expected), Next::Retry);
}

void PlayerPane::onLoadTimedOut()
{
    if (m_player)
        m_player->setSource(QUrl());
    setState(State::Failed, PlayerProblemBar::loadTimedOut(), Next::Retry | Next::OpenElsewhere);
}

void PlayerPane::onStalled()
{
    if (m_player)
        m_player->pause();
    setState(State::Ready, PlayerProblemBar::stalled());
}

void PlayerPane::becomeReady()
{
    m_guard->loaded();
    setState(State::Ready);
    checkDurationAgainstCall(m_player->duration());
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
        m_guard->playing();
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void PlayerPane::onPlayerError(QMediaPlayer::Error error, const QString& errorString)
{
    if (error == QMediaPlayer::NoError || m_state == State::Failed || m_state == State::Empty)
        return;
    m_guard->stop();
    m_playWhenReady = false;
    if (m_player)
        m_player->stop();
    setState(State::Failed, PlayerProblemBar::unplayable(errorString),
             Next::Retry | Next::SaveAs | Next::OpenElsewhere);
}

void PlayerPane::applyPendingSeek()
{
    if (!m_seekPending || !m_player || m_player->duration() <= 0
        || m_player->playbackState() == QMediaPlayer::StoppedState)
        return;
    m_seekPending = false;
    m_player->setPosition(m_pendingPosition);
    m_guard->seekSent(m_pendingPosition);
}

void PlayerPane::onTick()
{
    if (m_seekPending)
        return;
    const qint64 at = m_player->position();
    showPosition(at);
    m_guard->positionPolled(at);
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
    m_problems->showMessage({});
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

bool PlayerPane::noAudioDevice() const
{
    return m_sound->noAudioDevice();
}

qreal PlayerPane::playbackRate() const
{
    return m_sound->rate();
}

void PlayerPane::setPlaybackRate(qreal rate)
{
    m_sound->setRate(rate);
}

void PlayerPane::slower()
{
    m_sound->slower();
}

void PlayerPane::faster()
{
    m_sound->faster();
}

void PlayerPane::normalSpeed()
{
    m_sound->setRate(1.0);
}

void PlayerPane::setVolume(float volume)
{
    m_sound->setVolume(volume);
}

void PlayerPane::setMuted(bool muted)
{
    m_sound->setMuted(muted);
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

void PlayerPane::retry()
{
    if (m_call.id.isEmpty())
        return;
    const Call call = m_call;
    const QString counterpart = m_counterpart;
    // The cached file may be the problem (cut short, damaged): fetch it anew.
    if (m_fetcher)
        m_fetcher->cache().remove(call.id);
    clear();
    showCall(call, counterpart);
}

void PlayerPane::openInAnotherPlayer()
{
    if (!m_filePath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_filePath));
}
