// SPDX-License-Identifier: MIT
#include "CallDetailView.h"
#include "PlayerControls.h"
#include "PlayerPane.h"
#include "PlayerSeekSlider.h"
#include "PlayerTestApi.h"
#include "WaveformView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QScopeGuard>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool waitReady(const PlayerPane& pane)
{
    const bool settled = QTest::qWaitFor(
        [&] {
            return pane.state() == PlayerPane::State::Ready
                || pane.state() == PlayerPane::State::Failed;
        },
        20000);
    if (!settled || pane.state() != PlayerPane::State::Ready)
        qWarning("player not ready: %s", qPrintable(pane.message()));
    return pane.state() == PlayerPane::State::Ready;
}

bool waitPosition(const PlayerPane& pane, const std::function<bool(qint64)>& condition,
                  int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return condition(pane.mediaPlayer()->position()); }, timeoutMs);
}
} // namespace

// The player over real loopback HTTP and the real media backend (GStreamer, headless).
class TestPlayerPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void playsToEndOfMedia_data();
    void playsToEndOfMedia();
    void seekLandsWhereAsked_data();
    void seekLandsWhereAsked();
    void speedChangeApplies();
    void resumeAfterPauseRewindsOneSecond();
    void switchingCallsStopsAndRemembersPosition();
    void problemsAreExplained_data();
    void problemsAreExplained();
    void corruptFileIsExplained();
    void noAudioDeviceIsSaid();
    void saveRecordingKeepsFormat();
    void keysWorkInDetailViewOnly();
    void startLatencyOfTenMinuteMp3();
    void screenshot();

private:
    Call callFor(const QString& kind);
    PlayerTestApi m_api;
    Call m_wav;
    Call m_mp3;
    Call m_longMp3; // a minute or more, for jumps
};

void TestPlayerPane::initTestCase()
{
    QVERIFY(m_api.start());
    m_wav = m_api.firstApiHosted(true);
    m_mp3 = m_api.firstApiHosted(false);
    m_longMp3 = m_api.firstApiHosted(false, 60);
    QVERIFY(!m_wav.id.isEmpty() && !m_mp3.id.isEmpty() && !m_longMp3.id.isEmpty());
    qInfo("recordings: WAV %d s, MP3 %d s, long MP3 %d s",
          m_wav.recordingDurationSeconds.value_or(0), m_mp3.recordingDurationSeconds.value_or(0),
          m_longMp3.recordingDurationSeconds.value_or(0));
}

void TestPlayerPane::init()
{
    m_api.server->setFaults({});
    m_api.server->setLatencyMs(0);
}

Call TestPlayerPane::callFor(const QString& kind)
{
    return kind == "wav"_L1 ? m_wav : m_mp3;
}

void TestPlayerPane::playsToEndOfMedia_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("wav") << u"wav"_s;
    QTest::newRow("mp3") << u"mp3"_s;
}

void TestPlayerPane::playsToEndOfMedia()
{
    QFETCH(QString, kind);
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(callFor(kind));
    QVERIFY(waitReady(pane));
    QVERIFY(pane.duration() > 10000);
    const qint64 start = pane.duration() - 2500;
    pane.seek(start);
    pane.play();
    QList<qint64> seen;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { seen.append(pane.position()); });
    sampler.start(100);
    QTRY_COMPARE_WITH_TIMEOUT(pane.mediaPlayer()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
    sampler.stop();
    QVERIFY(!pane.isPlaying());
    QVERIFY2(seen.size() >= 5, "too few position samples");
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY2(seen.last() - seen.first() >= 1000,
             qPrintable(u"position advanced only %1 ms"_s.arg(seen.last() - seen.first())));
    QVERIFY(seen.first() >= start - 300);
}

void TestPlayerPane::seekLandsWhereAsked_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("a fifth") << 0.2;
    QTest::newRow("half") << 0.5;
    QTest::newRow("four fifths") << 0.8;
}

void TestPlayerPane::seekLandsWhereAsked()
{
    QFETCH(double, fraction);
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(m_longMp3);
    QVERIFY(waitReady(pane));
    const auto target = qint64(double(pane.duration()) * fraction);
    pane.play();
    QVERIFY(waitPosition(pane, [](qint64 at) { return at > 0; }));
    pane.seek(target);
    QVERIFY2(waitPosition(
                 pane, [&](qint64 at) { return qAbs(at - target) <= 300; }, 5000),
             qPrintable(u"at %1 ms"_s.arg(pane.mediaPlayer()->position())));
    QCOMPARE(pane.controls()->seekSlider()->value() / 1000, int(target / 1000));
}

