// SPDX-License-Identifier: MIT
#include "CallsTableModel.h"
#include "CallsTableView.h"
#include "CaseSession.h"
#include "ContactListModel.h"
#include "HardeningHarness.h"
#include "MainWindow.h"
#include "TokenLeakGuard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
// What a person sees of `text` in a widget that renders it `asRichText`.
QString seen(const QString& text, bool asRichText)
{
    if (!asRichText)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

bool rendersRich(const QLabel* label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}
} // namespace

// Issue 6, "Text": a call whose every server string is markup with a remote image is shown in
// the real main window as literal text everywhere (labels, tooltips, transcript, action items,
// banner, the 401 dialog, the title), and the image's server is never asked for anything.
class TestPlainTextWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void labelsAndTextShowMarkupLiterally();
    void toolTipsShowMarkupLiterally();
    void bannerAndTokenDialogShowMarkupLiterally();
    void noRemoteResourceWasRequested();

private:
    QByteArray callPage() const;
    QByteArray contactPage() const;
    QStringList rendersOf(QWidget* root) const;
    QStringList itemToolTips(QAbstractItemView* view) const;
    void expectLiteral(const QStringList& shown, const QString& where) const;

    ScriptedServer m_pixel; // the host of the image: must never be asked
    HardeningHarness m_api;
    std::unique_ptr<ContactListModel> m_contacts;
    std::unique_ptr<CallsTableModel> m_calls;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseSession> m_session;
    QString m_hostile;
    bool m_unauthorized = false;
};

void TestPlainTextWindow::initTestCase()
{
    TokenLeakGuard::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_pixel.listen());
    m_hostile = u"<b>x</b><img src=\"http://127.0.0.1:%1/pixel\">"_s.arg(m_pixel.port());
    QVERIFY(m_api.start());
    m_api.server.setHandler([this](const ScriptedRequest& request) {
        if (m_unauthorized)
            return ScriptedResponse::json(
                       QJsonDocument(QJsonObject {{u"error"_s,
                                                   QJsonObject {{u"code"_s, u"unauthorized"_s},
                                                                {u"message"_s, m_hostile}}}})
                           .toJson(QJsonDocument::Compact),
                       401)
                .withHeader("X-Request-Id", m_hostile.toUtf8());
        if (request.target.contains("/institution-contacts"))
            return ScriptedResponse::json(contactPage());
        return ScriptedResponse::json(callPage());
    });
    m_contacts = std::make_unique<ContactListModel>(m_api.client.get());
    m_calls = std::make_unique<CallsTableModel>(m_api.client.get());
    m_calls->setContacts(m_contacts.get());
    m_window = std::make_unique<MainWindow>(m_api.client.get(), m_calls.get(), m_contacts.get());
    // The 401 prompt is the session's, as in the app.
    m_session = std::make_unique<CaseSession>(m_api.client.get(), m_contacts.get(), m_calls.get(),
                                              m_window.get());
    m_window->setCaseLabel(m_hostile);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_contacts->setCaseId(QString::fromLatin1(HardeningHarness::caseId));
    QTRY_COMPARE_WITH_TIMEOUT(m_contacts->rowCount(), 1, 10000);
    m_calls->setCaseId(QString::fromLatin1(HardeningHarness::caseId));
    QTRY_COMPARE_WITH_TIMEOUT(m_calls->rowCount(), 1, 10000);
    QVERIFY(m_window->callsView()->selectCall(HardeningHarness::callId(1)));
}

void TestPlainTextWindow::cleanupTestCase()
{
    m_session.reset();
    m_window.reset();
}

QByteArray TestPlainTextWindow::callPage() const
{
    QJsonObject call = HardeningHarness::call(1);
    for (const char* field : {"to_number", "from_number", "status", "direction", "summary", "notes",
                              "called_by", "twilio_call_sid", "recording_status"})
        call.insert(QLatin1StringView(field), m_hostile);
    call.insert(u"transcript"_s, u"Agent: %1\n%1\nCaller: fine"_s.arg(m_hostile));
    call.insert(u"institution_contact_id"_s, HardeningHarness::callId(900));
    call.insert(u"action_items"_s,
                QJsonArray {QJsonObject {{u"description"_s, m_hostile}, {u"completed"_s, false}}});
    const QJsonObject meta {{u"per_page"_s, 25}, {u"has_more"_s, false}};
    return QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {call}}, {u"meta"_s, meta}})
        .toJson(QJsonDocument::Compact);
}

QByteArray TestPlainTextWindow::contactPage() const
{
    const QJsonObject contact {
        {u"id"_s, HardeningHarness::callId(900)},
        {u"institution_name"_s, m_hostile},
        {u"department_name"_s, m_hostile},
        {u"contact_person"_s, m_hostile},
        {u"contact_title"_s, m_hostile},
        {u"contact_methods"_s, QJsonObject {{u"phone"_s, m_hostile}}},
    };
    const QJsonObject meta {{u"page"_s, 1},
                            {u"per_page"_s, 100},
                            {u"total_pages"_s, 1},
                            {u"total_count"_s, 1},
                            {u"has_more"_s, false}};
    return QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {contact}}, {u"meta"_s, meta}})
        .toJson(QJsonDocument::Compact);
}

