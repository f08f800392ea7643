// SPDX-License-Identifier: MIT
#include "PlayerPane.h"

#include "PlainLabel.h"
#include "PlayerBackendGuard.h"
#include "PlayerControls.h"
#include "PlayerProblemBar.h"
#include "PlayerSaveAs.h"
#include "PlayerSound.h"
#include "WaveformBuilder.h"
#include "WaveformView.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
using Next = PlayerProblemBar::Action;
using Problem = PlaybackSession::Problem;

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
      m_session(new PlaybackSession(this)),
      m_waveformBuilder(new WaveformBuilder(this)),
      m_waveform(new WaveformView(this)),
      m_controls(new PlayerControls(this)),
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

    connectSession();
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
    connect(m_waveform, &WaveformView::seekRequested, this, &PlayerPane::seek);
    connect(m_waveformBuilder, &WaveformBuilder::peaksReady, this,
            [this](const QList<float>& peaks, bool complete) {
                m_waveform->setPeaks(peaks, WaveformBuilder::windowsPerSecond());
                // Decoding the whole file is the surest measure of a download cut short.
                if (complete)
                    m_session->recordingDecoded(peaks.size() * 1000
                                                / WaveformBuilder::windowsPerSecond());
            });
    connect(m_waveformBuilder, &WaveformBuilder::failed, this,
            [this](const QString& why) { m_waveform->clearPeaks(tr("No waveform: %1").arg(why)); });
    clear();
}

PlayerPane::~PlayerPane() = default;

void PlayerPane::connectSession()
{
    PlaybackSession* session = m_session;
    connect(session, &PlaybackSession::problemChanged, this, &PlayerPane::showProblem);
    connect(session, &PlaybackSession::stateChanged, this, &PlayerPane::stateChanged);
    connect(session, &PlaybackSession::canSaveRecordingChanged, this,
            &PlayerPane::canSaveRecordingChanged);
    connect(session, &PlaybackSession::playerCreated, this, &PlayerPane::showPlayerCreated);
    connect(session, &PlaybackSession::playingChanged, m_controls, &PlayerControls::setPlaying);
    connect(session, &PlaybackSession::positionChanged, this, &PlayerPane::showPosition);
    connect(session, &PlaybackSession::durationChanged, this, &PlayerPane::setDurationShown);
    connect(session, &PlaybackSession::fetchStarted, this,
            [this] { m_waveform->clearPeaks(tr("Loading the recording…")); });
    connect(session, &PlaybackSession::loadingStarted, this,
            [this] { m_waveform->clearPeaks(tr("Drawing the waveform…")); });
    connect(session, &PlaybackSession::mediaLoaded, m_waveformBuilder, &WaveformBuilder::build);
    connect(session, &PlaybackSession::callLeft, m_waveformBuilder, &WaveformBuilder::cancel);
    PlayerSound* sound = session->sound();
    connect(sound, &PlayerSound::rateChanged, m_controls, &PlayerControls::setRate);
    connect(sound, &PlayerSound::volumeChanged, m_controls, &PlayerControls::setVolume);
    connect(sound, &PlayerSound::mutedChanged, m_controls, &PlayerControls::setMuted);
}

void PlayerPane::setRecordingFetcher(RecordingFetcher* fetcher)
{
    m_session->setRecordingFetcher(fetcher);
}

void PlayerPane::showCall(const Call& call, const QString& counterpart)
{
    m_counterpart = counterpart;
    if (!m_session->isShowing(call))
        setVisible(call.hasRecording() || !call.recordingStatus.isEmpty()
                   || call.status == CallStatus::Completed);
    m_session->showCall(call);
}

void PlayerPane::clear()
{
    m_session->clear();
    hide();
}

void PlayerPane::showPlayerCreated()
{
    m_notice->setText(tr("No audio output device was found: playback is silent. Duration and "
                         "waveform are still shown."));
    m_notice->setVisible(noAudioDevice());
}