void TestPlayerPane::speedChangeApplies()
{
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(m_wav);
    QVERIFY(waitReady(pane));
    pane.play();
    QVERIFY(waitPosition(pane, [](qint64 at) { return at > 200; }));
    for (int i = 0; i < 10; ++i)
        pane.faster();
    QCOMPARE(pane.playbackRate(), 2.0);
    QCOMPARE(pane.mediaPlayer()->playbackRate(), 2.0);
    QTest::qWait(300); // let the new rate take hold before measuring
    QElapsedTimer clock;
    const qint64 from = pane.mediaPlayer()->position();
    clock.start();
    QVERIFY(waitPosition(
        pane, [&](qint64) { return clock.elapsed() >= 2000; }, 5000));
    const double ratio = double(pane.mediaPlayer()->position() - from) / double(clock.elapsed());
    qInfo("media time per wall time at 2x: %.2f", ratio);
    QVERIFY2(ratio > 1.5, qPrintable(QString::number(ratio)));
    pane.slower();
    QCOMPARE(pane.playbackRate(), 1.75);
    pane.normalSpeed();
    QCOMPARE(pane.mediaPlayer()->playbackRate(), 1.0);
}

void TestPlayerPane::resumeAfterPauseRewindsOneSecond()
{
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(m_longMp3);
    QVERIFY(waitReady(pane));
    pane.seek(5000);
    pane.play();
    QVERIFY(waitPosition(pane, [](qint64 at) { return at > 6000; }));
    pane.pause();
    QTRY_COMPARE(pane.mediaPlayer()->playbackState(), QMediaPlayer::PausedState);
    const qint64 pausedAt = pane.mediaPlayer()->position();
    pane.togglePlayPause();
    QVERIFY(pane.isPlaying());
    const qint64 resumedAt = pane.mediaPlayer()->position();
    QVERIFY2(qAbs(resumedAt - (pausedAt - 1000)) <= 300,
             qPrintable(u"paused %1, resumed %2"_s.arg(pausedAt).arg(resumedAt)));
}

void TestPlayerPane::switchingCallsStopsAndRemembersPosition()
{
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(m_longMp3);
    QVERIFY(waitReady(pane));
    pane.seek(8000);
    pane.play();
    QVERIFY(waitPosition(pane, [](qint64 at) { return at > 8500; }));
    pane.showCall(m_wav);
    QVERIFY(!pane.isPlaying());
    QCOMPARE(pane.callId(), m_wav.id);
    QVERIFY(waitReady(pane));
    QVERIFY(!pane.isPlaying());
    QCOMPARE(pane.position(), 0);
    pane.showCall(m_longMp3);
    QVERIFY(waitReady(pane));
    QVERIFY2(pane.position() >= 8500 && pane.position() < 12000,
             qPrintable(QString::number(pane.position())));
    pane.clear();
    QVERIFY(!pane.isPlaying());
    QVERIFY(pane.isHidden());
}

void TestPlayerPane::problemsAreExplained_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("processing") << u"processing"_s << int(PlayerPane::State::Unavailable)
                                << u"still being processed"_s;
    QTest::newRow("failed") << u"failed"_s << int(PlayerPane::State::Unavailable)
                            << u"could not process"_s;
    QTest::newRow("none") << u"none"_s << int(PlayerPane::State::Unavailable) << u"no recording"_s;
    QTest::newRow("404") << u"404"_s << int(PlayerPane::State::Failed) << u"HTTP 404"_s;
    QTest::newRow("expired") << u"expired"_s << int(PlayerPane::State::Failed) << u"expired"_s;
}

