// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "PlaybackSession.h"
#include "PlayerBackendGuard.h"
#include "RecordingFetcher.h"
#include "SampleAudio.h"
#include "ScriptedServer.h"

#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString caseId = u"01K8PC05EJ4T11HRYE78AN7EEA"_s;
// Generous: the media backend shares the machine with other builds.
constexpr int settleMs = 20000;
using Kind = PlaybackSession::Problem::Kind;
using State = PlaybackSession::State;

QString callId(int n)
{
    return u"01K8PC05EJ4T11HRYE78AN7%1"_s.arg(n, 3, 10, QLatin1Char('0'));
}
} // namespace

// The playback state machine without any widget (a QCoreApplication: no widget could even be
// created), over a loopback server of the test and the real media backend.
class TestPlaybackSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutFetcherFailsAtOnce();
    void recordingNotYetThereIsUnavailable();
    void playAskedWhileFetchingStartsOnceLoaded();
    void playPauseAfterTheEndPlaysAgain();
    void seekBeforeLoadIsAppliedOnceDurationKnown();
    void comingBackToCallResumesWhereItWasLeft();
    void mediaErrorFailsAndRetryPlays();

private:
    Call callServing(int n, const ScriptedResponse& response, int seconds);
    ScriptedResponse wav(int seconds) const;
    bool waitSettled() const;

    ScriptedServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<RecordingFetcher> m_fetcher;
    QHash<QString, ScriptedResponse> m_recordings; // by call id
    std::unique_ptr<PlaybackSession> m_session;
    int m_nextCall = 1;
};

void TestPlaybackSession::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler([this](const ScriptedRequest& request) {
        for (auto it = m_recordings.cbegin(); it != m_recordings.cend(); ++it) {
            if (request.target.contains(it.key().toLatin1()))
                return it.value();
        }
        return ScriptedResponse::json(R"({"error":{"code":"not_found","message":"no"}})", 404);
    });
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setToken(u"playback-session-token"_s);
    QVERIFY(m_client->setBaseUrl(m_server.baseUrl()));
    QVERIFY(m_cacheDir.isValid());
    m_fetcher = std::make_unique<RecordingFetcher>(m_client.get(), &m_network, m_cacheDir.path());
    m_fetcher->setCaseId(caseId);
}

void TestPlaybackSession::init()
{
    m_session = std::make_unique<PlaybackSession>();
    m_session->setRecordingFetcher(m_fetcher.get());
}

void TestPlaybackSession::cleanup()
{
    m_session.reset();
    m_fetcher->clearCache();
}

Call TestPlaybackSession::callServing(int n, const ScriptedResponse& response, int seconds)
{
    Call call;
    call.id = callId(n);
    call.statusWire = u"completed"_s;
    call.status = CallStatus::Completed;
    call.recordingStatus = u"completed"_s;
    call.recordingDurationSeconds = seconds;
    call.recordingUrl = m_server.baseUrl().toString()
        + u"/cases/%1/phone-calls/%2/recording"_s.arg(caseId, call.id);
    m_recordings.insert(call.id, response);
    return call;
}

ScriptedResponse TestPlaybackSession::wav(int seconds) const
{
    ScriptedResponse response;
    response.contentType = "audio/wav";
    response.body = SampleAudio::recording(SampleAudio::Format::Wav, seconds, 7);
    return response;
}

bool TestPlaybackSession::waitSettled() const
{
    return QTest::qWaitFor(
        [this] {
            return m_session->state() == State::Ready || m_session->state() == State::Failed;
        },
        settleMs);
}

void TestPlaybackSession::withoutFetcherFailsAtOnce()
{
    m_session->setRecordingFetcher(nullptr);
    QSignalSpy states(m_session.get(), &PlaybackSession::stateChanged);
    m_session->showCall(callServing(m_nextCall++, wav(2), 2));
    QCOMPARE(m_session->state(), State::Failed);
    QCOMPARE(m_session->problem().kind, Kind::NoFetcher);
    QCOMPARE(states.size(), 1);
    m_session->play(); // nothing to play: ignored
    QVERIFY(!m_session->isPlaying());
}

void TestPlaybackSession::recordingNotYetThereIsUnavailable()
{
    Call call = callServing(m_nextCall++, wav(2), 2);
    call.recordingStatus = u"processing"_s;
    call.recordingUrl.clear();
    m_session->showCall(call);
    QCOMPARE(m_session->state(), State::Unavailable);
    QCOMPARE(m_session->problem().kind, Kind::Fetch);
    QCOMPARE(m_session->problem().fetch.kind, RecordingProblem::Kind::Processing);

    // The refresh that brings the recording fetches it and plays.
    call = callServing(m_nextCall - 1, wav(2), 2);
    QVERIFY(m_session->isShowing(call));
    m_session->showCall(call);
    QCOMPARE(m_session->state(), State::Fetching);
    QVERIFY(waitSettled());
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->problem().kind, Kind::None);
}

