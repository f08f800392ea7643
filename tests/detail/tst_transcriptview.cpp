// SPDX-License-Identifier: MIT
#include "CallDetailView.h"
#include "DetailTestData.h"
#include "TranscriptView.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

using namespace DetailTestData;

// The transcript: conversation layout, find in transcript, and how long big ones take.
class TestTranscriptView : public QObject {
    Q_OBJECT

    template<typename T> T* child(const QWidget& parent, const QString& name)
    {
        T* found = parent.findChild<T*>(name);
        if (!found)
            qWarning() << "missing child" << name;
        return found;
    }

private slots:
    void speakersGetDistinctFormats()
    {
        TranscriptView view;
        view.setTranscript(u"Agent: Hello there.\nRepresentative (Chase): Hi.\nAt 10:30 we "
                           "closed it.\nAgent: Thanks."_s);
        QCOMPARE(view.speakers(), QStringList({u"Agent"_s, u"Representative (Chase)"_s}));
        const QTextDocument* document = view.textEdit()->document();
        QCOMPARE(document->blockCount(), 4);
        auto speakerFormat = [&](int blockNumber) {
            return document->findBlockByNumber(blockNumber).begin().fragment().charFormat();
        };
        const QTextCharFormat agent = speakerFormat(0);
        const QTextCharFormat representative = speakerFormat(1);
        QCOMPARE(agent.fontWeight(), int(QFont::Bold));
        QCOMPARE(representative.fontWeight(), int(QFont::Bold));
        QVERIFY(agent.foreground().color() != representative.foreground().color());
        QCOMPARE(speakerFormat(3).foreground().color(), agent.foreground().color());
        // "At 10:30 we..." is a continuation: no speaker format, indented.
        const QTextBlock continuation = document->findBlockByNumber(2);
        QVERIFY(continuation.begin().fragment().charFormat().fontWeight() != int(QFont::Bold));
        QVERIFY(continuation.blockFormat().leftMargin() > 0);
        QCOMPARE(continuation.text(), u"At 10:30 we closed it."_s);
    }
    void findMovesSelectionAndCounts()
    {
        CallDetailView view;
        view.resize(450, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showCall(realisticCall(), nullptr);
        view.focusFind();
        auto* tabs = child<QTabWidget>(view, u"detailTabs"_s);
        QCOMPARE(tabs->currentWidget()->objectName(), u"transcriptView"_s);
        auto* field = child<QLineEdit>(view, u"findField"_s);
        auto* count = child<QLabel>(view, u"findCount"_s);
        auto* text = child<QTextEdit>(view, u"transcriptText"_s);
        QTRY_VERIFY(field->hasFocus());

        QTest::keyClicks(field, u"death certificate"_s);
        const QString plain = text->toPlainText();
        const qsizetype first = plain.indexOf(u"death certificate"_s);
        const qsizetype second = plain.indexOf(u"death certificate"_s, first + 1);
        QCOMPARE(count->text(), u"1 of 2"_s);
        QCOMPARE(text->textCursor().selectionStart(), first);
        QCOMPARE(text->textCursor().selectedText(), u"death certificate"_s);

        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(count->text(), u"2 of 2"_s);
        QCOMPARE(text->textCursor().selectionStart(), second);
        child<QToolButton>(view, u"findNext"_s)->click();
        QCOMPARE(count->text(), u"1 of 2"_s); // wraps around
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(count->text(), u"2 of 2"_s);
        child<QToolButton>(view, u"findPrevious"_s)->click();
        QCOMPARE(text->textCursor().selectionStart(), first);

        field->setText(u"no such words"_s);
        QCOMPARE(count->text(), u"No matches"_s);
        field->clear();
        QCOMPARE(count->text(), QString());
    }
    void transcriptTiming()
    {
        QFETCH(qsizetype, bytes);
        Call call = realisticCall();
        call.transcript = transcriptOfSize(bytes);
        CallDetailView view;
        view.resize(450, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.focusFind(); // the transcript tab lays out what it shows
        QElapsedTimer timer;
        timer.start();
        view.showCall(call, nullptr);
        const qint64 showMs = timer.elapsed();
        view.focusFind();
        view.repaint();
        const qint64 paintedMs = timer.elapsed();
        qInfo("transcript of %lld KB: shown in %lld ms, painted after %lld ms",
              static_cast<long long>(bytes / 1024), static_cast<long long>(showMs),
              static_cast<long long>(paintedMs));
        QCOMPARE(child<QTextEdit>(view, u"transcriptText"_s)->document()->blockCount(),
                 call.transcript.count(u'\n'));
    }
    void transcriptTiming_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::newRow("5 KB") << qsizetype(5 * 1024);
        QTest::newRow("500 KB") << qsizetype(500 * 1024);
        QTest::newRow("5 MB") << qsizetype(5 * 1024 * 1024);
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