void TestPlayerPane::problemsAreExplained()
{
    QFETCH(QString, problem);
    QFETCH(int, state);
    QFETCH(QString, expectedText);
    Call call = m_mp3;
    if (problem == "processing"_L1 || problem == "failed"_L1) {
        call.recordingStatus = problem;
        call.recordingUrl.clear();
    } else if (problem == "none"_L1) {
        call.recordingUrl.clear();
    } else if (problem == "404"_L1) {
        call.id = u"01ARZ3NDEKTSV4RRFFQ69G5FAV"_s;
        call.recordingUrl = m_api.server->baseUrl().toString()
            + u"/cases/%1/phone-calls/%2/recording"_s.arg(m_api.server->caseId(), call.id);
    } else {
        call = m_api.first([this](const Call& c) { return m_api.isSigned(c); });
        m_api.fetcher->cache().clear();
        call.recordingUrl = m_api.server->signedRecordingUrl(call.id, false, 1000000000).toString();
        SampleApiFaults faults;
        faults.failNextCount = 1;
        faults.failStatus = 404;
        m_api.server->setFaults(faults);
    }
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(call);
    QTRY_COMPARE_WITH_TIMEOUT(int(pane.state()), state, 20000);
    QVERIFY2(pane.message().contains(expectedText, Qt::CaseInsensitive),
             qPrintable(pane.message()));
    pane.togglePlayPause(); // never a crash, never a hang
    QVERIFY(!pane.isPlaying());
}

void TestPlayerPane::corruptFileIsExplained()
{
    const Call call = m_api.calls.last(); // played by no other test
    RecordingCache& cache = m_api.fetcher->cache();
    const auto cleanup = qScopeGuard([&cache] { cache.clear(); });
    QFile partial(cache.partialPath(call.id));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(QByteArray(50000, '\x5a'));
    partial.close();
    QVERIFY(!cache.insert(call.id, partial.fileName(), u"mp3"_s).isEmpty());
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(call);
    pane.play();
    QTRY_COMPARE_WITH_TIMEOUT(pane.state(), PlayerPane::State::Failed, 20000);
    QVERIFY2(pane.message().contains(u"damaged"_s), qPrintable(pane.message()));
    QVERIFY(!pane.isPlaying());
}

void TestPlayerPane::noAudioDeviceIsSaid()
{
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    pane.showCall(m_wav);
    QVERIFY(waitReady(pane));
    const bool noDevice = QMediaDevices::audioOutputs().isEmpty();
    QCOMPARE(pane.noAudioDevice(), noDevice);
    auto* notice = pane.findChild<QLabel*>(u"playerNotice"_s);
    QVERIFY(notice);
    QCOMPARE(!notice->isHidden(), noDevice);
    // Duration and waveform are there either way.
    QVERIFY(pane.duration() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(pane.waveformView()->hasPeaks(), 20000);
}

void TestPlayerPane::saveRecordingKeepsFormat()
{
    PlayerPane pane;
    pane.setRecordingFetcher(m_api.fetcher.get());
    Call call = m_wav;
    call.startedAt = QDateTime(QDate(2025, 3, 14), QTime(14, 5)).toUTC();
    pane.showCall(call, u"Chase Bank / Estates: \"Dept\""_s);
    QVERIFY(waitReady(pane));
    QCOMPARE(pane.suggestedFileName(), u"2025-03-14 14.05 Chase Bank - Estates- -Dept-.wav"_s);
    QTemporaryDir dir;
    const QString target = dir.filePath(pane.suggestedFileName());
    QString whyNot;
    QVERIFY2(pane.saveRecordingTo(target, &whyNot), qPrintable(whyNot));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.read(4) == "RIFF");
    QCOMPARE(saved.size(), QFileInfo(m_api.fetcher->cachedFile(call.id)).size());
}

