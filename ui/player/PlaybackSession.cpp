// SPDX-License-Identifier: MIT
#include "PlaybackSession.h"

#include "PlayerBackendGuard.h"
#include "PlayerSound.h"
#include "RecordingFetcher.h"

#include <QUrl>

namespace {
constexpr int tickMs = 40;
constexpr qint64 resumeRewindMs = 1000;
// A position this close to the end is not worth resuming from.
constexpr qint64 resumeMarginMs = 1000;
using Kind = PlaybackSession::Problem::Kind;

PlaybackSession::Problem problemOf(Kind kind, qint64 atMs = 0, qint64 expectedMs = 0)
{
    PlaybackSession::Problem problem;
    problem.kind = kind;
    problem.atMs = atMs;
    problem.expectedMs = expectedMs;
    return problem;
}
} // namespace

PlaybackSession::PlaybackSession(QObject* parent)
    : QObject(parent), m_guard(new PlayerBackendGuard(this)), m_sound(new PlayerSound(this))
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &PlaybackSession::onTick);
    connect(m_guard, &PlayerBackendGuard::loadTimedOut, this, &PlaybackSession::onLoadTimedOut);
    connect(m_guard, &PlayerBackendGuard::stalled, this, &PlaybackSession::onStalled);
}

PlaybackSession::~PlaybackSession() = default;

void PlaybackSession::setRecordingFetcher(RecordingFetcher* fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    connect(fetcher, &RecordingFetcher::ready, this, &PlaybackSession::onFetched);
    connect(fetcher, &RecordingFetcher::failed, this, &PlaybackSession::onFetchFailed);
}

bool PlaybackSession::isShowing(const Call& call) const
{
    return call.id == m_call.id && m_state != State::Empty;
}

void PlaybackSession::showCall(const Call& call)
{
    if (isShowing(call)) {
        // A refresh: keep playing; fetch only if the recording has just become available.
        const bool becameAvailable =
            m_state == State::Unavailable && !RecordingFetcher::unavailableReason(call).isProblem();
        m_call = call;
        if (becameAvailable)
            startFetch();
        return;
    }
    leaveCall();
    m_call = call;
    m_pendingPosition = m_positions.value(call.id, 0);
    setDuration(call.recordingDurationSeconds.value_or(0) * 1000LL);
    emit positionChanged(m_pendingPosition);
    if (const RecordingProblem reason = RecordingFetcher::unavailableReason(call);
        reason.isProblem()) {
        showFetchProblem(reason);
        return;
    }
    startFetch();
    // Created after this selection has painted, so that Play starts without the ~25 ms cost.
    QTimer::singleShot(0, this, &PlaybackSession::ensurePlayer);
}

void PlaybackSession::clear()
{
    leaveCall();
    m_call = Call();
    setState(State::Empty);
}

void PlaybackSession::retry()
{
    if (m_call.id.isEmpty())
        return;
    const Call call = m_call;
    // The cached file may be the problem (cut short, damaged): fetch it anew.
    if (m_fetcher)
        m_fetcher->cache().remove(call.id);
    clear();
    showCall(call);
}

void PlaybackSession::ensurePlayer()
{
    if (!m_sound->ensurePlayer())
        return;
    m_player = m_sound->player();
    m_guard->setPlayer(m_player);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlaybackSession::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlaybackSession::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlaybackSession::onPlayerError);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlaybackSession::onPlayerDuration);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_state == State::Ready && !m_seekPending)
            emit positionChanged(ms);
    });
    emit playerCreated(m_player);
}

void PlaybackSession::leaveCall()
{
    if (m_call.id.isEmpty())
        return;
    const qint64 at = position();
    if (at > 0 && at < duration() - resumeMarginMs)
        m_positions.insert(m_call.id, at);
    if (m_fetcher)
        m_fetcher->cancel(m_call.id);
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
    emit callLeft();
    emit playingChanged(false);
    if (!m_filePath.isEmpty()) {
        m_filePath.clear();
        emit canSaveRecordingChanged(false);
    }
}

void PlaybackSession::startFetch()
{
    if (!m_fetcher) {
        setState(State::Failed, problemOf(Kind::NoFetcher));
        return;
    }
    setState(State::Fetching);
    emit fetchStarted();
    m_fetcher->fetch(m_call);
}

void PlaybackSession::setState(State state, const Problem& problem)
{
    const bool changed = state != m_state;
    m_state = state;
    m_problem = problem;
    emit problemChanged(problem);
    if (changed)
        emit stateChanged(state);
}

void PlaybackSession::showFetchProblem(const RecordingProblem& problem)
{
    using Why = RecordingProblem::Kind;
    const bool unavailable = problem.kind == Why::NoRecording || problem.kind == Why::Processing
        || problem.kind == Why::ProcessingFailed;
    m_playWhenReady = false;
    // Nothing to retry while the service has no recording; anything else may be passing.
    Problem fetchProblem = problemOf(Kind::Fetch);
    fetchProblem.fetch = problem;
    setState(unavailable ? State::Unavailable : State::Failed, fetchProblem);
}