QString PlayerPane::message() const
{
    return m_problems->text();
}

void PlayerPane::showProblem(const Problem& problem)
{
    const State state = m_session->state();
    m_controls->setTransportEnabled(state == State::Fetching || state == State::Loading
                                    || state == State::Ready);
    switch (problem.kind) {
    case Problem::Kind::None:
        m_problems->showMessage({});
        return;
    case Problem::Kind::NoFetcher:
        m_problems->showMessage(tr("Recordings cannot be fetched in this window."));
        return;
    case Problem::Kind::Fetch:
        m_waveform->clearPeaks();
        // Nothing to retry while the service has no recording; anything else may be passing.
        m_problems->showMessage(PlayerProblemBar::fetchProblem(problem.fetch),
                                state == State::Unavailable ? Next::None : Next::Retry);
        return;
    case Problem::Kind::Unplayable:
        m_problems->showMessage(PlayerProblemBar::unplayable(problem.backendError),
                                Next::Retry | Next::SaveAs | Next::OpenElsewhere);
        return;
    case Problem::Kind::LoadTimedOut:
        m_problems->showMessage(PlayerProblemBar::loadTimedOut(),
                                Next::Retry | Next::OpenElsewhere);
        return;
    case Problem::Kind::Stalled:
        m_problems->showMessage(PlayerProblemBar::stalled());
        return;
    case Problem::Kind::EndsEarly:
        m_problems->showMessage(PlayerProblemBar::endsEarly(problem.atMs), Next::Retry);
        return;
    case Problem::Kind::ShorterThanCall:
        m_problems->showMessage(PlayerProblemBar::shorterThanCall(problem.atMs, problem.expectedMs),
                                Next::Retry);
        return;
    }
}

qint64 PlayerPane::position() const
{
    return m_session->position();
}

qint64 PlayerPane::duration() const
{
    return m_session->duration();
}

bool PlayerPane::isPlaying() const
{
    return m_session->isPlaying();
}

QAbstractButton* PlayerPane::playPauseButton() const
{
    return m_controls->findChild<QAbstractButton*>(u"playPauseButton"_s);
}

void PlayerPane::play()
{
    m_session->play();
}

void PlayerPane::pause()
{
    m_session->pause();
}

void PlayerPane::togglePlayPause()
{
    m_session->togglePlayPause();
}

void PlayerPane::seek(qint64 ms)
{
    m_session->seek(ms);
}

void PlayerPane::jump(qint64 deltaMs)
{
    m_session->jump(deltaMs);
}

bool PlayerPane::noAudioDevice() const
{
    return m_session->sound()->noAudioDevice();
}

qreal PlayerPane::playbackRate() const
{
    return m_session->sound()->rate();
}

void PlayerPane::setPlaybackRate(qreal rate)
{
    m_session->sound()->setRate(rate);
}

void PlayerPane::slower()
{
    m_session->sound()->slower();
}

void PlayerPane::faster()
{
    m_session->sound()->faster();
}

void PlayerPane::normalSpeed()
{
    m_session->sound()->setRate(1.0);
}

void PlayerPane::setVolume(float volume)
{
    m_session->sound()->setVolume(volume);
}

void PlayerPane::setMuted(bool muted)
{
    m_session->sound()->setMuted(muted);
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
    return PlayerSaveAs::suggestedFileName(m_session->call(), m_counterpart, m_session->filePath());
}

bool PlayerPane::saveRecordingTo(const QString& path, QString* whyNot) const
{
    return PlayerSaveAs::copy(m_session->filePath(), path, whyNot);
}

void PlayerPane::saveRecordingAs()
{
    PlayerSaveAs::ask(this, m_session->filePath(), suggestedFileName());
}

void PlayerPane::retry()
{
    m_session->retry();
}

void PlayerPane::openInAnotherPlayer()
{
    if (const QString filePath = m_session->filePath(); !filePath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(filePath));
}