void TestPlayerPane::keysWorkInDetailViewOnly()
{
    QWidget window;
    auto* outside = new QLineEdit(&window);
    auto* detail = new CallDetailView(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(outside);
    layout->addWidget(detail);
    detail->setRecordingFetcher(m_api.fetcher.get());
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    detail->showCall(m_longMp3, nullptr);
    PlayerPane* pane = detail->player();
    QVERIFY(waitReady(*pane));

    outside->setFocus();
    QTest::keyClick(outside, Qt::Key_Space);
    QVERIFY2(!pane->isPlaying(), "Space was taken from a text field outside the detail view");
    QCOMPARE(outside->text(), u" "_s);

    pane->controls()->seekSlider()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(pane->isPlaying());
    QVERIFY(waitPosition(*pane, [](qint64 at) { return at > 500; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(!pane->isPlaying());
    const qint64 before = pane->position();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QVERIFY(waitPosition(*pane, [&](qint64 at) { return qAbs(at - (before + 5000)) <= 300; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(waitPosition(*pane, [&](qint64 at) { return qAbs(at - (before + 20000)) <= 300; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QVERIFY(waitPosition(*pane, [&](qint64 at) { return qAbs(at - (before + 15000)) <= 300; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketRight);
    QCOMPARE(pane->playbackRate(), 1.25);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketLeft);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketLeft);
    QCOMPARE(pane->playbackRate(), 0.75);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    QCOMPARE(pane->playbackRate(), 1.0);

    // The transcript's find field keeps its keys.
    detail->focusFind();
    auto* find = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(find);
    QTest::keyClicks(find, u"a ]0"_s);
    QCOMPARE(find->text(), u"a ]0"_s);
    QVERIFY(!pane->isPlaying());
    QCOMPARE(pane->playbackRate(), 1.0);
}

void TestPlayerPane::startLatencyOfTenMinuteMp3()
{
    Call longCall;
    for (const Call& call : std::as_const(m_api.calls)) {
        const int seconds = call.recordingDurationSeconds.value_or(0);
        if (seconds >= 540 && seconds <= 720 && m_api.fetch(call).endsWith(u".mp3"_s)) {
            longCall = call;
            break;
        }
    }
    QVERIFY2(!longCall.id.isEmpty(), "no 9-12 minute MP3 in the sample case");
    m_api.server->setLatencyMs(50);
    QList<qint64> totals;
    for (int run = 0; run < 5; ++run) {
        m_api.fetcher->cache().clear();
        PlayerPane pane; // a new pane each run: the media player is created on selection, too
        pane.setRecordingFetcher(m_api.fetcher.get());
        QElapsedTimer clock;
        clock.start();
        pane.showCall(longCall); // the selection
        pane.play(); // Space at once
        const bool started = QTest::qWaitFor(
            [&] { return pane.mediaPlayer() && pane.mediaPlayer()->position() > 0; }, 10000);
        QVERIFY2(started,
                 qPrintable(
                     u"state %1, media status %2, playback %3, message: %4"_s.arg(int(pane.state()))
                         .arg(pane.mediaPlayer() ? pane.mediaPlayer()->mediaStatus() : -1)
                         .arg(pane.mediaPlayer() ? pane.mediaPlayer()->playbackState() : -1)
                         .arg(pane.message())));
        totals.append(clock.elapsed());
        QCOMPARE(pane.mediaPlayer()->playbackRate(), 1.0);
        qInfo("run %d: %d s MP3, selection -> first position > 0: %lld ms", run,
              longCall.recordingDurationSeconds.value_or(0), static_cast<long long>(totals.last()));
    }
    std::sort(totals.begin(), totals.end());
    qInfo("playback start (selection -> first position > 0), 50 ms server latency: median %lld "
          "ms, min %lld, max %lld",
          static_cast<long long>(totals.at(2)), static_cast<long long>(totals.first()),
          static_cast<long long>(totals.last()));
    m_api.fetcher->cache().clear();
    QElapsedTimer download;
    download.start();
    QVERIFY(!m_api.fetch(longCall).isEmpty());
    qInfo("of which the download alone (50 ms latency): %lld ms",
          static_cast<long long>(download.elapsed()));
    m_api.server->setLatencyMs(0);
    m_api.fetcher->cache().clear();
    download.restart();
    QVERIFY(!m_api.fetch(longCall).isEmpty());
    qInfo("the download at 0 ms latency: %lld ms", static_cast<long long>(download.elapsed()));
    QVERIFY2(totals.at(2) < 2000, "playback start is far too slow");
}

void TestPlayerPane::screenshot()
{
    CallDetailView detail;
    detail.setRecordingFetcher(m_api.fetcher.get());
    detail.resize(720, 560);
    detail.show();
    detail.showCall(m_mp3, nullptr);
    PlayerPane* pane = detail.player();
    QVERIFY(waitReady(*pane));
    QTRY_VERIFY_WITH_TIMEOUT(pane->waveformView()->hasPeaks(), 20000);
    pane->seek(pane->duration() / 3);
    pane->faster();
    const QString path = QStringLiteral(CASECALLS_SCREENSHOT_DIR) + u"/player.png"_s;
    QVERIFY(detail.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestPlayerPane)
#include "tst_playerpane.moc"
