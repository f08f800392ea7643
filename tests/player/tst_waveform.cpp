// SPDX-License-Identifier: MIT
#include "PlayerAccessible.h"
#include "PlayerSeekSlider.h"
#include "SampleAudio.h"
#include "WaveformBuilder.h"
#include "WaveformView.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

// The envelope is built off the GUI thread from real audio; the view seeks by mouse and keys
// and speaks its position.
class TestWaveform : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsEnvelopeOffTheGuiThread_data();
    void buildsEnvelopeOffTheGuiThread();
    void corruptFileFails();
    void clickAndDragSeek();
    void keysSeek_data();
    void keysSeek();
    void accessibleValueReadsLikeAClock();
    void seekSliderReadsLikeAClockAndPlainSlidersDoNot();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestWaveform::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestWaveform::write(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestWaveform::buildsEnvelopeOffTheGuiThread_data()
{
    QTest::addColumn<bool>("wav");
    QTest::newRow("wav") << true;
    QTest::newRow("mp3") << false;
}

void TestWaveform::buildsEnvelopeOffTheGuiThread()
{
    QFETCH(bool, wav);
    const int seconds = 40;
    const auto format = wav ? SampleAudio::Format::Wav : SampleAudio::Format::Mp3;
    const QString path =
        write(wav ? u"a.wav"_s : u"a.mp3"_s, SampleAudio::recording(format, seconds, 77));
    QVERIFY(!path.isEmpty());
    WaveformBuilder builder;
    QSignalSpy ready(&builder, &WaveformBuilder::peaksReady);
    QSignalSpy failed(&builder, &WaveformBuilder::failed);
    QElapsedTimer stall;
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, stall.restart()); });
    stall.start();
    heartbeat.start();
    builder.build(path);
    QVERIFY(builder.workerThread()->isRunning());
    QVERIFY(builder.workerThread() != QThread::currentThread());
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(1).toBool(), 20000);
    QVERIFY(failed.isEmpty());
    const auto peaks = ready.last().at(0).value<QList<float>>();
    const double decodedSeconds = double(peaks.size()) / WaveformBuilder::windowsPerSecond();
    QVERIFY2(qAbs(decodedSeconds - seconds) <= 1.5, qPrintable(QString::number(decodedSeconds)));
    const auto [quietest, loudest] = std::minmax_element(peaks.cbegin(), peaks.cend());
    QVERIFY2(*loudest > 0.1f, "no speech found");
    QVERIFY2(*quietest < *loudest / 4, "no pause found");
    qInfo("longest GUI-thread gap while decoding: %lld ms", static_cast<long long>(longestGap));
    QVERIFY(longestGap < 200);
}

void TestWaveform::corruptFileFails()
{
    const QString path = write(u"broken.mp3"_s, QByteArray(20000, '\x42'));
    WaveformBuilder builder;
    QSignalSpy failed(&builder, &WaveformBuilder::failed);
    builder.build(path);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
}

void TestWaveform::clickAndDragSeek()
{
    WaveformView view;
    view.resize(404, 52);
    view.setDuration(100000);
    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.xForTime(25000), 20));
    QCOMPARE(seeks.size(), 1);
    QVERIFY(qAbs(seeks.last().at(0).toLongLong() - 25000) <= 300);
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(view.xForTime(50000), 20));
    QMouseEvent move(QEvent::MouseMove, QPointF(view.xForTime(75000), 20),
                     view.mapToGlobal(QPointF(view.xForTime(75000), 20)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QVERIFY(qAbs(seeks.last().at(0).toLongLong() - 75000) <= 300);
    QCOMPARE(view.position(), seeks.last().at(0).toLongLong());
}

void TestWaveform::keysSeek_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("right") << int(Qt::Key_Right) << 0 << qint64(35000);
    QTest::newRow("left") << int(Qt::Key_Left) << 0 << qint64(25000);
    QTest::newRow("shift right") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << qint64(45000);
    QTest::newRow("page up") << int(Qt::Key_PageUp) << 0 << qint64(15000);
    QTest::newRow("home") << int(Qt::Key_Home) << 0 << qint64(0);
    QTest::newRow("end") << int(Qt::Key_End) << 0 << qint64(60000);
}

void TestWaveform::keysSeek()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(qint64, expected);
    WaveformView view;
    view.setDuration(60000);
    view.setPosition(30000);
    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    QTest::keyClick(&view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.first().at(0).toLongLong(), expected);
}

void TestWaveform::accessibleValueReadsLikeAClock()
{
    WaveformView view;
    view.setDuration(14 * 60000 + 5000);
    view.setPosition(3 * 60000 + 12000);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Slider);
    QCOMPARE(accessible->text(QAccessible::Value), u"3:12 of 14:05"_s);
    QVERIFY(accessible->valueInterface());
    accessible->valueInterface()->setCurrentValue(qint64(60000));
    QCOMPARE(view.position(), 60000);
}

// The factory asks for PlayerAccessible::Position, not for class names: the seek slider gets
// the same clock reading, and a plain slider keeps Qt's own interface.
void TestWaveform::seekSliderReadsLikeAClockAndPlainSlidersDoNot()
{
    PlayerSeekSlider slider;
    slider.setDuration(14 * 60000 + 5000);
    slider.setPosition(3 * 60000 + 12000);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&slider);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Value), u"3:12 of 14:05"_s);

    QSlider plain(Qt::Horizontal);
    plain.setRange(0, 100);
    plain.setValue(40);
    QAccessibleInterface* plainAccessible = QAccessible::queryAccessibleInterface(&plain);
    QVERIFY(plainAccessible);
    QVERIFY(!dynamic_cast<PlayerAccessible*>(plainAccessible));
}

QTEST_MAIN(TestWaveform)
#include "tst_waveform.moc"