void TestPlaybackSession::playAskedWhileFetchingStartsOnceLoaded()
{
    QSignalSpy states(m_session.get(), &PlaybackSession::stateChanged);
    QSignalSpy loaded(m_session.get(), &PlaybackSession::mediaLoaded);
    m_session->showCall(callServing(m_nextCall++, wav(5), 5));
    QCOMPARE(m_session->state(), State::Fetching);
    m_session->play();
    QVERIFY(m_session->playWhenReady());
    QVERIFY(!m_session->isPlaying());

    QVERIFY(waitSettled());
    QCOMPARE(m_session->state(), State::Ready);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isPlaying(), settleMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->position() > 200, settleMs);
    QVERIFY(!m_session->playWhenReady()); // done: it plays
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), m_session->filePath());
    QList<State> seen;
    for (const QList<QVariant>& change : std::as_const(states))
        seen.append(change.first().value<State>());
    QCOMPARE(seen, (QList<State> {State::Fetching, State::Loading, State::Ready}));

    m_session->togglePlayPause();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isPlaying(), settleMs);
}

// Play asked for early starts the pipeline while loading; once that playback has ended, the
// play/pause button plays again at the first press.
void TestPlaybackSession::playPauseAfterTheEndPlaysAgain()
{
    m_session->showCall(callServing(m_nextCall++, wav(2), 2));
    m_session->play();
    QVERIFY(waitSettled());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isPlaying(), settleMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->mediaPlayer()->mediaStatus(), QMediaPlayer::EndOfMedia,
                              settleMs);
    QVERIFY(!m_session->isPlaying());
    m_session->togglePlayPause();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isPlaying(), settleMs);
}

void TestPlaybackSession::seekBeforeLoadIsAppliedOnceDurationKnown()
{
    m_session->showCall(callServing(m_nextCall++, wav(8), 8));
    QCOMPARE(m_session->duration(), qint64(8000)); // the call's length until the file says better
    m_session->seek(5000);
    QCOMPARE(m_session->position(), qint64(5000)); // kept while nothing is loaded

    QVERIFY(waitSettled());
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->position(), qint64(5000)); // still pending: nothing plays yet
    m_session->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mediaPlayer()->duration() > 0, settleMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isPlaying(), settleMs);
    // Landed there, and plays on from there rather than from the start.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mediaPlayer()->position() > 5100, settleMs);
    QVERIFY(m_session->position() >= 5000);
}

void TestPlaybackSession::comingBackToCallResumesWhereItWasLeft()
{
    const Call first = callServing(m_nextCall++, wav(20), 20);
    const Call second = callServing(m_nextCall++, wav(5), 5);
    m_session->showCall(first);
    m_session->play();
    QVERIFY(waitSettled());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->position() > 1500, settleMs);
    m_session->pause();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isPlaying(), settleMs);
    const qint64 leftAt = m_session->position();
    QVERIFY(leftAt > 1500);

    QSignalSpy left(m_session.get(), &PlaybackSession::callLeft);
    m_session->showCall(second);
    QCOMPARE(left.size(), 1);
    QVERIFY(!m_session->isPlaying());
    QCOMPARE(m_session->position(), qint64(0)); // never played: starts at the start
    QVERIFY(waitSettled());

    QSignalSpy positions(m_session.get(), &PlaybackSession::positionChanged);
    m_session->showCall(first);
    QCOMPARE(m_session->position(), leftAt);
    QVERIFY(!positions.isEmpty());
    QCOMPARE(positions.first().first().toLongLong(), leftAt);
    QVERIFY(waitSettled());
    QCOMPARE(m_session->state(), State::Ready);
    m_session->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mediaPlayer()->position() >= leftAt, settleMs);
}

void TestPlaybackSession::mediaErrorFailsAndRetryPlays()
{
    ScriptedResponse damaged = wav(5);
    // The format chunk claims format 0xFFFF with no channels and no sample rate.
    for (int at = 20; at < 36; ++at)
        damaged.body[at] = at < 22 ? char(0xFF) : '\0';
    const Call call = callServing(m_nextCall++, damaged, 5);
    m_session->backendGuard()->setLoadTimeoutMs(10000);
    QSignalSpy saveable(m_session.get(), &PlaybackSession::canSaveRecordingChanged);
    m_session->showCall(call);
    m_session->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Failed, settleMs);
    // Either the backend says so, or the watchdog does for a backend that stays silent.
    const Kind why = m_session->problem().kind;
    QVERIFY2(why == Kind::Unplayable || why == Kind::LoadTimedOut,
             qPrintable(QString::number(int(why))));
    QVERIFY(!m_session->isPlaying());
    QVERIFY(!m_session->playWhenReady());
    QVERIFY(!saveable.isEmpty() && saveable.last().first().toBool()); // the file is kept

    // The service now sends the real recording: Try Again fetches it anew and plays.
    m_recordings.insert(call.id, wav(5));
    m_session->retry();
    QCOMPARE(m_session->state(), State::Fetching);
    QVERIFY(waitSettled());
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->problem().kind, Kind::None);
    m_session->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isPlaying(), settleMs);
}

QTEST_GUILESS_MAIN(TestPlaybackSession)
#include "tst_playbacksession.moc"