void PlaybackSession::onFetched(const QString& callId, const QString& filePath)
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
    emit loadingStarted(filePath);
}

void PlaybackSession::onFetchFailed(const QString& callId, const RecordingProblem& problem)
{
    if (callId == m_call.id && m_state == State::Fetching)
        showFetchProblem(problem);
}

void PlaybackSession::onMediaStatus(QMediaPlayer::MediaStatus status)
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

void PlaybackSession::onEndOfMedia()
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
        setState(State::Ready, problemOf(Kind::EndsEarly, m_player->position()));
    m_positions.remove(m_call.id);
    m_pendingPosition = 0;
    m_pausedByUser = false;
    emit positionChanged(duration());
}

qint64 PlaybackSession::expectedDuration() const
{
    return qMax(duration(), m_call.recordingDurationSeconds.value_or(0) * 1000LL);
}

void PlaybackSession::recordingDecoded(qint64 ms)
{
    if (duration() <= 0)
        setDuration(ms);
    checkDurationAgainstCall(ms);
}

void PlaybackSession::onPlayerDuration(qint64 ms)
{
    if (ms > 0)
        setDuration(ms);
    checkDurationAgainstCall(ms);
    applyPendingSeek();
}

void PlaybackSession::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    emit durationChanged(m_duration);
}

void PlaybackSession::checkDurationAgainstCall(qint64 ms)
{
    // A download cut short still plays; say that it is not the whole call.
    const qint64 expected = m_call.recordingDurationSeconds.value_or(0) * 1000LL;
    if (ms <= 0 || expected <= 0 || ms + qMax<qint64>(2000, expected / 20) >= expected
        || m_state == State::Failed)
        return;
    setProblem(problemOf(Kind::ShorterThanCall, ms, expected));
}

void PlaybackSession::onLoadTimedOut()
{
    if (m_player)
        m_player->setSource(QUrl());
    setState(State::Failed, problemOf(Kind::LoadTimedOut));
}

void PlaybackSession::onStalled()
{
    if (m_player)
        m_player->pause();
    setState(State::Ready, problemOf(Kind::Stalled));
}

void PlaybackSession::becomeReady()
{
    m_guard->loaded();
    setState(State::Ready);
    checkDurationAgainstCall(m_player->duration());
    m_seekPending = m_pendingPosition > 0;
    // Decoding (for the waveform) competes with the player's own loading: start it after.
    emit mediaLoaded(m_filePath);
    if (m_playWhenReady && !isPlaying())
        play();
    // Answered now, playing or not: left set, the first play/pause press after the end pauses.
    m_playWhenReady = false;
    applyPendingSeek();
}

void PlaybackSession::onPlaybackState(QMediaPlayer::PlaybackState playbackState)
{
    const bool playing = playbackState == QMediaPlayer::PlayingState;
    emit playingChanged(playing);
    applyPendingSeek();
    if (playing) {
        m_guard->playing();
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void PlaybackSession::onPlayerError(QMediaPlayer::Error error, const QString& errorString)
{
    if (error == QMediaPlayer::NoError || m_state == State::Failed || m_state == State::Empty)
        return;
    m_guard->stop();
    m_playWhenReady = false;
    if (m_player)
        m_player->stop();
    Problem unplayable = problemOf(Kind::Unplayable);
    unplayable.backendError = errorString;
    setState(State::Failed, unplayable);
}

void PlaybackSession::applyPendingSeek()
{
    if (!m_seekPending || !m_player || m_player->duration() <= 0
        || m_player->playbackState() == QMediaPlayer::StoppedState)
        return;
    m_seekPending = false;
    m_player->setPosition(m_pendingPosition);
    m_guard->seekSent(m_pendingPosition);
}

void PlaybackSession::onTick()
{
    if (m_seekPending)
        return;
    const qint64 at = m_player->position();
    emit positionChanged(at);
    m_guard->positionPolled(at);
}

qint64 PlaybackSession::position() const
{
    return m_state == State::Ready && m_player && !m_seekPending ? m_player->position()
                                                                 : m_pendingPosition;
}

bool PlaybackSession::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void PlaybackSession::play()
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
    setProblem({});
    const qint64 at = position();
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia || at >= duration() - 50)
        seek(0);
    else if (m_pausedByUser) // the transcriber's habit: hear the last words again
        seek(at - resumeRewindMs);
    m_player->play();
    applyPendingSeek();
}

void PlaybackSession::pause()
{
    m_playWhenReady = false;
    if (!isPlaying())
        return;
    m_player->pause();
    m_pausedByUser = true;
    emit positionChanged(m_player->position());
}

void PlaybackSession::togglePlayPause()
{
    if (isPlaying() || m_playWhenReady)
        pause();
    else
        play();
}

void PlaybackSession::seek(qint64 ms)
{
    const qint64 target = qBound<qint64>(0, ms, qMax<qint64>(0, duration()));
    m_pausedByUser = false;
    m_pendingPosition = target;
    m_seekPending = m_state == State::Ready;
    applyPendingSeek();
    emit positionChanged(target);
}

void PlaybackSession::jump(qint64 deltaMs)
{
    seek(position() + deltaMs);
}
