// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "PlayerBackendGuard.h"
#include "PlayerPane.h"
#include "PlayerProblemBar.h"
#include "RecordingFetcher.h"
#include "SampleAudio.h"
#include "ScriptedServer.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString caseId = u"01K8PC05EJ4T11HRYE78AN7EEA"_s;
constexpr int settleMs = 20000;

QString callId(int n)
{
    return u"01K8PC05EJ4T11HRYE78AN7%1"_s.arg(n, 3, 10, QLatin1Char('0'));
}

void appendLe(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

// A RIFF/WAVE header for 8-bit mono PCM at `rate` over `dataBytes` bytes.
QByteArray wavHeader(quint32 rate, quint32 dataBytes)
{
    QByteArray header = "RIFF";
    appendLe(header, 36 + dataBytes, 4);
    header += "WAVEfmt ";
    appendLe(header, 16, 4);
    appendLe(header, 1, 2); // PCM
    appendLe(header, 1, 2); // mono
    appendLe(header, rate, 4);
    appendLe(header, rate, 4); // bytes per second
    appendLe(header, 1, 2); // block align
    appendLe(header, 8, 2); // bits per sample
    header += "data";
    appendLe(header, dataBytes, 4);
    return header;
}
} // namespace

// Issue 6, "Audio": recordings that are empty, mislabelled, cut short, damaged or very long,
// served by a loopback server of the test, and a media backend that does not answer or stalls.
// Each ends in a plain-text message with a next step (or plays), never a crash or a hang, and
// the window around the pane keeps working.
class TestAudioFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void zeroBytesOffersRetry();
    void mp3ServedAsWavPlays();
    void truncatedMp3SaysIncomplete();
    void corruptWavHeaderOffersOtherPlayers();
    void threeHourRecordingLoadsAndSeeks();
    void loadWatchdogTurnsSilenceIntoError();
    void stalledPlaybackIsShown();
    void guardDetectsStalledPosition();

private:
    Call callServing(int n, const ScriptedResponse& response, int seconds);
    bool waitSettled() const;
    void expectWindowStillWorks();

    ScriptedServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<RecordingFetcher> m_fetcher;
    QHash<QString, ScriptedResponse> m_recordings; // by call id
    QByteArray m_mp3; // a minute of real MP3
    QByteArray m_wav; // five seconds of real WAV
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_elsewhere = nullptr;
    PlayerPane* m_pane = nullptr;
    int m_nextCall = 1;
};

void TestAudioFaults::initTestCase()
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
    m_client->setToken(u"audio-faults-token"_s);
    QVERIFY(m_client->setBaseUrl(m_server.baseUrl()));
    QVERIFY(m_cacheDir.isValid());
    m_fetcher = std::make_unique<RecordingFetcher>(m_client.get(), &m_network, m_cacheDir.path());
    m_fetcher->setCaseId(caseId);
    m_mp3 = SampleAudio::recording(SampleAudio::Format::Mp3, 60, 7);
    m_wav = SampleAudio::recording(SampleAudio::Format::Wav, 5, 7);
    QVERIFY(m_mp3.size() > 10000 && m_wav.startsWith("RIFF"));
}

void TestAudioFaults::init()
{
    m_window = std::make_unique<QWidget>();
    m_elsewhere = new QLineEdit(m_window.get());
    m_pane = new PlayerPane(m_window.get());
    m_pane->setRecordingFetcher(m_fetcher.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_pane);
    m_window->resize(700, 300);
    m_window->show();
}

void TestAudioFaults::cleanup()
{
    m_window.reset();
    m_fetcher->clearCache();
}

Call TestAudioFaults::callServing(int n, const ScriptedResponse& response, int seconds)
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

bool TestAudioFaults::waitSettled() const
{
    return QTest::qWaitFor(
        [this] {
            return m_pane->state() == PlayerPane::State::Ready
                || m_pane->state() == PlayerPane::State::Failed;
        },
        settleMs);
}

