// SPDX-License-Identifier: MIT
#include "ActionItemChecklist.h"
#include "CallDetailView.h"
#include "DetailTestData.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace DetailTestData;

class TestCallDetailView : public QObject {
    Q_OBJECT

    template<typename T> T* child(const QWidget& parent, const QString& name)
    {
        T* found = parent.findChild<T*>(name);
        if (!found)
            qWarning() << "missing child" << name;
        return found;
    }

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void placeholderUntilACallIsShown()
    {
        CallDetailView view;
        auto* placeholder = child<QLabel>(view, u"detailPlaceholder"_s);
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisibleTo(&view));
        QCOMPARE(placeholder->text(),
                 u"Select a call to see its summary, transcript and action items"_s);
        QVERIFY(view.callId().isEmpty());
        view.showCall(realisticCall(), nullptr);
        QCOMPARE(view.callId(), realisticCall().id);
        QVERIFY(!placeholder->isVisibleTo(&view));
        view.clear();
        QVERIFY(view.callId().isEmpty());
        QVERIFY(placeholder->isVisibleTo(&view));
    }

    void summaryAndActionItemsShown()
    {
        CallDetailView view;
        const Call call = realisticCall();
        const InstitutionContact contact = chase();
        view.showCall(call, &contact);
        QCOMPARE(child<QTextEdit>(view, u"summaryText"_s)->toPlainText(), call.summary);
        QStringList items;
        for (const QLabel* label : view.findChildren<QLabel*>(u"actionItemText"_s))
            items.append(label->text());
        QCOMPARE(
            items,
            QStringList({call.actionItems.at(0).description, call.actionItems.at(1).description}));
        QCOMPARE(child<QLabel>(view, u"actionItemCount"_s)->text(), u"1 open of 2"_s);
        QCOMPARE(child<QLabel>(view, u"counterpartLabel"_s)->text(),
                 u"Chase Bank — Estate Services Department"_s);
        QCOMPARE(child<QLabel>(view, u"contactPersonLabel"_s)->text(),
                 u"John Johnson, Estate Specialist"_s);
        QCOMPARE(child<QLabel>(view, u"toNumberLabel"_s)->text(), u"+1 800-935-9935"_s);
        QCOMPARE(child<QLabel>(view, u"durationLabel"_s)->text(), u"5:42"_s);
        QVERIFY(child<QLabel>(view, u"statusLabel"_s)->text().contains(u"Completed"_s));
        QCOMPARE(child<QTextEdit>(view, u"notesText"_s)->toPlainText(), call.notes);
    }

    void serverMarkupShownLiterally_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::newRow("image") << u"<img src=x onerror=alert(1)>"_s;
        QTest::newRow("link") << u"<a href=\"https://evil.example\">click</a>"_s;
        QTest::newRow("bold and entity") << u"<b>bold</b> &amp; <i>x</i>"_s;
        QTest::newRow("markdown link") << u"[click](https://evil.example)"_s;
    }

    void serverMarkupShownLiterally()
    {
        QFETCH(QString, markup);
        Call call = realisticCall();
        call.summary = u"Summary "_s + markup;
        call.notes = u"Notes "_s + markup;
        call.transcript = u"Agent: "_s + markup + u"\n"_s + markup;
        call.calledBy = markup;
        InstitutionContact contact = chase();
        contact.institutionName = markup;
        contact.departmentName.clear();
        contact.contactPerson = markup;
        contact.contactTitle.clear();
        CallDetailView view;
        view.showCall(call, &contact);

        for (const QString& name : {u"summaryText"_s, u"notesText"_s, u"transcriptText"_s}) {
            const auto* text = child<QTextEdit>(view, name);
            QVERIFY(text);
            QVERIFY2(text->toPlainText().contains(markup), qPrintable(name));
            QVERIFY2(!hasImageOrAnchor(text->document()), qPrintable(name));
        }
        for (const QString& name :
             {u"calledByLabel"_s, u"counterpartLabel"_s, u"contactPersonLabel"_s}) {
            const auto* label = child<QLabel>(view, name);
            QVERIFY(label);
            QCOMPARE(label->text(), markup);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void referenceNumbersBecomeCopyChips()
    {
        Call call = realisticCall();
        call.summary += u" Repeat: Ref# EST-2025-00456."_s;
        CallDetailView view;
        view.showCall(call, nullptr);
        const QList<QToolButton*> chips = view.findChildren<QToolButton*>(u"referenceChip"_s);
        QStringList texts;
        for (const QToolButton* chip : chips)
            texts.append(chip->text());
        QCOMPARE(texts, QStringList({u"Copy EST-2025-00456"_s, u"Copy CLM-889123"_s}));
        chips.at(1)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"CLM-889123"_s);
        chips.at(0)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"EST-2025-00456"_s);
    }

    void copyButtonsCopyIds_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("expected");
        QTest::newRow("call id") << u"copyCallId"_s << realisticCall().id;
        QTest::newRow("twilio sid") << u"copyTwilioSid"_s << realisticCall().twilioCallSid;
        QTest::newRow("action items") << u"copyActionItems"_s
                                      << u"[ ] Mail Letters Testamentary to Chase Estate "
                                         "Services\n[x] Send Chase the executor's new mailing "
                                         "address"_s;
    }

    void copyButtonsCopyIds()
    {
        QFETCH(QString, button);
        QFETCH(QString, expected);
        CallDetailView view;
        view.showCall(realisticCall(), nullptr);
        auto* copy = child<QToolButton>(view, button);
        QVERIFY(copy);
        QVERIFY(!copy->accessibleName().isEmpty());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    }

    void checklistIsReadOnly()
    {
        CallDetailView view;
        view.showCall(realisticCall(), nullptr);
        const QList<QCheckBox*> boxes = view.findChildren<QCheckBox*>(u"actionItemCheck"_s);
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(0)->isChecked(), false);
        QCOMPARE(boxes.at(1)->isChecked(), true);
        for (QCheckBox* box : boxes) {
            const bool before = box->isChecked();
            QSignalSpy toggled(box, &QCheckBox::toggled);
            QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
            QTest::keyClick(box, Qt::Key_Space);
            box->click();
            QCOMPARE(box->isChecked(), before);
            QCOMPARE(toggled.count(), 0);
            QVERIFY(box->toolTip().contains(u"read-only"_s));
        }
    }

    void copyAsTextFormat()
    {
        const QList<ActionItem> items {{u"Open item"_s, false}, {u"Done item"_s, true}};
        QCOMPARE(ActionItemChecklist::asText(items), u"[ ] Open item\n[x] Done item"_s);
        QCOMPARE(ActionItemChecklist::asText({}), QString());
    }

    void highlightTermsApplied()
    {
        CallDetailView view;
        view.showCall(realisticCall(), nullptr);
        view.setHighlightTerms({u"Death Certificate"_s, u"executor"_s});
        auto marked = [](const QTextEdit* edit) {
            QStringList words;
            for (const QTextEdit::ExtraSelection& selection : edit->extraSelections())
                words.append(selection.cursor.selectedText().toLower());
            return words;
        };
        QCOMPARE(marked(child<QTextEdit>(view, u"summaryText"_s)),
                 QStringList({u"death certificate"_s}));
        QCOMPARE(marked(child<QTextEdit>(view, u"transcriptText"_s)),
                 QStringList({u"death certificate"_s, u"death certificate"_s, u"executor"_s,
                              u"executor"_s}));
        view.setHighlightTerms({});
        QVERIFY(child<QTextEdit>(view, u"summaryText"_s)->extraSelections().isEmpty());
        QVERIFY(child<QTextEdit>(view, u"transcriptText"_s)->extraSelections().isEmpty());
    }

    void stateMessages_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recordingStatus");
        QTest::addColumn<bool>("hasContent");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        const QString live =
            u"This call is still in progress; its transcript and summary appear when it ends."_s;
        QTest::newRow("ringing banner")
            << u"ringing"_s << QString() << false << u"callState"_s << live;
        QTest::newRow("ringing transcript")
            << u"ringing"_s << QString() << false << u"transcriptState"_s << live;
        QTest::newRow("in progress")
            << u"in_progress"_s << QString() << false << u"callState"_s << live;
        QTest::newRow("processing transcript")
            << u"completed"_s << u"processing"_s << false << u"transcriptState"_s
            << u"The transcript is still being processed."_s;
        QTest::newRow("processing summary")
            << u"completed"_s << u"processing"_s << false << u"summaryState"_s
            << u"The summary is still being processed."_s;
        QTest::newRow("processing action items")
            << u"completed"_s << u"processing"_s << false << u"actionItemsEmpty"_s
            << u"Action items appear when the call has been processed."_s;
        QTest::newRow("no action items")
            << u"completed"_s << u"completed"_s << true << u"actionItemsEmpty"_s
            << u"No action items were found in this call."_s;
        QTest::newRow("no answer") << u"no_answer"_s << QString() << false << u"callState"_s
                                   << u"The call did not connect: no answer."_s;
        QTest::newRow("busy") << u"busy"_s << QString() << false << u"callState"_s
                              << u"The call did not connect: the line was busy."_s;
    }

    void stateMessages()
    {
        QFETCH(QString, status);
        QFETCH(QString, recordingStatus);
        QFETCH(bool, hasContent);
        QFETCH(QString, label);
        QFETCH(QString, message);
        Call call = realisticCall();
        call.statusWire = status;
        call.status = callStatusFromWire(status);
        call.recordingStatus = recordingStatus;
        call.actionItems.clear();
        if (!hasContent) {
            call.transcript.clear();
            call.summary.clear();
        }
        CallDetailView view;
        view.showCall(call, nullptr);
        const auto* shown = child<QLabel>(view, label);
        QVERIFY(shown);
        QCOMPARE(shown->text(), message);
        QVERIFY(!shown->isHidden());
        QCOMPARE(shown->textFormat(), Qt::PlainText);
    }

    void completedCallHasNoStateBanner()
    {
        CallDetailView view;
        view.showCall(realisticCall(), nullptr);
        QVERIFY(child<QLabel>(view, u"callState"_s)->isHidden());
        QVERIFY(child<QLabel>(view, u"actionItemsEmpty"_s)->isHidden());
    }

    void everyOptionalFieldNull()
    {
        Call call;
        call.id = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
        call.toNumber = u"+18009359935"_s;
        call.statusWire = u"on_hold"_s; // a status this client does not know yet
        call.directionWire = u"sideways"_s;
        CallDetailView view;
        view.resize(450, 700);
        view.showCall(call, nullptr);
        QCOMPARE(child<QLabel>(view, u"statusLabel"_s)->text(), u"? on_hold"_s);
        QCOMPARE(child<QLabel>(view, u"directionLabel"_s)->text(), u"sideways"_s);
        QCOMPARE(child<QLabel>(view, u"durationLabel"_s)->text(), u"—"_s);
        QCOMPARE(child<QLabel>(view, u"counterpartLabel"_s)->text(), u"+1 800-935-9935"_s);
        QCOMPARE(child<QLabel>(view, u"startedLabel"_s)->text(), u"—"_s);
        QCOMPARE(child<QLabel>(view, u"fromNumberLabel"_s)->text(), u"—"_s);
        QCOMPARE(child<QLabel>(view, u"transcriptState"_s)->text(),
                 u"This call has no transcript."_s);
        QVERIFY(!child<QToolButton>(view, u"copyTwilioSid"_s)->isEnabled());
        QVERIFY(!view.grab().isNull());
    }

    void screenshot()
    {
        CallDetailView view;
        const InstitutionContact contact = chase();
        view.resize(450, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showCall(realisticCall(), &contact);
        view.setHighlightTerms({u"death certificate"_s});
        // Text fields fit their height after the pane's width is known: apply pending layouts.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QImage summary = view.grab().toImage();
        QCOMPARE(summary.size(), QSize(450, 700));
        QVERIFY(summary.save(QStringLiteral(CASECALLS_SCREENSHOT_DIR "/detail.png")));
        view.focusFind();
        QTest::keyClicks(child<QLineEdit>(view, u"findField"_s), u"executor"_s);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(
            view.grab().save(QStringLiteral(CASECALLS_SCREENSHOT_DIR "/detail-transcript.png")));
    }
};

QTEST_MAIN(TestCallDetailView)
#include "tst_calldetailview.moc"