// Every text of every label, button and text view under `root`, as a person sees it.
QStringList TestPlainTextWindow::rendersOf(QWidget* root) const
{
    QStringList shown;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels)
        shown << seen(label->text(), rendersRich(label));
    const QList<QAbstractButton*> buttons = root->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons)
        shown << button->text();
    const QList<QTextEdit*> edits = root->findChildren<QTextEdit*>();
    for (QTextEdit* edit : edits)
        shown << edit->toPlainText();
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets)
        shown << seen(widget->toolTip(), Qt::mightBeRichText(widget->toolTip()));
    return shown;
}

// Shows the tooltip of every cell as the view would on hovering, and returns what it says.
QStringList TestPlainTextWindow::itemToolTips(QAbstractItemView* view) const
{
    QStringList shown;
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect rect = view->visualRect(index);
            if (rect.isEmpty())
                continue;
            QHelpEvent event(QEvent::ToolTip, rect.center(),
                             view->viewport()->mapToGlobal(rect.center()));
            QToolTip::hideText();
            QApplication::sendEvent(view->viewport(), &event);
            const QString tip = QToolTip::text();
            if (index.data(Qt::ToolTipRole).toString().contains(u"<b>x</b>"_s))
                shown << seen(tip, Qt::mightBeRichText(tip));
        }
    }
    return shown;
}

// Wherever the markup was given to a widget, the person sees the markup itself, and nothing
// is ever an embedded object (an image).
void TestPlainTextWindow::expectLiteral(const QStringList& shown, const QString& where) const
{
    // Rendered markup would read "x" followed by U+FFFC, the image's placeholder.
    for (const QString& text : shown)
        QVERIFY2(!text.contains(QChar::ObjectReplacementCharacter),
                 qPrintable(where + u": markup was rendered in: "_s + text.left(200)));
}

void TestPlainTextWindow::labelsAndTextShowMarkupLiterally()
{
    const QStringList shown = rendersOf(m_window.get());
    int literal = 0;
    for (const QString& text : shown)
        literal += text.contains(u"<b>x</b><img"_s) ? 1 : 0;
    expectLiteral(shown, u"main window"_s);
    // The header (numbers, status, direction, called by, SID, counterpart, person), summary,
    // notes, transcript and the action item all carry the markup literally.
    QVERIFY2(literal >= 10, qPrintable(QString::number(literal)));
    QVERIFY(m_window->windowTitle().contains(m_hostile));
    const auto* transcript = m_window->findChild<QTextEdit*>(u"transcriptText"_s);
    QVERIFY(transcript);
    QCOMPARE(transcript->toPlainText().count(u"<b>x</b><img"_s), 2);
}

void TestPlainTextWindow::toolTipsShowMarkupLiterally()
{
    const QStringList table = itemToolTips(m_window->callsView());
    QVERIFY2(!table.isEmpty(), "no table tooltip carried the server text");
    for (const QString& tip : table)
        QVERIFY2(tip.contains(u"<b>x</b><img"_s), qPrintable(tip));
    auto* actionItems = m_window->findChild<QAbstractItemView*>(u"actionItemsView"_s);
    QVERIFY(actionItems);
    QTRY_VERIFY(actionItems->model()->rowCount() > 0);
    const QStringList items = itemToolTips(actionItems);
    QVERIFY2(!items.isEmpty(), "no action item tooltip carried the server text");
    for (const QString& tip : items)
        QVERIFY2(tip.contains(u"<b>x</b><img"_s), qPrintable(tip));
}

void TestPlainTextWindow::bannerAndTokenDialogShowMarkupLiterally()
{
    m_unauthorized = true;
    QStringList dialogTexts;
    bool dialogSeen = false;
    // The 401 asks for a new token in a modal dialog: read it, then cancel it.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || dialogSeen)
            return;
        dialogSeen = true;
        dialogTexts = rendersOf(modal);
        QMetaObject::invokeMethod(modal, "reject", Qt::QueuedConnection);
    });
    poll.start(20);
    m_calls->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dialogSeen, 15000);
    poll.stop();
    m_unauthorized = false;
    expectLiteral(dialogTexts, u"token dialog"_s);
    bool literalInDialog = false;
    for (const QString& text : std::as_const(dialogTexts))
        literalInDialog = literalInDialog || text.contains(u"<b>x</b><img"_s);
    QVERIFY2(literalInDialog, qPrintable(dialogTexts.join(u" | "_s)));
    auto* banner = m_window->findChild<QLabel*>(u"errorMessage"_s);
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!rendersRich(banner));
    QVERIFY2(banner->text().contains(u"<b>x</b><img"_s), qPrintable(banner->text()));
}

void TestPlainTextWindow::noRemoteResourceWasRequested()
{
    // Painting the whole window is when a rich-text label or view would fetch its images.
    QVERIFY(!m_window->grab().isNull());
    QCOMPARE(m_pixel.requestCount(), 0);
}

// HARDENING_TEST_MAIN with a QApplication: the window needs widgets.
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TokenLeakGuard::install();
    TestPlainTextWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    return TokenLeakGuard::leaks().isEmpty() ? result : 1;
}
#include "tst_plaintextwindow.moc"