// The event loop still serves the rest of the window, and the pane takes the next call.
void TestAudioFaults::expectWindowStillWorks()
{
    m_elsewhere->setFocus();
    QTest::keyClicks(m_elsewhere, u"ok"_s);
    QCOMPARE(m_elsewhere->text(), u"ok"_s);
    ScriptedResponse good;
    good.contentType = "audio/wav";
    good.body = m_wav;
    m_pane->showCall(callServing(900 + m_nextCall++, good, 5));
    QVERIFY(waitSettled());
    QVERIFY2(m_pane->state() == PlayerPane::State::Ready, qPrintable(m_pane->message()));
    QVERIFY(m_pane->problemBar()->offered() == PlayerProblemBar::None);
}

void TestAudioFaults::zeroBytesOffersRetry()
{
    ScriptedResponse empty;
    empty.contentType = "audio/mpeg";
    Call call = callServing(1, empty, 30);
    m_pane->showCall(call);
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Failed);
    QVERIFY2(m_pane->message().contains(u"empty"_s), qPrintable(m_pane->message()));
    QVERIFY(m_pane->problemBar()->offered().testFlag(PlayerProblemBar::Retry));
    m_pane->togglePlayPause(); // never a crash
    QVERIFY(!m_pane->isPlaying());
    // Try Again fetches anew: the server has the file now.
    m_recordings[call.id].body = m_wav;
    m_recordings[call.id].contentType = "audio/wav";
    m_pane->findChild<QAbstractButton*>(u"playerRetry"_s)->click();
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    expectWindowStillWorks();
}

void TestAudioFaults::mp3ServedAsWavPlays()
{
    ScriptedResponse mislabelled;
    mislabelled.contentType = "audio/wav";
    mislabelled.body = m_mp3;
    m_pane->showCall(callServing(2, mislabelled, 60));
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    QVERIFY(m_fetcher->cachedFile(callId(2)).endsWith(u".mp3"_s)); // sniffed, not believed
    QVERIFY(m_pane->duration() > 50000);
    m_pane->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->mediaPlayer()->position() > 0, 10000);
    m_pane->pause();
    expectWindowStillWorks();
}

void TestAudioFaults::truncatedMp3SaysIncomplete()
{
    ScriptedResponse truncated;
    truncated.contentType = "audio/mpeg";
    truncated.body = m_mp3.left(m_mp3.size() * 3 / 10);
    m_pane->showCall(callServing(3, truncated, 60));
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready); // what arrived still plays
    qInfo("truncated: backend duration %lld ms, shown %lld ms",
          static_cast<long long>(m_pane->mediaPlayer()->duration()),
          static_cast<long long>(m_pane->duration()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_pane->message().contains(u"incomplete"_s),
                              qPrintable(m_pane->message()), 10000);
    QVERIFY(m_pane->problemBar()->offered().testFlag(PlayerProblemBar::Retry));
    m_pane->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->mediaPlayer()->position() > 0, 10000);
    expectWindowStillWorks();
}

void TestAudioFaults::corruptWavHeaderOffersOtherPlayers()
{
    QByteArray corrupt = m_wav;
    // The format chunk claims format 0xFFFF with no channels and no sample rate.
    for (int at = 20; at < 36; ++at)
        corrupt[at] = at < 22 ? char(0xFF) : '\0';
    ScriptedResponse damaged;
    damaged.contentType = "audio/wav";
    damaged.body = corrupt;
    m_pane->showCall(callServing(4, damaged, 5));
    m_pane->backendGuard()->setLoadTimeoutMs(5000);
    m_pane->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), PlayerPane::State::Failed, settleMs);
    QVERIFY(!m_pane->isPlaying());
    QVERIFY(!m_pane->message().isEmpty());
    QVERIFY(m_pane->problemBar()->offered().testFlag(PlayerProblemBar::OpenElsewhere));
    QVERIFY(m_pane->problemBar()->isVisible());
    expectWindowStillWorks();
}

void TestAudioFaults::threeHourRecordingLoadsAndSeeks()
{
    constexpr quint32 rate = 8000;
    constexpr quint32 seconds = 3 * 3600;
    ScriptedResponse long3h;
    long3h.contentType = "audio/wav";
    long3h.body = wavHeader(rate, rate * seconds) + QByteArray(qsizetype(rate) * seconds, '\x80');
    m_pane->showCall(callServing(5, long3h, int(seconds)));
    long3h = {}; // the server's copy is enough
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    QVERIFY2(m_pane->duration() >= (seconds - 1) * 1000LL,
             qPrintable(QString::number(m_pane->duration())));
    const qint64 target = 2LL * 3600 * 1000 + 30 * 60 * 1000;
    m_pane->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->mediaPlayer()->position() > 0, 10000);
    m_pane->seek(target);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->mediaPlayer()->position() >= target, 10000);
    QVERIFY(m_pane->message().isEmpty());
    m_pane->clear();
    m_recordings.remove(callId(5));
    expectWindowStillWorks();
}

void TestAudioFaults::loadWatchdogTurnsSilenceIntoError()
{
    ScriptedResponse good;
    good.contentType = "audio/wav";
    good.body = m_wav;
    // First a recording that loads, so that the pane has its player...
    m_pane->showCall(callServing(6, good, 5));
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    QMediaPlayer* player = m_pane->mediaPlayer();
    QVERIFY(player);
    // ...then one whose loading never reports back, as a hung backend's would: the player's
    // signals are held. A short timeout alone cannot provoke it on every backend: FFmpeg
    // (Qt >= 6.5) loads a local file inside setSource(), before any watchdog can fire.
    m_pane->backendGuard()->setLoadTimeoutMs(300);
    player->blockSignals(true);
    m_pane->showCall(callServing(60, good, 5));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), PlayerPane::State::Failed, settleMs);
    player->blockSignals(false);
    QVERIFY2(m_pane->message().contains(u"did not load"_s), qPrintable(m_pane->message()));
    QVERIFY(m_pane->problemBar()->offered().testFlag(PlayerProblemBar::Retry));
    m_pane->backendGuard()->setLoadTimeoutMs(PlayerBackendGuard::defaultLoadTimeoutMs);
    m_pane->retry();
    QVERIFY(waitSettled());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    expectWindowStillWorks();
}

void TestAudioFaults::stalledPlaybackIsShown()
{
    ScriptedResponse good;
    good.contentType = "audio/mpeg";
    good.body = m_mp3;
    m_pane->showCall(callServing(7, good, 60));
    QVERIFY(waitSettled());
    m_pane->play();
    // Playing is enough here (that audio really comes is tst_playerpane's subject): in one
    // sanitizer run on a loaded machine the position had still not moved after 10 s.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->isPlaying(), 10000);
    // The guard's verdict (its detection is tested below): the pane stops and says so.
    emit m_pane->backendGuard()->stalled();
    QTRY_VERIFY(!m_pane->isPlaying());
    QCOMPARE(m_pane->state(), PlayerPane::State::Ready);
    QVERIFY2(m_pane->message().contains(u"stalled"_s), qPrintable(m_pane->message()));
    m_pane->play(); // the next step the message names
    QTRY_VERIFY(m_pane->isPlaying());
    QVERIFY(m_pane->message().isEmpty());
    expectWindowStillWorks();
}

void TestAudioFaults::guardDetectsStalledPosition()
{
    PlayerBackendGuard guard;
    guard.setStallTimeoutMs(100);
    QSignalSpy stalled(&guard, &PlayerBackendGuard::stalled);
    qint64 position = 0;
    QTimer ticks;
    connect(&ticks, &QTimer::timeout, this, [&] { guard.positionPolled(position); });
    guard.playing();
    ticks.start(10);
    // Advancing: no stall however long it plays.
    connect(&ticks, &QTimer::timeout, this, [&] { position += 10; });
    QTRY_VERIFY(position > 400);
    QCOMPARE(stalled.size(), 0);
    disconnect(&ticks, nullptr, this, nullptr);
    connect(&ticks, &QTimer::timeout, this, [&] { guard.positionPolled(position); });
    QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 1, 2000);
    ticks.stop();
}

QTEST_MAIN(TestAudioFaults)
#include "tst_audiofaults.moc"
